import { existsSync, readFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, normalize } from 'node:path';
import express from 'express';
import { Hono } from 'hono';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { IIFE_PATH, describeInChromium, launchChromium } from './support';
import { createCheckoutHandler, toNodeHandler } from '../src/server';
import { ENDPOINT, attackTable, createTableHandler, mugBody, rowInit, tablePolicy } from '../test/server/attackTable';
import { expectRowAnswer } from '../test/server/checkAttackRow';

// The attack table through the adapters a shop deploys on Node: node:http, Express 5 and Hono.
// Each server listens on 127.0.0.1:0 with publicOrigin https://shop.example, as behind a proxy.
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
});

async function listen(server: Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const runtimes = {
  'node:http': async () => {
    const { handler } = createTableHandler();
    return listen(createServer(toNodeHandler(handler)));
  },
  'Express 5': async () => {
    const { handler } = createTableHandler();
    const app = express();
    app.all('/checkout/session', toNodeHandler(handler));
    return listen(createServer(app));
  },
};

describe.each(Object.entries(runtimes))('the attack table through toNodeHandler on %s', (_name, start) => {
  it(`answers all ${attackTable.length} rows as createCheckoutHandler does`, async () => {
    const base = await start();
    for (const row of attackTable) await expectRowAnswer(row, await fetch(`${base}/checkout/session`, rowInit(row)));
  }, 60_000);

  it('413 for a chunked 1 MB body (no Content-Length) without buffering it', async () => {
    const base = await start();
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${base}/checkout/session`, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      const chunk = Buffer.alloc(64 * 1024, 'x');
      let sent = 0;
      const pump = () => {
        while (sent < 16 && !req.destroyed) {
          sent += 1;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      req.write('{"expand":["');
      pump();
    });
    expect(status).toBe(413);
  }, 60_000);
});

describe('toNodeHandler', () => {
  it('takes the origin from X-Forwarded-* only with trustProxy', async () => {
    const { publicOrigin: _, ...policy } = tablePolicy({ createSession: async () => ({ url: 'https://pay.example/cs_1' }) });
    const behindProxy = await listen(createServer(toNodeHandler(createCheckoutHandler(policy), { trustProxy: true })));
    const direct = await listen(createServer(toNodeHandler(createCheckoutHandler(policy))));
    const forwarded = { 'content-type': 'application/json', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'shop.example' };
    const body = JSON.stringify(mugBody); // success_url on https://shop.example
    expect((await fetch(`${behindProxy}/checkout/session`, { method: 'POST', headers: forwarded, body })).status).toBe(201);
    const refused = await fetch(`${direct}/checkout/session`, { method: 'POST', headers: forwarded, body });
    expect(refused.status).toBe(400);
    expect((await refused.json()).error.param).toBe('success_url');
  }, 60_000);

  it('an early refusal of a large body closes that connection; the next request still gets its own answer', async () => {
    const { handler } = createTableHandler();
    const base = await listen(createServer(toNodeHandler(handler)));
    const refused = await fetch(`${base}/checkout/session`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x'.repeat(512 * 1024) });
    expect([refused.status, refused.headers.get('connection')]).toEqual([415, 'close']);
    await refused.arrayBuffer();
    const next = await fetch(`${base}/checkout/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(mugBody) });
    expect(next.status).toBe(201);
  }, 60_000);

  it('Express: says to mount the route before express.json()', async () => {
    const { handler } = createTableHandler();
    const app = express();
    app.use(express.json());
    app.post('/checkout/session', toNodeHandler(handler));
    app.use((error: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => void res.status(500).json({ error: { message: error.message } }));
    const base = await listen(createServer(app));
    const response = await fetch(`${base}/checkout/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(mugBody) });
    expect(response.status).toBe(500);
    expect((await response.json()).error.message).toBe('toNodeHandler: the request body was already read by a body parser (such as express.json()); mount the checkout route before it');
  }, 60_000);
});

describe('the attack table through Hono', () => {
  it(`answers all ${attackTable.length} rows through app.request`, async () => {
    const { handler } = createTableHandler();
    const app = new Hono();
    app.all('/checkout/session', (c) => handler(c.req.raw));
    for (const row of attackTable) await expectRowAnswer(row, await app.request(ENDPOINT, rowInit(row)));
  }, 60_000);
});

// The widget as a shop embeds it (the built script tag) in front of createCheckoutHandler on node:http:
// the shopper sees each refusal's message, and an accepted click reaches the provider and the payment page.
describeInChromium('the script-tag widget in front of the server half, in Chromium', () => {
  let browser: Browser;
  let base = '';
  const own: Server[] = [];
  const created: unknown[] = [];

  beforeAll(async () => {
    const checkout = createCheckoutHandler({
      prices: { price_mug: { maxQuantity: 10 } },
      provider: {
        async createSession(body, { idempotencyKey }) {
          created.push({ body, idempotencyKey });
          return { url: `${base}/paid.html` };
        },
      },
    });
    const api = toNodeHandler(checkout);
    const server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.pathname === '/checkout/session') return void api(req, res);
      if (url.pathname === '/shop.html') {
        const attribute = (name: string) => (url.searchParams.get(name) ?? '').replace(/[^\w-]/g, '');
        return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title>
<script src="/checkout-widget.iife.js" defer></script></head><body>
<checkout-button id="buy" price="${attribute('price')}" quantity="${attribute('quantity')}" success-url="/paid.html?session={CHECKOUT_SESSION_ID}">Buy now</checkout-button></body></html>`);
      }
      if (url.pathname === '/paid.html') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Paid</title><h1>Payment page</h1>');
      const file = join(dirname(IIFE_PATH), normalize(url.pathname).replace(/^(\.\.[/\\])+/, ''));
      if (!/\.js$/.test(file) || !existsSync(file)) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(readFileSync(file));
    });
    own.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await Promise.all(own.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
  }, 60_000);

  const click = async (price: string, quantity: number): Promise<Page> => {
    const page = await browser.newPage();
    await page.goto(`${base}/shop.html?price=${price}&quantity=${quantity}`);
    await page.locator('#buy').getByRole('button', { name: 'Buy now' }).click();
    return page;
  };
  const alertText = (page: Page) => page.locator('#buy').getByRole('alert').textContent();

  it('an accepted purchase reaches the provider with the widget’s key and lands on the payment page', async () => {
    created.length = 0;
    const page = await click('price_mug', 2);
    await page.waitForURL(`${base}/paid.html`, { timeout: 15_000 });
    expect(created).toEqual([
      { body: expect.objectContaining({ line_items: [{ price: 'price_mug', quantity: 2 }], mode: 'payment', success_url: `${base}/paid.html?session={CHECKOUT_SESSION_ID}` }), idempotencyKey: expect.stringMatching(/^[\x21-\x7e]{8,255}$/) },
    ]);
    await page.close();
  }, 60_000);

  it.each([
    ['a price the shop does not sell', 'price_internal', 1, 'no such price: "price_internal"'],
    ['a quantity over the catalogue’s maximum', 'price_mug', 50, 'must be at most 10'],
  ])('shows the refusal of %s to the shopper; nothing reaches the provider', async (_name, price, quantity, message) => {
    created.length = 0;
    const page = await click(price, quantity);
    await expect.poll(() => alertText(page), { timeout: 15_000 }).toContain(message);
    expect(page.url()).toContain('/shop.html');
    expect(created).toEqual([]);
    await page.close();
  }, 60_000);
});
