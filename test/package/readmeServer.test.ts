import { build, type BuildOptions } from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Miniflare } from 'miniflare';
import { renderToStaticMarkup } from 'react-dom/server';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { defaultConfig } from '../../demo/src/playgroundConfig';
import { buildSnippets } from '../../demo/src/snippets';
import { startFakeStripe, type FakeStripe } from '../server/fakeStripe';
import { root } from './sizes';

// README's "Your backend" examples, taken from README.md as written and run against the built package
// (`checkout-widget/server` → dist/server.js). Only the network is redirected: `stripe` talks to a fake
// Stripe API on 127.0.0.1 (a subclass that sets host/port), express listens on 127.0.0.1, Hono's upstream
// is a stubbed fetch, and the Worker runs in workerd with its outbound fetches answered here.
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const example = (firstLine: string, fence = 'ts') => {
  const start = readme.indexOf(`\`\`\`${fence}\n${firstLine}`);
  if (start < 0) throw new Error(`README.md has no example starting with ${JSON.stringify(firstLine)} in its "Your backend" section`);
  const code = readme.slice(start + fence.length + 4);
  return code.slice(0, code.indexOf('```'));
};

let dir: string;
let fake: FakeStripe;
const servers: Server[] = [];
const env = { PUBLIC_ORIGIN: 'https://shop.example', STRIPE_SECRET_KEY: 'sk_test_readme', STRIPE_WEBHOOK_SECRET: 'whsec_readme_secret', PAY_API_TOKEN: 'shop_token_123', PORT: '0' };
const savedEnv = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));

async function load<T>(name: string, code: string, options: BuildOptions = {}): Promise<T> {
  const result = await build({
    stdin: { contents: code, loader: name.endsWith('x') ? 'tsx' : 'ts', resolveDir: dir },
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    jsx: 'automatic',
    write: false,
    alias: { 'checkout-widget/server': join(root, 'dist/server.js'), stripe: join(dir, 'stripe-shim.mjs'), express: join(dir, 'express-shim.mjs') },
    logLevel: 'silent',
    ...options,
  });
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, result.outputFiles![0]!.text);
  return import(pathToFileURL(file).href) as Promise<T>;
}

beforeAll(async () => {
  if (!existsSync(join(root, 'dist/server.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  fake = await startFakeStripe();
  Object.assign(process.env, env);
  // Inside node_modules, so the bundles' bare imports (express, hono, react) resolve to the project's own.
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
  dir = mkdtempSync(join(root, 'node_modules/.cache/readme-server-'));
  writeFileSync(join(dir, 'stripe-shim.mjs'), `import { createRequire } from 'node:module';
const RealStripe = createRequire(import.meta.url)('stripe');
export default class Stripe extends RealStripe {
  constructor(key, config = {}) {
    super(key, { ...config, host: '127.0.0.1', port: globalThis.__fakeStripePort, protocol: 'http', maxNetworkRetries: 0 });
  }
}
`);
  writeFileSync(join(dir, 'express-shim.mjs'), `import { createRequire } from 'node:module';
const real = createRequire(import.meta.url)('express');
export default function express(...args) {
  const app = real(...args);
  app.listen = (port) => {
    const server = real.application.listen.call(app, port, '127.0.0.1');
    globalThis.__readmeServers.push(server);
    return server;
  };
  return app;
}
Object.assign(express, real);
`);
  writeFileSync(join(dir, 'orders.ts'), 'export async function fulfilOrder(id: string) { (globalThis as any).__fulfilled.push(id); }\n');
  Object.assign(globalThis, { __fakeStripePort: fake.port, __readmeServers: servers, __fulfilled: [] as string[] });
}, 60_000);
afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  await fake?.close();
  for (const [name, value] of Object.entries(savedEnv)) if (value === undefined) delete process.env[name]; else process.env[name] = value;
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
const mug = (origin: string, quantity = 2) => ({ line_items: [{ price: 'price_mug', quantity }], mode: 'payment', success_url: `${origin}/thanks?session={CHECKOUT_SESSION_ID}`, subscription_data: {} });

describe("README's backend examples, run as written", () => {
  it('Next.js App Router: POST creates a Stripe session with the idempotency key; a price outside the list never reaches Stripe', async () => {
    fake.calls.length = 0;
    const { POST } = await load<{ POST: (request: Request) => Promise<Response> }>('next-route', example('// app/checkout/session/route.ts (Next.js)\n'));
    // As `next start` hands it over: request.url on localhost, the shopper's page on the public origin.
    const response = await POST(post('http://localhost:3000/checkout/session', mug('https://shop.example'), { origin: 'https://shop.example', 'idempotency-key': 'readme-1', 'accept-language': 'it-IT' }));
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ url: 'https://checkout.stripe.com/c/pay/cs_test_fake1' });
    expect(fake.calls.map((call) => [call.path, call.idempotencyKey, call.authorization])).toEqual([['/v1/checkout/sessions', 'readme-1', 'Bearer sk_test_readme']]);
    expect(fake.calls[0]!.params).toEqual([
      ['line_items[0][price]', 'price_mug'],
      ['line_items[0][quantity]', '2'],
      ['mode', 'payment'],
      ['success_url', 'https://shop.example/thanks?session={CHECKOUT_SESSION_ID}'],
      ['locale', 'it'],
    ]);
    const refused = await POST(post('http://localhost:3000/checkout/session', { ...mug('https://shop.example'), line_items: [{ price: 'price_internal' }] }));
    expect(refused.status).toBe(400);
    expect((await refused.json()).error.param).toBe('line_items[0].price');
    const trial = await POST(post('http://localhost:3000/checkout/session', { line_items: [{ price: 'price_basic_monthly' }], mode: 'subscription', success_url: 'https://shop.example/thanks', subscription_data: { trial_period_days: 14 } }));
    expect(trial.status).toBe(201);
    const csrf = await POST(post('http://localhost:3000/checkout/session', mug('https://shop.example'), { origin: 'http://localhost:3000' }));
    expect([csrf.status, ((await csrf.json()) as { error: { param: string } }).error.param]).toEqual([403, 'Origin']);
    expect(fake.calls).toHaveLength(2);
  }, 60_000);

  it('Express 5: listens, answers the CORS preflight of the listed storefront, and refuses a cross-origin POST', async () => {
    fake.calls.length = 0;
    await load('express-server', example('// server.ts (Express 5'));
    const server = servers.at(-1)!;
    if (!server.listening) await new Promise((resolve) => server.once('listening', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const preflight = await fetch(`${base}/checkout/session`, { method: 'OPTIONS', headers: { origin: 'https://www.shop.example', 'access-control-request-method': 'POST' } });
    expect([preflight.status, preflight.headers.get('access-control-allow-origin')]).toEqual([204, 'https://www.shop.example']);
    const created = await fetch(post(`${base}/checkout/session`, mug('https://shop.example'), { origin: 'https://www.shop.example' }));
    expect(created.status).toBe(201);
    expect(created.headers.get('access-control-allow-origin')).toBe('https://www.shop.example');
    const csrf = await fetch(post(`${base}/checkout/session`, mug('https://shop.example'), { origin: 'https://evil.example' }));
    expect(csrf.status).toBe(403);
    expect(fake.calls).toHaveLength(1);
  }, 60_000);

  it('Hono on 127.0.0.1: forwards the checked body upstream with the shop’s token, not the shopper’s cookie', async () => {
    const upstream: Request[] = [];
    const bodies: unknown[] = [];
    const realFetch = globalThis.fetch;
    // Only the upstream is stubbed; the test's own requests to 127.0.0.1 go through the real fetch.
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      if (new URL(request.url).hostname !== 'pay.connhex.example') return realFetch(request);
      upstream.push(request);
      bodies.push(await request.json());
      return Response.json({ url: 'https://pay.connhex.example/c/cs_up_1' }, { status: 201 });
    });
    try {
      const { default: app } = await load<{ default: { fetch: (request: Request) => Promise<Response> } }>('hono-app', example('// src/index.ts (Hono)'));
      const { createServer } = await import('node:http');
      const { toNodeHandler } = (await import(pathToFileURL(join(root, 'dist/server.js')).href)) as typeof import('../../src/server');
      // What @hono/node-server does, with the package's own adapter: app.fetch behind node:http.
      const server = createServer(toNodeHandler((request) => app.fetch(request)));
      servers.push(server);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const response = await fetch(post(`${base}/checkout/session`, mug(base, 3), { cookie: 'sid=shopper', 'idempotency-key': 'k-hono' }));
      expect(response.status).toBe(201);
      expect(await response.json()).toEqual({ url: 'https://pay.connhex.example/c/cs_up_1' });
      expect(upstream.map((request) => [request.url, request.headers.get('authorization'), request.headers.get('cookie'), request.headers.get('idempotency-key')])).toEqual([
        ['https://pay.connhex.example/checkout/session', 'Bearer shop_token_123', null, 'k-hono'],
      ]);
      expect(bodies).toEqual([mug(base, 3)]);
      const refused = await fetch(post(`${base}/checkout/session`, { ...mug(base), payment_method_types: ['customer_balance'] }));
      expect(((await refused.json()) as { error: { param: string } }).error.param).toBe('payment_method_types[0]');
      expect(upstream).toHaveLength(1);
    } finally {
      vi.unstubAllGlobals();
    }
  }, 60_000);

  it('Cloudflare Worker: runs in workerd, Stripe’s fetch client sends the session to api.stripe.com', async () => {
    const result = await build({
      stdin: { contents: example('// src/worker.ts (Cloudflare Workers'), loader: 'ts', resolveDir: root },
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      conditions: ['workerd', 'worker', 'browser'],
      mainFields: ['module', 'main'],
      write: false,
      alias: { 'checkout-widget/server': join(root, 'dist/server.js') },
      logLevel: 'silent',
    });
    writeFileSync(join(dir, 'worker.mjs'), result.outputFiles[0]!.text);
    const outbound: { url: string; key: string | null; params: [string, string][] }[] = [];
    const mf = new Miniflare({
      modules: true,
      scriptPath: join(dir, 'worker.mjs'),
      modulesRoot: dir,
      compatibilityDate: '2025-07-01',
      bindings: { STRIPE_SECRET_KEY: 'sk_test_worker' },
      outboundService: async (request) => {
        outbound.push({ url: request.url, key: request.headers.get('idempotency-key'), params: [...new URLSearchParams(await request.text())] });
        return new Response(JSON.stringify({ id: 'cs_test_w', object: 'checkout.session', url: 'https://checkout.stripe.com/c/pay/cs_test_w' }), { headers: { 'content-type': 'application/json' } }) as never;
      },
    });
    try {
      const response = await mf.dispatchFetch('https://shop.example/checkout/session', { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': 'k-worker' }, body: JSON.stringify(mug('https://shop.example')) });
      expect(response.status).toBe(201);
      expect(await response.json()).toEqual({ url: 'https://checkout.stripe.com/c/pay/cs_test_w' });
      expect(outbound).toEqual([{ url: 'https://api.stripe.com/v1/checkout/sessions', key: 'k-worker', params: [['line_items[0][price]', 'price_mug'], ['line_items[0][quantity]', '2'], ['mode', 'payment'], ['success_url', 'https://shop.example/thanks?session={CHECKOUT_SESSION_ID}'], ['locale', 'auto']] }]);
      const trial = await mf.dispatchFetch('https://shop.example/checkout/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ line_items: [{ price: 'price_basic_monthly' }], mode: 'subscription', success_url: 'https://shop.example/thanks', subscription_data: { trial_period_days: 365 } }) });
      expect([trial.status, ((await trial.json()) as { error: { param: string } }).error.param]).toEqual([400, 'subscription_data.trial_period_days']);
      expect((await mf.dispatchFetch('https://shop.example/')).status).toBe(404);
      expect(outbound).toHaveLength(1);
    } finally {
      await mf.dispose();
    }
  }, 60_000);

  it('the webhook route fulfils a signed, paid checkout once and refuses a forged one', async () => {
    const { POST } = await load<{ POST: (request: Request) => Promise<Response> }>('webhook-route', example('// app/stripe/webhook/route.ts'));
    const signer = new Stripe('sk_test_signer');
    const payload = JSON.stringify({ id: 'evt_readme', object: 'event', type: 'checkout.session.completed', data: { object: { id: 'cs_test_paid', object: 'checkout.session', payment_status: 'paid' } } });
    const deliver = (body: string, secret = env.STRIPE_WEBHOOK_SECRET) => POST(new Request('https://shop.example/stripe/webhook', { method: 'POST', headers: { 'stripe-signature': signer.webhooks.generateTestHeaderString({ payload: body, secret }) }, body }));
    expect((await deliver(payload)).status).toBe(200);
    expect((await deliver(payload)).status).toBe(200);
    expect((await deliver(payload, 'whsec_forged')).status).toBe(400);
    expect((globalThis as unknown as { __fulfilled: string[] }).__fulfilled).toEqual(['cs_test_paid']);
  }, 60_000);

  it('the success page reads the session back from Stripe', async () => {
    fake.calls.length = 0;
    fake.replies.push({ status: 200, body: { id: 'cs_test_paid', object: 'checkout.session', payment_status: 'paid', customer_details: { name: 'Ada' } } });
    const { default: Thanks } = await load<{ default: (props: { searchParams: Promise<{ session?: string }> }) => Promise<import('react').ReactElement> }>('thanks-pagex', example('// app/thanks/page.tsx', 'tsx'));
    const html = renderToStaticMarkup(await Thanks({ searchParams: Promise.resolve({ session: 'cs_test_paid' }) }));
    expect(html).toBe('<p>Thank you, Ada: your order is confirmed.</p>');
    expect(fake.calls.map((call) => [call.method, call.path])).toEqual([['GET', '/v1/checkout/sessions/cs_test_paid']]);
    expect(renderToStaticMarkup(await Thanks({ searchParams: Promise.resolve({ session: 'javascript:alert(1)' }) }))).toBe('<p>We are confirming your payment.</p>');
    expect(fake.calls).toHaveLength(1);
  }, 60_000);

  it('the playground’s "Your backend route" snippet is the Next.js example, for the default endpoint', () => {
    const backend = buildSnippets(defaultConfig).find((snippet) => snippet.key === 'backend');
    expect(backend?.code).toBe(example('// app/checkout/session/route.ts (Next.js)\n'));
  });
});
