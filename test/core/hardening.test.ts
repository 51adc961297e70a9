// Issue #15: a hostile backend and a hostile page against core's request and redirect steps.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkRedirectUrl, checkWireBody, CheckoutError, createCheckoutSession, idempotencyKeyFor, looksLikeSecretKey, redirectToCheckout, type ClientConfig } from '../../src/core';
import { created, recordingFetch, stripeError } from '../react/helpers';

const params = { lineItems: [{ price: 'price_mug' }], successUrl: 'https://shop.example/thanks' };
const config = (fetch: typeof globalThis.fetch, extra: ClientConfig = {}): ClientConfig => ({ fetch, baseUrl: 'https://shop.example/cart', retryDelayMs: 1, ...extra });

async function failure(promise: Promise<unknown>): Promise<CheckoutError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(CheckoutError);
  return error as CheckoutError;
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});
async function serve(handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('one checked URL, navigated as checked', () => {
  it.each([
    ['http: without slashes', 'http:localhost:4010/pay/x'],
    ['https: without slashes', 'https:pay.example/x'],
    ['a single slash', 'https:/pay.example/x'],
    ['a backslash host', 'https:\\\\pay.example/x'],
    ['user info', 'https://shop.example@evil.example/pay'],
    ['user and password', 'https://user:pass@pay.example/pay'],
    ['leading space', ' https://pay.example/x'],
    ['javascript: in caps', 'JAVASCRIPT:alert(1)'],
  ])('refuses %s', (_name, url) => {
    const location = { assign: vi.fn() };
    expect(() => redirectToCheckout(url, { location })).toThrow(CheckoutError);
    expect(location.assign).not.toHaveBeenCalled();
  });

  it('navigates to the normalized string it checked, not the raw one', () => {
    const location = { assign: vi.fn() };
    redirectToCheckout('HTTPS://Pay.Example:443/c/a b?x=1#frag', { location });
    expect(location.assign).toHaveBeenCalledWith('https://pay.example/c/a%20b?x=1#frag');
  });

  it('checks the length once encoded', () => {
    const raw = `https://pay.example/${'é'.repeat(1000)}`; // 1020 characters as written, 6020 encoded
    expect(raw.length).toBeLessThan(5000);
    expect(() => checkRedirectUrl(raw)).toThrow(/at most 5000 characters \(got 6020 once encoded\)/);
  });

  it('compares normalized origins with a normalized allow-list', () => {
    expect(checkRedirectUrl('https://pay.example/c/1', ['HTTPS://PAY.EXAMPLE:443/'])).toBe('https://pay.example/c/1');
    expect(() => checkRedirectUrl('https://pay.example:8443/c/1', ['https://pay.example'])).toThrow(/not in allowedRedirectOrigins/);
  });

  it('an empty allow-list is a setup error: no request is sent and every redirect is refused', async () => {
    const { fetch, requests } = recordingFetch();
    const error = await failure(createCheckoutSession(params, config(fetch, { allowedRedirectOrigins: [] })));
    expect(error.kind).toBe('validation');
    expect(error.issues).toEqual([{ path: 'allowedRedirectOrigins', message: 'must list at least one origin such as "https://checkout.stripe.com"' }]);
    expect(requests).toHaveLength(0);
    expect(() => checkRedirectUrl('https://pay.example/x', [])).toThrow(/allowedRedirectOrigins is empty/);
  });

  it('an allow-list entry that is not an origin is a setup error', async () => {
    const { fetch, requests } = recordingFetch();
    const error = await failure(createCheckoutSession(params, config(fetch, { allowedRedirectOrigins: ['pay.example'] })));
    expect(error.message).toContain('"pay.example", which is not an origin');
    expect(requests).toHaveLength(0);
  });
});

describe('the POST never follows a redirect', () => {
  it('a 307 to another origin is refused once, without a retry, and the other origin hears nothing', async () => {
    let elsewhere = 0;
    const other = await serve((_request, response) => {
      elsewhere++;
      response.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ url: 'https://evil.example/pay' }));
    });
    let posts = 0;
    const shop = await serve((_request, response) => {
      posts++;
      response.writeHead(307, { location: `${other}/checkout/session` }).end();
    });
    const error = await failure(createCheckoutSession(params, { endpoint: `${shop}/checkout/session`, baseUrl: shop, retryDelayMs: 1, headers: { 'X-Shop-Token': 't' } }));
    expect(error.kind).toBe('validation');
    expect(error.retryable).toBe(false);
    expect(error.message).toBe('POST /checkout/session answered with a redirect, which the widget does not follow (it would send the body and headers elsewhere): set config.endpoint to the final URL');
    expect(posts).toBe(1);
    expect(elsewhere).toBe(0);
  });

  it("asks fetch for redirect: 'manual' and treats a browser's opaqueredirect the same way", async () => {
    const inits: RequestInit[] = [];
    const fetch = (async (_input: RequestInfo | URL, init: RequestInit = {}) => {
      inits.push(init);
      return Object.assign(new Response(null, { status: 200 }), {}) && ({ type: 'opaqueredirect', status: 0, ok: false, headers: new Headers() } as Response);
    }) as typeof globalThis.fetch;
    const error = await failure(createCheckoutSession(params, config(fetch)));
    expect(inits).toHaveLength(1);
    expect(inits[0]!.redirect).toBe('manual');
    expect(error.issues?.[0]?.path).toBe('endpoint');
  });
});

describe('every wait has a bound', () => {
  const never = () => new Promise<never>(() => {});

  it.each([
    ['getAccessToken never settles', { getAccessToken: never }],
    ['headers() never settles', { headers: never }],
  ])('%s: the request times out within timeoutMs', async (_name, extra) => {
    const { fetch, requests } = recordingFetch();
    const error = await failure(createCheckoutSession(params, config(fetch, { timeoutMs: 50, retries: 0, ...extra } as ClientConfig)));
    expect(error.kind).toBe('timeout');
    expect(requests).toHaveLength(0);
  }, 10_000);

  it('a host fetch that drops the signal and never answers still times out (a timeout is not retried: its outcome is unknown)', async () => {
    const keys: string[] = [];
    const fetch = ((_input: RequestInfo | URL, init: RequestInit = {}) => {
      keys.push(new Headers(init.headers).get('idempotency-key')!);
      return never();
    }) as typeof globalThis.fetch;
    const error = await failure(createCheckoutSession(params, config(fetch, { timeoutMs: 40, retries: 1 })));
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe('POST /checkout/session did not answer within 0 s');
    expect(keys).toHaveLength(1);
  }, 10_000);

  it('a host headers() that throws is a setup error, not a network failure to retry', async () => {
    const { fetch, requests } = recordingFetch();
    const error = await failure(createCheckoutSession(params, config(fetch, { headers: () => { throw new Error('no token store'); } })));
    expect(error.kind).toBe('validation');
    expect(error.message).toContain('no token store');
    expect(requests).toHaveLength(0);
  });
});

describe('every read has a size limit', () => {
  it('a 20 MB error body is read only up to 64 KB and its message shown clipped to 300 characters', async () => {
    // The server streams 20 MB in 16 KB pieces, waiting for each to drain, and stops when the client hangs up.
    let written = 0;
    let closed = false;
    const origin = await serve(async (_request, response) => {
      response.writeHead(400, { 'content-type': 'application/json' });
      response.on('close', () => (closed = true));
      response.write('{"error":{"message":"');
      const piece = 'x'.repeat(16 * 1024);
      while (!closed && written < 20 * 1024 * 1024) {
        written += piece.length;
        if (!response.write(piece)) await new Promise((resolve) => { response.once('drain', resolve); response.once('close', resolve); });
      }
      if (!closed) response.end('"}}');
    });
    const error = await failure(createCheckoutSession(params, { endpoint: `${origin}/checkout/session`, baseUrl: origin, retries: 0 }));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(400);
    // 64 KB of a JSON body is not JSON: the shopper gets the localised sentence, never 5 MB of text.
    expect(error.serverMessage).toBeUndefined();
    expect(error.message).toBe('POST /checkout/session answered 400 Bad Request');
    await vi.waitFor(() => expect(closed).toBe(true), { timeout: 5000 });
    // Kernel socket buffers on loopback hold a few MB; the point is that the client hung up long before the end.
    expect(written).toBeLessThan(10 * 1024 * 1024);
  }, 20_000);

  it('a long server message is clipped to 300 characters for the shopper and kept whole for logs', async () => {
    const long = `Price price_mug is archived. ${'Details. '.repeat(100)}`.trim();
    const { fetch } = recordingFetch(() => stripeError(400, long));
    const error = await failure(createCheckoutSession(params, config(fetch)));
    expect(error.serverMessage!.length).toBeGreaterThan(290);
    expect(error.serverMessage!.length).toBeLessThanOrEqual(300);
    expect(error.serverMessage!.endsWith('…')).toBe(true);
    expect(error.message).toContain(long);
  });

  it('a 2xx answer over 64 KB is a response error, not parsed', async () => {
    const { fetch } = recordingFetch(() => new Response(JSON.stringify({ url: 'https://pay.example/x', pad: 'p'.repeat(70_000) }), { status: 201 }));
    const error = await failure(createCheckoutSession(params, config(fetch, { retries: 0 })));
    expect(error.kind).toBe('response');
  });
});

describe('messages name the endpoint by its path, never its query string', () => {
  it('POST /api/checkout/session answered 404 Not Found', async () => {
    const { fetch } = recordingFetch(() => new Response('nope', { status: 404, statusText: '' }));
    const error = await failure(createCheckoutSession(params, config(fetch, { endpoint: '/api/checkout/session?token=abc123' })));
    expect(error.message).toBe('POST /api/checkout/session answered 404 Not Found: nope');
    expect(error.message).not.toContain('abc123');
  });
});

describe('setup checks', () => {
  it.each([
    ['Basic base64 of a secret key', `Basic ${btoa('sk_live_51Habc:')}`],
    ['Bearer_ separator', 'Bearer_sk_live_51Habc'],
    ['a restricted key', 'rk_live_51Habc'],
    ['a webhook secret', 'whsec_abc123'],
    ['percent-encoded', 'key%3Dsk_live_51Habc'],
  ])('finds %s', (_name, value) => {
    expect(looksLikeSecretKey(value)).toBe(true);
  });

  it.each([['a publishable key', 'pk_live_51Habc'], ['a shopper token', 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.abc'], ['a word ending in sk', 'task_live_now']])('does not flag %s', (_name, value) => {
    expect(looksLikeSecretKey(value)).toBe(false);
  });

  it.each([
    ['a secret key in the query string', '/checkout/session?key=sk_live_51Habc', 'looks like it carries a secret API key'],
    ['user:pass@ in the endpoint', 'https://user:pass@shop.example/checkout/session', 'must not contain a user name or password'],
    ['http: from an https: page', 'http://api.shop.example/checkout/session', 'must use https: on an https: page'],
    ['a non-http scheme', 'ftp://shop.example/x', 'must be an https URL or a path'],
  ])('refuses %s before sending anything', async (_name, endpoint, message) => {
    const { fetch, requests } = recordingFetch();
    const error = await failure(createCheckoutSession(params, config(fetch, { endpoint })));
    expect(error.kind).toBe('validation');
    expect(error.issues).toEqual([{ path: 'endpoint', message }]);
    expect(error.message).not.toContain('pass@');
    expect(requests).toHaveLength(0);
  });

  it('a Basic header carrying a secret key is refused before sending', async () => {
    const { fetch, requests } = recordingFetch();
    const error = await failure(createCheckoutSession(params, config(fetch, { headers: { Authorization: `Basic ${btoa('sk_live_51Habc:')}` } })));
    expect(error.issues?.[0]).toEqual({ path: 'getAccessToken', message: 'looks like a secret API key' });
    expect(requests).toHaveLength(0);
  });
});

describe('one idempotency key per body', () => {
  it('click, reload, click: the key kept in sessionStorage is reused for the same body for 24 h', async () => {
    const store = new Map<string, string>();
    vi.stubGlobal('sessionStorage', {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => void store.set(key, value),
      removeItem: (key: string) => void store.delete(key),
      key: (index: number) => [...store.keys()][index] ?? null,
      get length() {
        return store.size;
      },
    });
    try {
      const { fetch, requests } = recordingFetch(() => created());
      await createCheckoutSession(params, config(fetch));
      await createCheckoutSession(params, config(fetch)); // after a reload: only sessionStorage remembers
      await createCheckoutSession({ ...params, lineItems: [{ price: 'price_mug', quantity: 2 }] }, config(fetch));
      const keys = requests.map((request) => request.headers.get('idempotency-key'));
      expect(keys[1]).toBe(keys[0]);
      expect(keys[2]).not.toBe(keys[0]);
      expect(store.size).toBe(2);
      const day = 24 * 60 * 60 * 1000;
      const json = JSON.stringify({ a: 1 });
      const first = idempotencyKeyFor(json, 1_000);
      expect(idempotencyKeyFor(json, 1_000 + day - 1)).toBe(first);
      expect(idempotencyKeyFor(json, 1_000 + day)).not.toBe(first);
      // The body itself (which may name a customer) is never stored.
      expect([...store.values()].join()).not.toContain('price_mug');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('a definitive refusal drops the key: the next try after the shop fixes it is a new request', async () => {
    const { fetch, requests } = recordingFetch((_request, index) => (index === 0 ? stripeError(400, 'No such price') : created()));
    await failure(createCheckoutSession(params, config(fetch)));
    await createCheckoutSession(params, config(fetch));
    expect(requests[1]!.headers.get('idempotency-key')).not.toBe(requests[0]!.headers.get('idempotency-key'));
  });
});

describe('wire rules (mutation survivor)', () => {
  it('allow_promotion_codes: false together with discounts is refused too (Stripe rejects both present)', () => {
    const body = { line_items: [{ price: 'price_1', quantity: 1 }], mode: 'payment', success_url: 'https://shop.example/t', subscription_data: {}, discounts: [{ coupon: 'SUMMER' }] };
    expect(checkWireBody({ ...body, allow_promotion_codes: false }).map((issue) => issue.message)).toEqual(['cannot be used together with discounts: remove one of them']);
    expect(checkWireBody(body)).toEqual([]);
  });
});
