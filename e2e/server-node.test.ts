import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
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
