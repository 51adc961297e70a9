import type { Page } from 'playwright-core';

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: unknown[]; failureSummary: string }[] }[];
}

/**
 * Runs axe-core over the whole document, open shadow roots included. axe is loaded as a same-origin
 * file (/axe.min.js), which the strict CSP allows; an inline script would be refused.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: '/axe.min.js' });
  const result = await page.evaluate(() => (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }).axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${violation.help} at ${JSON.stringify(node.target)} ${node.failureSummary}`));
}

/** "role: name" of the focused element, looking through shadow roots (the widget's controls live in one). */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element || element === document.body) return 'body';
    const input = element as HTMLInputElement;
    const role =
      element.getAttribute('role') ??
      (element.localName === 'button' ? (input.type === 'submit' ? 'submit' : 'button') : element.localName === 'a' ? 'link' : element.localName === 'input' ? ({ radio: 'radio', checkbox: 'checkbox', number: 'spinbutton' } as Record<string, string>)[input.type] ?? 'textbox' : element.localName);
    const name = element.getAttribute('aria-label') ?? (role === 'radio' || role === 'checkbox' ? element.closest('label')?.textContent : role === 'spinbutton' ? 'quantity' : element.textContent) ?? '';
    return `${role}: ${name.replace(/\s+/g, ' ').trim()}`;
  });
}

/** Presses Tab until `done(focused)`; returns the stops passed on the way (the last one included). */
export async function focusUntil(page: Page, done: (focused: string) => boolean, limit = 20): Promise<string[]> {
  const stops: string[] = [];
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press('Tab');
    const focused = await describeFocus(page);
    stops.push(focused);
    if (done(focused)) return stops;
  }
  throw new Error(`Tab never reached the control; stops: ${stops.join(' → ')}`);
}
