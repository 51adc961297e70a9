import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCheckoutHandler, forwardProvider, type ForwardProviderOptions } from '../../src/server';
import { ENDPOINT, documentBody, mugBody, tablePolicy } from './attackTable';

// An upstream /checkout/session on 127.0.0.1 (http is accepted on localhost only) answering what each test queues.
type Reply = (res: import('node:http').ServerResponse) => void;
let server: Server;
let upstream: string;
const received: { headers: IncomingHttpHeaders; body: string }[] = [];
const replies: Reply[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      (replies.shift() ?? ((out) => out.writeHead(201, { 'content-type': 'application/json' }).end('{"url":"https://pay.example/cs_up_1","id":"cs_up_1"}')))(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  upstream = `http://127.0.0.1:${(server.address() as AddressInfo).port}/checkout/session`;
}, 60_000);
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  received.length = 0;
  replies.length = 0;
});

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Reply => (res) => res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
const send = (options: Partial<ForwardProviderOptions> = {}, headers: Record<string, string> = {}, body: unknown = mugBody) =>
  createCheckoutHandler(tablePolicy(forwardProvider({ url: upstream, headers: { authorization: 'Bearer shop_server_token' }, ...options })))(
    new Request(ENDPOINT, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }),
  );

describe('forwardProvider', () => {
  it('sends the checked body with the shop’s token and the Idempotency-Key, never the browser’s cookies or Authorization', async () => {
    const response = await send({}, { cookie: 'session=alice; tracking=1', authorization: 'Bearer shopper_token', 'idempotency-key': 'k-1', 'accept-language': 'fr' }, documentBody);
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ url: 'https://pay.example/cs_up_1' });
    const [{ headers, body }] = received as [{ headers: IncomingHttpHeaders; body: string }];
    expect(headers.authorization).toBe('Bearer shop_server_token');
    expect(headers.cookie).toBeUndefined();
    expect(headers['idempotency-key']).toBe('k-1');
    expect(headers['accept-language']).toBe('fr');
    expect(headers['content-type']).toBe('application/json');
    expect(JSON.parse(body)).toEqual({ ...documentBody, customer: 'cus_alice' });
  });

  it('getHeaders per request, merged over headers', async () => {
    await send({ getHeaders: async () => ({ authorization: 'Bearer fresh', 'x-tenant': 'shop-1' }) });
    expect(received[0]!.headers.authorization).toBe('Bearer fresh');
    expect(received[0]!.headers['x-tenant']).toBe('shop-1');
  });

  it.each([
    ['Stripe', json(400, { error: { message: 'No such price', param: 'line_items[0].price', code: 'resource_missing' } }), 400, { message: 'No such price', param: 'line_items[0].price', code: 'resource_missing' }],
    ['Connhex gateway errors[]', json(422, { errors: [{ detail: 'Quantity too large', source: { pointer: '/line_items/0/quantity' } }] }), 422, { message: 'Quantity too large', param: 'line_items[0].quantity' }],
    ['google.rpc.Status', json(400, { code: 3, message: 'invalid currency', details: [{ '@type': 'type.googleapis.com/google.rpc.BadRequest', fieldViolations: [{ field: 'currency', description: 'bad' }] }] }), 400, { message: 'invalid currency', param: 'currency' }],
    ['plain text', (res: import('node:http').ServerResponse) => res.writeHead(409, { 'content-type': 'text/plain' }).end('Cart changed, reload'), 409, { message: 'Cart changed, reload' }],
    ['an HTML error page', (res: import('node:http').ServerResponse) => res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>'), 404, { message: 'The checkout session was refused' }],
    ['a refused server token (a setup fault, message withheld)', json(401, { error: { message: 'token sk_live_abcdef123456 expired' } }), 500, { message: 'The shop’s payment setup is incomplete; please contact the shop', code: 'provider_setup' }],
    ['an upstream crash', json(500, { error: { message: 'NullPointerException at Foo.java:12' } }), 502, { message: 'The payment service failed; try again' }],
  ] as const)('maps a %s error', async (_name, reply, status, error) => {
    replies.push(reply);
    const response = await send();
    expect(response.status).toBe(status);
    const body = (await response.json()) as { error: Record<string, unknown> };
    expect(body.error).toEqual({ type: status >= 500 ? 'api_error' : 'invalid_request_error', ...error });
  });

  it('429 and 503 keep Retry-After', async () => {
    replies.push(json(429, { error: { message: 'Slow down' } }, { 'retry-after': '7' }), json(503, {}, { 'retry-after': '2' }));
    const limited = await send();
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '7']);
    const unavailable = await send();
    expect([unavailable.status, unavailable.headers.get('retry-after')]).toEqual([503, '2']);
  });

  it.each([
    ['a javascript: url', '{"url":"javascript:alert(1)"}'],
    ['an http url', '{"url":"http://pay.example/cs_1"}'],
    ['no url', '{"id":"cs_1"}'],
    ['broken JSON', '{"url": "https://'],
  ])('a 201 with %s is a 502, not a redirect', async (_name, text) => {
    replies.push((res) => res.writeHead(201, { 'content-type': 'application/json' }).end(text));
    const response = await send();
    expect(response.status).toBe(502);
    expect(await response.text()).not.toContain('javascript');
  });

  it('reads at most maxResponseBytes of the upstream answer', async () => {
    replies.push((res) => {
      res.writeHead(201, { 'content-type': 'application/json' });
      res.write(`{"url":"https://pay.example/${'x'.repeat(70 * 1024)}`);
      res.end('"}');
    });
    expect((await send()).status).toBe(502);
  });

  it('gives up after timeoutMs with 504', async () => {
    replies.push((res) => setTimeout(() => res.writeHead(201).end('{"url":"https://pay.example/late"}'), 2000));
    const started = Date.now();
    const response = await send({ timeoutMs: 200 });
    expect(response.status).toBe(504);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('refuses an upstream url that is not https, or has credentials in it', () => {
    expect(() => forwardProvider({ url: 'http://pay.example/checkout/session' })).toThrow('forwardProvider: url must be an absolute https URL such as "https://pay.example/checkout/session" (got "http://pay.example/checkout/session"); the body and your token must not travel in clear text');
    expect(() => forwardProvider({ url: 'https://user:secret@pay.example/checkout/session' })).toThrow('forwardProvider: put credentials in `headers`, not in the url');
  });

  it('a refused body is never forwarded', async () => {
    expect((await send({}, {}, { ...mugBody, success_url: 'https://evil.example/' })).status).toBe(400);
    expect(received).toEqual([]);
  });
});
