// The script-tag samples run as written: README's "Quick start: script tag" (its two HTML blocks on one
// page, and shop.js) and the demo's plain-HTML page (demo/script-tag.html with demo/public/), served as
// static files beside the mock backend under a strict CSP, as a shop without a build step would. Each
// widget on them buys: the click, the hosted page, Pay, and the page the success URL names.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { REPO_ROOT, describeInChromium, launchChromium, startTestServer, watchProblems, type PageProblems, type TestServer } from './support';

function readmeScriptTagSamples(): { html: string[]; files: Record<string, string> } {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('## Quick start: script tag');
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
  const html = [...section.matchAll(/```html\n([\s\S]*?)```/g)].map((match) => match[1]!);
  const files: Record<string, string> = {};
  for (const [, code] of section.matchAll(/```js\n([\s\S]*?)```/g)) {
    const name = /^\/\/ ([\w.-]+\.js)/.exec(code!)?.[1];
    if (!name) throw new Error(`A js block in README's script-tag quick start does not start with "// <file>.js": ${code!.slice(0, 60)}`);
    files[name] = code!;
  }
  return { html, files };
}

const page404 = (title: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1></body></html>`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(server: TestServer, path: string): Promise<{ page: Page; problems: PageProblems }> {
  const page = await browser.newPage();
  const problems = await watchProblems(page);
  page.on('response', (response) => {
    if (response.status() >= 400) problems.consoleErrors.push(`(${response.status()} for ${new URL(response.url()).pathname})`);
  });
  await page.goto(`${server.url}${path}`);
  return { page, problems };
}

/** Clicks, lands on the mock's hosted page, presses Pay and lands where the success URL says. */
async function buy(server: TestServer, page: Page, trigger: Locator, successPath: RegExp) {
  await server.reset();
  await Promise.all([page.waitForURL(/\/pay\/cs_/), trigger.click()]);
  const [session] = await server.sessions();
  expect(page.url()).toBe(session!.url);
  await Promise.all([page.waitForURL(successPath), page.getByRole('button', { name: 'Pay' }).click()]);
  return session!;
}

describeInChromium("README's script-tag quick start, pasted into a page", () => {
  let server: TestServer;
  let pages: string;

  beforeAll(async () => {
    const { html, files } = readmeScriptTagSamples();
    expect(html).toHaveLength(2);
    expect(Object.keys(files)).toEqual(['shop.js']);
    pages = mkdtempSync(join(tmpdir(), 'cw-readme-script-tag-'));
    writeFileSync(join(pages, 'index.html'), `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Shop</title></head>\n<body>\n${html.join('\n')}\n</body></html>\n`);
    for (const [name, code] of Object.entries(files)) writeFileSync(join(pages, name), code);
    for (const name of ['thanks', 'cart']) {
      mkdirSync(join(pages, name));
      writeFileSync(join(pages, name, 'index.html'), page404(name));
    }
    server = await startTestServer({ pagesDir: pages });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(pages, { recursive: true, force: true });
  });

  it('<checkout-button> posts the default body to /checkout/session and Pay lands on /thanks', async () => {
    const { page, problems } = await open(server, '/');
    const session = await buy(server, page, page.getByRole('button', { name: 'Buy the mug' }), /\/thanks\?/);
    expect(session.request).toEqual({
      line_items: [{ price: 'price_mug', quantity: 1 }],
      mode: 'payment',
      success_url: `${server.url}/thanks?session={CHECKOUT_SESSION_ID}`,
      cancel_url: `${server.url}/cart`,
      payment_method_types: ['card'],
      subscription_data: {},
    });
    expect(page.url()).toBe(`${server.url}/thanks?session=${session.id}`);
    expect(problems.all()).toEqual([]);
    await page.close();
  });

  it('<checkout-form> with its JSON config buys', async () => {
    const { page, problems } = await open(server, '/');
    const form = page.locator('checkout-form');
    await form.getByRole('radio', { name: 'PayPal' }).check();
    const session = await buy(server, page, form.getByRole('button', { name: 'Continue to payment' }), /\/thanks$/);
    expect(session.request).toMatchObject({
      line_items: [{ price: 'price_mug', quantity: 1, adjustable_quantity: { enabled: true, maximum: 10 } }],
      mode: 'payment',
      success_url: `${server.url}/thanks`,
      currency: 'eur',
      payment_method_types: ['paypal'],
    });
    expect(problems.all()).toEqual([]);
    await page.close();
  });

  it('shop.js mounts a form into #buy that stays mounted, speaks German after update(), and buys', async () => {
    const { page, problems } = await open(server, '/');
    const mounted = page.locator('#buy');
    const submit = mounted.getByRole('button', { name: /Zahlung/ });
    await submit.waitFor();
    // Still there a moment later: the sample no longer unmounts what it mounted.
    await page.waitForTimeout(200);
    await expect(submit.count()).resolves.toBe(1);
    const session = await buy(server, page, submit, /\/thanks$/);
    expect(session.request).toMatchObject({
      line_items: [{ price: 'price_beans', quantity: 2 }],
      mode: 'payment',
      success_url: `${server.url}/thanks`,
      currency: 'eur',
    });
    expect(problems.all()).toEqual([]);
    await page.close();
  });
});

describeInChromium('the demo script-tag page (demo/script-tag.html), served as plain files', () => {
  let server: TestServer;
  let pages: string;

  beforeAll(async () => {
    pages = mkdtempSync(join(tmpdir(), 'cw-demo-script-tag-'));
    cpSync(join(REPO_ROOT, 'demo/public'), pages, { recursive: true });
    cpSync(join(REPO_ROOT, 'demo/script-tag.html'), join(pages, 'script-tag.html'));
    // The demo's success and cancel pages are Vite-built React pages; stand-ins are enough here.
    writeFileSync(join(pages, 'success.html'), page404('Success'));
    writeFileSync(join(pages, 'cancel.html'), page404('Cancel'));
    writeFileSync(join(pages, 'index.html'), page404('Playground'));
    server = await startTestServer({ pagesDir: pages });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(pages, { recursive: true, force: true });
  });

  it('the form buys', async () => {
    const { page, problems } = await open(server, '/script-tag.html');
    const form = page.locator('#form');
    const session = await buy(server, page, form.getByRole('button', { name: 'Continue to payment' }), /\/success\.html\?/);
    expect(session.request).toMatchObject({ line_items: [{ price: 'price_mug', quantity: 1 }, { price: 'price_beans', quantity: 1 }], currency: 'eur' });
    expect(page.url()).toBe(`${server.url}/success.html?session_id=${session.id}`);
    expect(problems.all()).toEqual([]);
    await page.close();
  });

  it('the button buys', async () => {
    const { page, problems } = await open(server, '/script-tag.html');
    const session = await buy(server, page, page.getByRole('button', { name: 'Buy a gift card' }), /\/success\.html\?/);
    expect(session.request).toMatchObject({ line_items: [{ price: 'price_gift_card', quantity: 1 }], mode: 'payment' });
    expect(problems.all()).toEqual([]);
    await page.close();
  });
});
