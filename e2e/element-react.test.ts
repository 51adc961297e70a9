import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeInChromium, launchChromium, readEvents, recordEvents, REPO_ROOT, startTestServer, watchProblems, type PageProblems, type TestServer } from './support';

// The IIFE swaps React for Preact; bundler users of checkout-widget/element get their own React.
// This suite bundles dist/element.js with React 19 the way a shop's build would and runs the core flows.
describeInChromium('checkout-widget/element with React 19 (ESM entry, bundled by the shop)', () => {
  let browser: Browser;
  let server: TestServer;
  let context: BrowserContext;
  let page: Page;
  let problems: PageProblems;
  let bundleDir: string;

  beforeAll(async () => {
    bundleDir = mkdtempSync(join(tmpdir(), 'checkout-widget-react-'));
    const outfile = join(bundleDir, 'element-react.js');
    await build({
      stdin: { contents: `export * from ${JSON.stringify(join(REPO_ROOT, 'dist/element.js'))};`, resolveDir: REPO_ROOT, loader: 'js' },
      bundle: true,
      format: 'iife',
      globalName: 'CheckoutElements',
      platform: 'browser',
      target: 'es2022',
      minify: true,
      define: { 'process.env.NODE_ENV': '"production"' },
      outfile,
      logLevel: 'error',
    });
    [browser, server] = await Promise.all([launchChromium(), startTestServer({ files: { 'element-react.js': outfile } })]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (bundleDir) rmSync(bundleDir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await server.reset();
    context = await browser.newContext();
    page = await context.newPage();
    problems = await watchProblems(page);
    await recordEvents(page);
  });
  afterEach(async () => {
    await context?.close();
  });

  const waitForEvent = async (type: string, count = 1) => {
    await expect.poll(() => readEvents(page).then((all) => all.filter((event) => event.type === type).length), { timeout: 10_000 }).toBeGreaterThanOrEqual(count);
    return readEvents(page).then((all) => all.filter((event) => event.type === type));
  };

  it('click → the exact POST body → the hosted page → Pay → the success URL', async () => {
    await page.goto(`${server.url}/react.html`);
    await page.getByRole('button', { name: 'Buy with React' }).click();
    await page.waitForURL(/\/pay\/cs_test_/);
    const [session] = await server.sessions();
    expect(session!.request).toStrictEqual({
      line_items: [{ price: 'price_react', quantity: 1 }],
      mode: 'payment',
      success_url: `${server.url}/thanks.html?session={CHECKOUT_SESSION_ID}`,
      payment_method_types: ['card'],
      subscription_data: {},
    });
    await page.getByRole('button', { name: 'Pay' }).click();
    await page.waitForURL(`${server.url}/thanks.html?session=${session!.id}`);
    expect(problems.all()).toEqual([]);
  });

  it('renders the form and the validation message, maps parts, and aborts on removal', async () => {
    await page.goto(`${server.url}/react.html`);
    await page.getByText('Poster').waitFor();
    const [error] = await waitForEvent('checkout:error');
    expect(error).toMatchObject({ target: 'broken', detail: { kind: 'validation' } });
    const parts = await page.evaluate(() => ({
      button: document.getElementById('buy')!.shadowRoot!.querySelector('button')!.getAttribute('part'),
      alert: document.getElementById('broken')!.shadowRoot!.querySelector('[role="alert"]')?.getAttribute('part'),
      subtotal: document.getElementById('form')!.shadowRoot!.querySelector('[data-part="subtotal"]')?.getAttribute('part'),
    }));
    expect(parts).toEqual({ button: 'button', alert: 'alert', subtotal: 'subtotal' });

    await page.evaluate(() => document.getElementById('form')!.setAttribute('endpoint', '/checkout/session?fault=delay=3000'));
    const failed = page.waitForEvent('requestfailed', (request) => request.url().includes('/checkout/session'));
    const sent = page.waitForRequest((request) => request.method() === 'POST' && request.url().includes('/checkout/session'));
    await page.getByRole('button', { name: 'Continue to payment' }).click();
    await sent;
    await page.evaluate(() => document.getElementById('form')!.remove());
    expect((await failed).failure()?.errorText).toBe('net::ERR_ABORTED');
    await page.waitForTimeout(3500);
    expect(page.url()).toBe(`${server.url}/react.html`);
    expect(problems.all()).toEqual([]);
  });

  it('mount() with React: update and unmount', async () => {
    await page.goto(`${server.url}/react.html`);
    await page.getByRole('button', { name: 'Buy with React' }).waitFor();
    await page.evaluate(() => document.addEventListener('checkout:redirect', (event) => event.preventDefault()));
    await page.evaluate(() => {
      const api = (window as unknown as { CheckoutElements: { mount(element: Element, options: object): { update(options: object): void; unmount(): void } } }).CheckoutElements;
      const handle = api.mount(document.getElementById('slot')!, { kind: 'button', lineItems: [{ price: 'price_a' }], successUrl: '/thanks.html', label: 'Mounted' });
      handle.update({ lineItems: [{ price: 'price_b', quantity: 3 }] });
      (window as unknown as { handle: unknown }).handle = handle;
    });
    await page.getByRole('button', { name: 'Mounted' }).click();
    await waitForEvent('checkout:redirect');
    expect((await server.sessions())[0]!.request.line_items).toEqual([{ price: 'price_b', quantity: 3 }]);
    await page.evaluate(() => (window as unknown as { handle: { unmount(): void } }).handle.unmount());
    expect(await page.evaluate(() => document.getElementById('slot')!.shadowRoot!.childElementCount)).toBe(0);
    expect(problems.all()).toEqual([]);
  });
});
