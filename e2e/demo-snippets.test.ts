import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Plugin } from 'vite';
import { IIFE_PATH, REPO_ROOT, describeInChromium } from './support';
import { axeViolations, inspectedBodies, regions, simulate, startDemo, type DemoHarness } from '../demo/e2e/harness';

// The pasted React snippet is served as a module by the demo's own dev server, as a shop's Vite app would.
let reactSnippet = '';
const pastedReactApp: Plugin = {
  name: 'pasted-react-snippet',
  resolveId: (id) => (id.startsWith('/__pasted/') ? id : undefined),
  load(id) {
    if (id === '/__pasted/Checkout.tsx') return reactSnippet;
    if (id === '/__pasted/main.tsx') {
      return `import { createRoot } from 'react-dom/client';
import { Checkout, BuyNowButton } from '/__pasted/Checkout.tsx';
createRoot(document.getElementById('root')!).render(<><Checkout /><BuyNowButton /></>);`;
    }
    return undefined;
  },
};

let demo: DemoHarness;
beforeAll(async () => {
  if (!existsSync(IIFE_PATH)) throw new Error(`${IIFE_PATH} is missing: run \`npm run build\` first (the script-tag snippets load it)`);
  demo = await startDemo('snippets', [pastedReactApp]);
});
afterAll(async () => {
  await demo?.close();
});

/** Serves `body` as a page of the demo's origin, so relative URLs reach its mock and its IIFE. */
async function openPasted(page: Page, name: string, body: string): Promise<void> {
  const url = new URL(`/__pasted/${name}.html`, demo.url).href;
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title></head><body>${body}</body></html>` }));
  await page.goto(url);
}

/** Submits the pasted widget's form and returns the request the mock backend stored for it. */
async function purchaseBody(page: Page): Promise<unknown> {
  await page.getByRole('button', { name: /Weiter zur Zahlung|Continue to payment/ }).first().click();
  await page.waitForURL(/\/pay\/cs_test_/);
  const id = page.url().split('/pay/')[1];
  const response = await fetch(new URL(`/checkout/session/${id}`, demo.url));
  return ((await response.json()) as { request: unknown }).request;
}

describeInChromium('demo playground: code snippets', () => {
  it('generates React, custom element and mount() code that, pasted as is, sends the same request as the preview', async () => {
    const { page, problems } = await demo.open('/');
    const { config, preview, snippets } = regions(page);
    await config.getByRole('button', { name: 'Add item' }).click();
    const second = config.getByRole('group', { name: /^Item 2/ });
    await second.getByLabel('Price id').fill('price_club_monthly');
    await second.getByLabel('Billing').selectOption('month');
    await config.getByLabel('Trial days').fill('14');
    await config.getByRole('group', { name: 'Promotion codes' }).getByLabel('On').check();
    await config.getByLabel('Currency').fill('usd');
    await config.getByLabel('Locale').selectOption('de');
    await simulate(page, 'None', { followRedirect: false });
    await preview.getByRole('button', { name: 'Weiter zur Zahlung' }).click();
    await regions(page).inspector.getByTestId('inspector-redirect-url').waitFor();
    const [previewBody] = await inspectedBodies(page);
    expect(previewBody).toMatchObject({ mode: 'subscription', subscription_data: { trial_period_days: 14 }, allow_promotion_codes: true, currency: 'usd', payment_method_types: ['card'] });

    const code: Record<string, string> = {};
    for (const [key, label] of [['react', 'React'], ['element', 'Script tag + custom element'], ['mount', 'CheckoutWidget.mount']] as const) {
      await snippets.getByRole('radio', { name: label }).check();
      code[key] = (await snippets.locator('pre code').textContent()) ?? '';
      await snippets.getByRole('button', { name: `Copy ${label} code` }).click();
      await snippets.getByText('Copied to the clipboard').waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code[key]);
    }
    expect(code.react).toContain("import 'checkout-widget/styles.css';");
    expect(code.element).toContain('<script src="/checkout-widget.iife.js" defer></script>');
    expect(problems.all()).toEqual([]);

    const pasted = await demo.browser.newPage();
    reactSnippet = code.react!;
    await openPasted(pasted, 'react', `<div id="root"></div><script type="module" src="/__pasted/main.tsx"></script>`);
    expect(await purchaseBody(pasted)).toEqual(previewBody);
    await openPasted(pasted, 'element', code.element!);
    expect(await purchaseBody(pasted)).toEqual(previewBody);
    await openPasted(pasted, 'mount', code.mount!);
    expect(await purchaseBody(pasted)).toEqual(previewBody);
    await pasted.close();
  });
});

describeInChromium('demo playground: backend snippet', () => {
  it("shows README's backend route (which test/package/readmeServer.test.ts runs), for the endpoint set", async () => {
    const { page, problems } = await demo.open('/');
    const { config, snippets } = regions(page);
    await snippets.getByRole('radio', { name: 'Your backend route' }).check();
    const code = (await snippets.locator('pre code').textContent()) ?? '';
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    expect(code).toBe(/```ts\n(\/\/ app\/checkout\/session\/route\.ts \(Next\.js\)\n[\s\S]*?)```/.exec(readme)?.[1]);
    await snippets.getByRole('button', { name: 'Copy Your backend route code' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

    await config.getByLabel('Endpoint').fill('/api/checkout');
    await expect.poll(() => snippets.locator('pre code').textContent()).toMatch(/^\/\/ app\/api\/checkout\/route\.ts \(Next\.js\)/);
    expect(problems.all()).toEqual([]);
  });
});

describeInChromium('demo script-tag page', () => {
  it('runs the built drop-in: events are listed, the form submits, Pay leads to the success page', async () => {
    const { page, problems } = await demo.open('/script-tag.html');
    const form = page.locator('checkout-form');
    await form.getByRole('button', { name: 'Continue to payment' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // First the page keeps itself (a listener cancels checkout:redirect), so the event list can be read.
    await page.evaluate(() => addEventListener('checkout:redirect', (event) => event.preventDefault(), { once: true }));
    await form.getByRole('button', { name: 'Continue to payment' }).click();
    await expect.poll(() => page.locator('#events > li > code').allTextContents()).toEqual(['checkout:redirect', 'checkout:submit']);

    await form.getByRole('button', { name: 'Increase quantity of Ceramic mug' }).click();
    await form.getByRole('radio', { name: 'PayPal' }).check();
    await form.getByRole('button', { name: 'Continue to payment' }).click();
    await page.waitForURL(/\/pay\/cs_test_/);
    await page.getByRole('button', { name: 'Pay' }).click();
    await page.waitForURL(/\/success\.html/);
    expect(JSON.parse((await page.getByTestId('stored-request').textContent()) ?? '{}')).toMatchObject({
      line_items: [{ price: 'price_mug', quantity: 2 }, { price: 'price_beans', quantity: 1 }],
      payment_method_types: ['paypal'],
    });
    expect(problems.all()).toEqual([]);
  });
});
