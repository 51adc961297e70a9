import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describeInChromium, IIFE_PATH, launchChromium, readEvents, recordEvents, startTestServer, watchProblems, type PageProblems, type TestServer } from './support';

// How the script tag loads (issue 18) and where it navigates from a frame (issue 15, item 6): the button
// renders while the page is still parsing; the form's code arrives from checkout-widget-form.js beside
// the script, pinned by the main file when the page pins the main file; `target: 'top'` in iframes;
// mount() inside another shadow root. Pages are written here, served with the strict CSP.
const distDir = dirname(IIFE_PATH);
const sri = (bytes: Buffer | string) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const BUTTON = (attributes = '') => `<checkout-button id="buy" price="price_mug" success-url="/thanks.html?session={CHECKOUT_SESSION_ID}" ${attributes}>Buy now</checkout-button>`;
const FORM = `<checkout-form id="form" success-url="/thanks.html" currency="eur"><script type="application/json">{"lineItems":[{"price":"price_tee","name":"T-shirt","unitAmount":2500}]}</script></checkout-form>`;
const page = (head: string, body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;

describeInChromium('the script tag: render while parsing, the form chunk, integrity, frames and shadow roots', () => {
  let browser: Browser;
  let server: TestServer;
  let context: BrowserContext;
  let tab: Page;
  let problems: PageProblems;
  let pagesDir: string;

  beforeAll(async () => {
    pagesDir = mkdtempSync(join(tmpdir(), 'checkout-widget-loading-'));
    const main = readFileSync(IIFE_PATH);
    const files: Record<string, string> = {
      // Parsing stops at a parser-blocking script after the button: the button must be there by then.
      'parsing.html': page('<script src="/checkout-widget.iife.js"></script>', `${BUTTON()}<script src="/after-button.js"></script>${FORM}<p id="end">end</p>`),
      'after-button.js': `window.seenAfterButton = { readyState: document.readyState, rendered: !!document.getElementById('buy').shadowRoot?.querySelector('button') };`,
      'pinned.html': page(`<script src="/checkout-widget.iife.js" integrity="${sri(main)}" crossorigin="anonymous" defer></script><script src="/watch-scripts.js"></script>`, FORM),
      'watch-scripts.js': `window.addedScripts = []; new MutationObserver((records) => { for (const r of records) for (const n of r.addedNodes) if (n.localName === 'script') window.addedScripts.push({ src: n.src, integrity: n.integrity, crossOrigin: n.crossOrigin }); }).observe(document.documentElement, { childList: true, subtree: true });`,
      'frame-top.html': page('', '<iframe id="frame" sandbox="allow-scripts allow-same-origin" src="/framed.html"></iframe>'),
      'frame-top-allowed.html': page('', '<iframe id="frame" sandbox="allow-scripts allow-same-origin allow-top-navigation-by-user-activation" src="/framed.html"></iframe>'),
      'frame-self.html': page('', '<iframe id="frame" sandbox="allow-scripts allow-same-origin" src="/framed-self.html"></iframe>'),
      'framed.html': page('<script src="/checkout-widget.iife.js" defer></script>', BUTTON('target="top"')),
      'framed-self.html': page('<script src="/checkout-widget.iife.js" defer></script>', BUTTON()),
      'sync.html': page('<script src="/checkout-widget.iife.js" defer></script><script src="/sync-click.js" defer></script>', BUTTON()),
      'sync-click.js': `window.clickAndSeeFetch = () => {
        const calls = []; const nativeFetch = window.fetch;
        window.fetch = (...args) => { calls.push(String(args[0])); return nativeFetch(...args); };
        let submitted = null;
        document.addEventListener('checkout:submit', (event) => { submitted = event.detail; event.detail.line_items[0].quantity = 99; }, { once: true });
        document.getElementById('buy').shadowRoot.querySelector('button').click();
        return { calledInClickTask: calls.slice(), submitted };
      };`,
      'slow.html': page('<script src="/checkout-widget.iife.js" defer></script>', BUTTON('endpoint="/checkout/session?fault=delay=1500"')),
      'italian.html': page('<script src="/checkout-widget.iife.js" defer></script>', '<checkout-button id="buy" locale="it" price="price_mug" success-url="/thanks.html"></checkout-button>'),
      'nested.html': page('<script src="/checkout-widget.iife.js"></script><script src="/nested.js" defer></script>', '<div id="outer"></div>'),
      'nested.js': `const outer = document.getElementById('outer').attachShadow({ mode: 'open' });
        const wrapper = document.createElement('section'); const slot = document.createElement('div'); slot.id = 'inner';
        wrapper.append(slot); outer.append(wrapper);
        window.innerSlot = slot; window.innerWrapper = wrapper;
        window.mounted = CheckoutWidget.mount(slot, { kind: 'button', lineItems: [{ price: 'price_nested' }], successUrl: '/thanks.html', label: 'Nested buy', config: { endpoint: '/checkout/session?fault=delay=3000' } });`,
    };
    const served: Record<string, string> = { 'checkout-widget-form.js': join(distDir, 'checkout-widget-form.js'), locales: join(distDir, 'locales') };
    for (const [name, text] of Object.entries(files)) {
      writeFileSync(join(pagesDir, name), text);
      served[name] = join(pagesDir, name);
    }
    [browser, server] = await Promise.all([launchChromium(), startTestServer({ files: served })]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (pagesDir) rmSync(pagesDir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await server.reset();
    context = await browser.newContext();
    tab = await context.newPage();
    problems = await watchProblems(tab);
    await recordEvents(tab);
  });
  afterEach(async () => {
    await context?.close();
  });

  it('renders the button as soon as the parser has passed it, before DOMContentLoaded; the form reads its whole JSON', async () => {
    await tab.goto(`${server.url}/parsing.html`);
    expect(await tab.evaluate(() => (window as unknown as { seenAfterButton: unknown }).seenAfterButton)).toEqual({ readyState: 'loading', rendered: true });
    await tab.getByText('T-shirt').waitFor();
    await tab.waitForTimeout(200);
    expect(await readEvents(tab)).toEqual([]); // no setup error from a JSON config read half-parsed
    expect(problems.all()).toEqual([]);
  });

  it('a click calls fetch() before click() returns (the same task), and checkout:submit gets a copy of the body', async () => {
    await tab.goto(`${server.url}/sync.html`);
    await tab.getByRole('button', { name: 'Buy now' }).waitFor();
    await tab.evaluate(() => document.addEventListener('checkout:redirect', (event) => event.preventDefault()));
    const seen = await tab.evaluate(() => (window as unknown as { clickAndSeeFetch(): { calledInClickTask: string[]; submitted: unknown } }).clickAndSeeFetch());
    expect(seen.calledInClickTask).toEqual([`${server.url}/checkout/session`]);
    expect(seen.submitted).toMatchObject({ line_items: [{ price: 'price_mug', quantity: 99 }] });
    await expect.poll(() => server.sessions().then((sessions) => sessions.length)).toBe(1);
    // A listener that edits the detail changes nothing: the body was serialized before the event.
    expect((await server.sessions())[0]!.request.line_items).toEqual([{ price: 'price_mug', quantity: 1 }]);
    expect(problems.all()).toEqual([]);
  });

  it('a slow answer: the button shows busy after 150 ms (not on the click frame), keeps the focus and announces it', async () => {
    await tab.goto(`${server.url}/slow.html`);
    const button = tab.getByRole('button', { name: 'Buy now' });
    await button.focus();
    await tab.keyboard.press('Enter');
    const atOnce = await tab.evaluate(() => document.getElementById('buy')!.shadowRoot!.querySelector('button')!.getAttribute('aria-busy'));
    expect(atOnce).toBeNull();
    const busy = tab.locator('#buy button[aria-busy="true"]');
    await busy.waitFor();
    expect(await busy.getAttribute('aria-disabled')).toBe('true');
    expect(await tab.locator('#buy [role="status"]').textContent()).toBe('Creating your checkout…');
    expect(await tab.evaluate(() => document.getElementById('buy')!.shadowRoot!.activeElement?.localName)).toBe('button');
    await tab.keyboard.press('Enter'); // a second press while busy sends nothing
    await tab.waitForURL(/\/pay\/cs_test_/);
    expect(await server.sessions()).toHaveLength(1);
  });

  it('locale="it" loads locales/it.js beside the script (through the pinned index) and the button re-renders in Italian', async () => {
    const loaded: string[] = [];
    tab.on('request', (request) => {
      if (request.url().includes('/locales/')) loaded.push(new URL(request.url()).pathname);
    });
    await tab.goto(`${server.url}/italian.html`);
    await tab.getByRole('button', { name: 'Acquista' }).waitFor();
    expect(loaded).toEqual(['/locales/index.js', '/locales/it.js']);
    expect(await tab.evaluate(() => document.getElementById('buy')!.shadowRoot!.firstElementChild!.getAttribute('lang'))).toBe('it');
    expect(problems.all()).toEqual([]);
  });

  it('a pinned script pins the form chunk: the chunk is loaded with its baked SHA-384 and crossorigin', async () => {
    await tab.goto(`${server.url}/pinned.html`);
    await tab.getByText('T-shirt').waitFor();
    const scripts = await tab.evaluate(() => (window as unknown as { addedScripts: { src: string; integrity: string; crossOrigin: string }[] }).addedScripts);
    const chunk = scripts.find((script) => script.src.endsWith('/checkout-widget-form.js'));
    expect(chunk).toEqual({ src: `${server.url}/checkout-widget-form.js`, integrity: sri(readFileSync(join(distDir, 'checkout-widget-form.js'))), crossOrigin: 'anonymous' });
    expect(problems.all()).toEqual([]);
  });

  it('a chunk that does not match its hash is not run: the form says so and checkout:error reports it', async () => {
    await tab.route('**/checkout-widget-form.js', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: `${await response.text()}\n// tampered` });
    });
    await tab.goto(`${server.url}/pinned.html`);
    const alert = tab.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/could not reach|checkout server/i);
    const errors = (await readEvents(tab)).filter((event) => event.type === 'checkout:error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.detail).toMatchObject({ kind: 'network', message: expect.stringContaining('checkout-widget-form.js') });
    expect(await tab.getByText('T-shirt').count()).toBe(0);
  });

  it('target="top" in a sandboxed frame without top navigation: a redirect error that names the sandbox flag, no stuck button', async () => {
    await tab.goto(`${server.url}/frame-top.html`);
    const frame = tab.frameLocator('#frame');
    await frame.getByRole('button', { name: 'Buy now' }).click();
    const alert = frame.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('The payment page address was not safe to open');
    const frameEvents = await tab.frames()[1]!.evaluate(() => (window as unknown as { __e2eEvents: { type: string; detail: { kind: string; message: string } }[] }).__e2eEvents);
    const error = frameEvents.find((event) => event.type === 'checkout:error');
    expect(error?.detail).toMatchObject({ kind: 'redirect', message: expect.stringContaining('allow-top-navigation-by-user-activation') });
    await expect.poll(() => frame.getByRole('button', { name: 'Buy now' }).isEnabled()).toBe(true);
    expect(tab.url()).toBe(`${server.url}/frame-top.html`);
  });

  it('target="top" with allow-top-navigation-by-user-activation: the whole page goes to the payment page', async () => {
    await tab.goto(`${server.url}/frame-top-allowed.html`);
    await tab.frameLocator('#frame').getByRole('button', { name: 'Buy now' }).click();
    await tab.waitForURL(/\/pay\/cs_test_/);
    const [session] = await server.sessions();
    expect(tab.url()).toBe(session!.url);
  });

  it('the default target in a frame opens the payment page in the frame; the page around it stays', async () => {
    await tab.goto(`${server.url}/frame-self.html`);
    await tab.frameLocator('#frame').getByRole('button', { name: 'Buy now' }).click();
    await expect.poll(() => tab.frames()[1]?.url()).toMatch(/\/pay\/cs_test_/);
    expect(tab.url()).toBe(`${server.url}/frame-self.html`);
  });

  for (const removed of ['the outer host', 'the wrapper inside the shadow root'] as const) {
    it(`mount() inside another shadow root: removing ${removed} mid-request aborts the request and never navigates`, async () => {
      await tab.goto(`${server.url}/nested.html`);
      const button = tab.getByRole('button', { name: 'Nested buy' });
      await button.waitFor();
      const failed = tab.waitForEvent('requestfailed', (request) => request.url().includes('/checkout/session'));
      const sent = tab.waitForRequest((request) => request.method() === 'POST' && request.url().includes('/checkout/session'));
      await button.click();
      await sent;
      await tab.evaluate((what) => {
        if (what === 'the outer host') document.getElementById('outer')!.remove();
        else (window as unknown as { innerWrapper: Element }).innerWrapper.remove();
      }, removed);
      expect((await failed).failure()?.errorText).toBe('net::ERR_ABORTED');
      await tab.waitForTimeout(3500);
      expect(tab.url()).toBe(`${server.url}/nested.html`);
      expect((await readEvents(tab)).map((event) => event.type)).toEqual(['checkout:submit']);
    });
  }
});
