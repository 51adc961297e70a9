import { afterAll, beforeAll, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startMockServer, type MockServer } from '../src/mock';
import { describeInChromium, launchChromium, watchProblems } from './support';

describeInChromium("the mock's hosted payment page in Chromium", () => {
  let browser: Browser;
  let server: MockServer;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cw-hosted-'));
    writeFileSync(join(dir, 'thanks.html'), '<!doctype html><title>Thanks</title><h1>Thank you</h1>');
    writeFileSync(join(dir, 'cart.html'), '<!doctype html><title>Cart</title><h1>Your cart</h1>');
    // The shop's own pages ask for /favicon.ico; a 404 there would be a console error in the test.
    writeFileSync(join(dir, 'favicon.ico'), '');
    server = await startMockServer({ staticDir: dir });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function createSession(): Promise<{ url: string; id: string }> {
    const response = await fetch(`${server.url}/checkout/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        line_items: [{ price: 'price_mug', quantity: 2 }],
        mode: 'payment',
        success_url: `${server.url}/thanks.html?session={CHECKOUT_SESSION_ID}`,
        cancel_url: `${server.url}/cart.html`,
        payment_method_types: ['paypal'],
        subscription_data: {},
      }),
    });
    expect(response.status).toBe(201);
    const { url } = (await response.json()) as { url: string };
    return { url, id: url.split('/').pop()! };
  }

  it('Pay goes to the success URL with the session id filled in', async () => {
    const { url, id } = await createSession();
    const page = await browser.newPage();
    const problems = await watchProblems(page);
    await page.goto(url);
    await expect(page.locator('#session-id').textContent()).resolves.toBe(id);
    await expect(page.getByText('Payment methods: PayPal').count()).resolves.toBe(1);
    await Promise.all([page.waitForURL(/thanks\.html/), page.getByRole('button', { name: 'Pay' }).click()]);
    expect(page.url()).toBe(`${server.url}/thanks.html?session=${id}`);
    expect(server.handler.store.sessions.get(id)!.status).toBe('paid');
    expect(problems.all()).toEqual([]);
    await page.close();
  });

  it("works under default-src 'self': sent with that policy, styled from the mock's own stylesheet, no violation", async () => {
    const { url, id } = await createSession();
    const response = await fetch(url);
    expect(response.headers.get('content-security-policy')).toBe("default-src 'self'");
    const html = await response.text();
    expect(html).not.toMatch(/<style|style=|data:/);

    const page = await browser.newPage();
    const problems = await watchProblems(page);
    const assets: string[] = [];
    page.on('response', (answer) => {
      if (answer.url().includes('/pay/assets/')) assets.push(`${new URL(answer.url()).pathname} ${answer.status()}`);
    });
    await page.goto(url);
    // The stylesheet applied (a blocked or missing one would leave the browser's default square corners).
    await expect(page.locator('main').evaluate((main) => getComputedStyle(main).borderTopLeftRadius)).resolves.toBe('12px');
    await Promise.all([page.waitForURL(/thanks\.html/), page.getByRole('button', { name: 'Pay' }).click()]);
    expect(page.url()).toBe(`${server.url}/thanks.html?session=${id}`);
    expect(assets.sort()).toEqual(['/pay/assets/icon.svg 200', '/pay/assets/pay.css 200']);
    expect(problems.cspViolations).toEqual([]);
    expect(problems.all()).toEqual([]);
    await page.close();
  });

  it('Cancel goes back to the cancel URL', async () => {
    const { url, id } = await createSession();
    const page = await browser.newPage();
    await page.goto(url);
    await Promise.all([page.waitForURL(/cart\.html/), page.getByRole('button', { name: 'Cancel' }).click()]);
    expect(page.url()).toBe(`${server.url}/cart.html`);
    expect(server.handler.store.sessions.get(id)!.status).toBe('canceled');
    await page.close();
  });
});
