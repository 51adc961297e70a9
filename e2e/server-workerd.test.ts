import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Miniflare } from 'miniflare';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENDPOINT, SHOP, attackTable, mugBody, rowInit } from '../test/server/attackTable';
import { expectRowAnswer } from '../test/server/checkAttackRow';

// The server half in Cloudflare's workerd runtime (through miniflare): src/server and the attack table
// bundled for workers (no nodejs_compat flag: standard Request/Response/fetch/crypto only), plus a
// webhook endpoint verifying Stripe signatures with the worker build of `stripe` (SubtleCrypto).
const root = fileURLToPath(new URL('..', import.meta.url));
const secret = 'whsec_workerd_test_secret';
let dir: string;
let mf: Miniflare;

const worker = `
import Stripe from 'stripe';
import { createWebhookHandler } from ${JSON.stringify(join(root, 'src/server/index.ts'))};
import { createTableHandler } from ${JSON.stringify(join(root, 'test/server/attackTable.ts'))};

const { handler } = createTableHandler();
const completed = [];
const stripe = new Stripe('sk_test_workerd', { httpClient: Stripe.createFetchHttpClient() });
const webhook = createWebhookHandler({ stripe, secret: ${JSON.stringify(secret)}, onCompleted: (session) => void completed.push(session.id) });

export default {
  async fetch(request) {
    const { pathname } = new URL(request.url);
    if (pathname === '/stripe/webhook') return webhook(request);
    if (pathname === '/__completed') return Response.json(completed);
    return handler(request);
  },
};
`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'checkout-widget-workerd-'));
  const result = await build({
    stdin: { contents: worker, loader: 'js', resolveDir: root },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    conditions: ['workerd', 'worker', 'browser'],
    mainFields: ['module', 'main'],
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const scriptPath = join(dir, 'worker.mjs');
  writeFileSync(scriptPath, result.outputFiles[0]!.text);
  mf = new Miniflare({ modules: true, scriptPath, modulesRoot: dir, compatibilityDate: '2025-07-01' });
  await mf.ready;
}, 60_000);
afterAll(async () => {
  await mf?.dispose();
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

/**
 * A request to the worker over plain node:http. workerd answers 413 from Content-Length and closes the
 * connection without reading the rest (as it should), so a client still writing the 1 MB body sees
 * ECONNRESET on its write; fetch then drops the answer, while node:http has already parsed it.
 */
async function send(base: URL, url: string, init: RequestInit): Promise<Response> {
  const body = typeof init.body === 'string' ? Buffer.from(init.body) : undefined;
  return new Promise((resolve, reject) => {
    let answered = false;
    const headers = { ...(init.headers as Record<string, string>), 'mf-original-url': url, ...(body ? { 'content-length': String(body.length) } : {}) };
    // A fresh connection per row: workerd closes the one a 413 left with unread bytes.
    const req = httpRequest(new URL(new URL(url).pathname, base), { method: init.method, headers, agent: false }, (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve(new Response(Buffer.concat(chunks), { status: res.statusCode, headers: Object.entries(res.headers).flatMap(([name, value]) => (typeof value === 'string' ? [[name, value] as [string, string]] : [])) })));
      res.on('error', reject);
    });
    req.setTimeout(30_000, () => req.destroy(new Error('no answer from workerd in 30 s')));
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    req.end(body);
  });
}

describe('the attack table in workerd', () => {
  it(`answers all ${attackTable.length} rows as in Node`, async () => {
    const base = await mf.ready;
    for (const row of attackTable) await expectRowAnswer(row, await send(base, ENDPOINT, rowInit(row)).catch((error: Error) => { throw new Error(`${row.name}: ${error.message}`); }));
  }, 60_000);

  it('runs without the nodejs_compat flag: the entry uses web standards only', async () => {
    const response = await mf.dispatchFetch(ENDPOINT, { method: 'POST', headers: { 'content-type': 'application/json', origin: SHOP }, body: JSON.stringify(mugBody) });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-request-id')).toMatch(/^req_[0-9a-f]{24}$/);
  }, 60_000);
});

describe('Stripe webhooks in workerd', () => {
  const stripe = new Stripe('sk_test_node');
  const payload = (id: string) => JSON.stringify({ id, object: 'event', type: 'checkout.session.completed', data: { object: { id: `cs_${id}`, object: 'checkout.session', payment_status: 'paid' } } });
  const deliver = (body: string, header: string) => mf.dispatchFetch(`${SHOP}/stripe/webhook`, { method: 'POST', headers: { 'stripe-signature': header, 'content-type': 'application/json' }, body });

  it('verifies a signature made by the stripe library with SubtleCrypto, once per event id; refuses a tampered body and an old timestamp', async () => {
    const body = payload('evt_workerd_1');
    const header = stripe.webhooks.generateTestHeaderString({ payload: body, secret });
    expect((await deliver(body, header)).status).toBe(200);
    expect((await deliver(body, header)).status).toBe(200);
    const tampered = await deliver(body.replace('paid', 'unpaid'), header);
    expect(tampered.status).toBe(400);
    expect(await tampered.json()).toEqual({ error: { type: 'invalid_request_error', message: 'Invalid Stripe signature', param: 'Stripe-Signature' } });
    const other = payload('evt_workerd_2');
    const old = stripe.webhooks.generateTestHeaderString({ payload: other, secret, timestamp: Math.floor(Date.now() / 1000) - 3600 });
    expect((await deliver(other, old)).status).toBe(400);
    expect(await (await mf.dispatchFetch(`${SHOP}/__completed`)).json()).toEqual(['cs_evt_workerd_1']);
  }, 60_000);
});
