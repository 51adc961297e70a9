import { expect } from 'vitest';
import { axeViolations, focusUntil } from '../pageTools';
import { button, FAST, form, formBody, withFault, type Scenario } from './widgets';

export const keyboard: Scenario = {
  id: 'keyboard-purchase',
  group: 'Accessibility',
  title: 'keyboard-only purchase',
  expected: 'Tab reaches every control in order; Enter on the stepper, arrows in the payment radios, Enter on submit; the hosted page; Tab + Enter on Pay reaches the thank-you page',
  async run(c) {
    await c.open(form());
    const stops: string[] = [];
    stops.push(...(await focusUntil(c.page, (focused) => focused === 'button: Increase quantity of Mug')));
    await c.page.keyboard.press('Enter');
    await c.page.keyboard.press('Enter');
    await expect.poll(() => c.quantity.inputValue()).toBe('3');
    stops.push(...(await focusUntil(c.page, (focused) => focused.startsWith('radio: '))));
    await c.page.keyboard.press('ArrowDown');
    await expect.poll(() => c.radio('PayPal').isChecked()).toBe(true);
    stops.push(...(await focusUntil(c.page, (focused) => focused === 'submit: Continue to payment')));
    c.observe(`tab stops: ${stops.join(' → ')}`);
    await c.page.keyboard.press('Enter');
    await c.page.waitForURL(/\/pay\/cs_test_/);
    const [session] = await c.expectSessions(1, formBody(c.origin));
    await focusUntil(c.page, (focused) => focused === 'submit: Pay');
    await c.page.keyboard.press('Enter');
    await c.page.waitForURL(`${c.origin}/thanks.html?session=${session!.id}`);
    c.observe('Pay by keyboard → thank-you page');
    c.expectNoProblems();
  },
};

export const axe: Scenario = {
  id: 'axe-states',
  group: 'Accessibility',
  title: 'axe-core in each state',
  expected: 'zero axe violations: form idle, quantity error, request error, pending, setup error; button idle and request error',
  async run(c) {
    const clean = async (state: string) => {
      expect(await axeViolations(c.page), state).toEqual([]);
      c.observe(`${state}: 0`);
    };
    await c.open(form());
    await clean('form idle');
    await c.quantity.fill('11');
    await c.submit.click();
    // Shown beside the field as its description (the live region also announces it, once).
    await expect.poll(() => c.quantity.getAttribute('aria-invalid')).toBe('true');
    const description = await c.quantity.evaluate((input) => {
      const root = input.getRootNode() as Document | ShadowRoot;
      return (input.getAttribute('aria-describedby') ?? '').split(/\s+/).map((id) => root.getElementById(id)?.textContent ?? '').join(' ');
    });
    expect(description).toContain('Choose a quantity from 1 to 10.');
    await clean('quantity error');
    await c.quantity.fill('3');
    await c.update({ config: { ...FAST, endpoint: withFault('status=400;message=This price is no longer available') } });
    await c.submit.click();
    expect(await c.settle()).toBe('error');
    await clean('request error');
    await c.update({ config: { ...FAST, endpoint: withFault('delay=10000'), timeoutMs: 20000 } });
    await c.submit.click();
    await expect.poll(() => c.submit.getAttribute('aria-busy')).toBe('true');
    await clean('pending');
    await c.open(form({}, { successUrl: 'ftp://shop.invalid/thanks' }));
    await expect.poll(() => c.alert.count()).toBe(1);
    await clean('setup error');
    await c.open(button({ endpoint: withFault('status=503') }));
    await clean('button idle');
    await c.submit.click();
    expect(await c.settle()).toBe('error');
    await clean('button request error');
    c.expectNoProblems(/status of (400|503)\b/);
  },
};
