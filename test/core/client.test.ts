import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CheckoutError, createCheckoutSession, type CheckoutSessionParams, type ClientConfig } from '../../src/core';
import { startMockServer, type MockServer } from '../../src/mock';

const params: CheckoutSessionParams = {
  lineItems: [{ price: 'price_mug', quantity: 2, name: 'Mug', unitAmount: 1200 }],
  successUrl: '/thanks?session={CHECKOUT_SESSION_ID}',
  cancelUrl: '/cart',
};

let mock: MockServer;
let config: ClientConfig;
beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.handler.store.reset();
  config = { baseUrl: `${mock.url}/shop/`, retryDelayMs: 1 };
});

const withFault = (fault: string, extra: ClientConfig = {}): ClientConfig => ({ ...config, headers: { 'X-Mock-Fault': fault }, ...extra });
async function failure(promise: Promise<unknown>): Promise<CheckoutError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(CheckoutError);
  return error as CheckoutError;
}

describe('createCheckoutSession over real HTTP against the mock backend', () => {
  it('posts the exact body with JSON headers, a bearer token and an Idempotency-Key, and returns the hosted page', async () => {
    const session = await createCheckoutSession(params, { ...config, getAccessToken: async () => 'shopper-token-123' });
    const [stored] = mock.handler.store.list();
    expect(session.url).toBe(`${mock.url}/pay/${stored!.id}`);
    expect(session.requestId).toMatch(/^req_mock_/);
    expect(stored!.request).toEqual({
      line_items: [{ price: 'price_mug', quantity: 2 }],
      mode: 'payment',
      success_url: `${mock.url}/thanks?session={CHECKOUT_SESSION_ID}`,
      cancel_url: `${mock.url}/cart`,
      payment_method_types: ['card'],
      subscription_data: {},
    });
    expect(stored!.headers['content-type']).toBe('application/json');
    expect(stored!.headers.accept).toBe('application/json');
    expect(stored!.headers.authorization).toBe('Bearer shop••••');
    expect(stored!.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends extra headers from a function and posts to a custom endpoint', async () => {
    const seen: string[] = [];
    await createCheckoutSession(params, {
      ...config,
      endpoint: `${mock.url}/checkout/session?source=test`,
      headers: async () => ({ 'X-Shop': 'mugs' }),
      fetch: (input, init) => {
        seen.push(String(input));
        return fetch(input, init);
      },
    });
    expect(seen).toEqual([`${mock.url}/checkout/session?source=test`]);
    expect(mock.handler.store.list()[0]!.headers['x-shop']).toBe('mugs');
  });

  it('400: an http error with the server message, the request id, not retried', async () => {
    const error = await failure(createCheckoutSession({ ...params, lineItems: [{ price: 'price_x' }] }, withFault('status=400;message=This price is no longer available')));
    expect(error).toMatchObject({ kind: 'http', status: 400, serverMessage: 'This price is no longer available', retryable: false });
    expect(error.requestId).toMatch(/^req_mock_/);
    expect(mock.handler.store.list()).toHaveLength(0);
  });

  it('400 from real validation names the field', async () => {
    const spy = vi.fn(fetch);
    const error = await failure(
      createCheckoutSession(params, {
        ...config,
        fetch: (input, init) => spy(input, { ...init, body: JSON.stringify({ line_items: [{ price: 'p' }], mode: 'payment', subscription_data: {} }) }),
      }),
    );
    expect(error.serverMessage).toBe('success_url: is required');
    expect(error.issues).toEqual([{ path: 'success_url', message: 'success_url: is required' }]);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('401 is not retried', async () => {
    const spy = vi.fn(fetch);
    const error = await failure(createCheckoutSession(params, withFault('status=401', { fetch: spy })));
    expect(error).toMatchObject({ kind: 'http', status: 401, retryable: false });
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('429 honours Retry-After, then succeeds with the same Idempotency-Key', async () => {
    const keys: string[] = [];
    const times: number[] = [];
    const session = await createCheckoutSession(
      params,
      withFault('status=429;retry-after=1;times=1', {
        fetch: (input, init) => {
          keys.push(new Headers(init?.headers).get('idempotency-key')!);
          times.push(Date.now());
          return fetch(input, init);
        },
      }),
    );
    expect(session.url).toContain('/pay/');
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(950);
  });

  it('503 then success: one session, the same Idempotency-Key on both attempts', async () => {
    const keys: string[] = [];
    const session = await createCheckoutSession(
      params,
      withFault('status=503;times=1', {
        fetch: (input, init) => {
          keys.push(new Headers(init?.headers).get('idempotency-key')!);
          return fetch(input, init);
        },
      }),
    );
    expect(keys).toHaveLength(2);
    expect(new Set(keys).size).toBe(1);
    expect(mock.handler.store.list()).toHaveLength(1);
    expect(session.url).toBe(mock.handler.store.list()[0]!.url);
  });

  it('gives up after the configured retries on a persistent 503', async () => {
    const spy = vi.fn(fetch);
    const error = await failure(createCheckoutSession(params, withFault('status=503', { fetch: spy, retries: 2 })));
    expect(error).toMatchObject({ kind: 'http', status: 503, retryable: true });
    expect(spy).toHaveBeenCalledTimes(3);
  });

  it('500 is not retried automatically but is retryable by the shopper', async () => {
    const spy = vi.fn(fetch);
    const error = await failure(createCheckoutSession(params, withFault('status=500', { fetch: spy })));
    expect(error).toMatchObject({ kind: 'http', status: 500, retryable: true });
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('times out with kind "timeout"', async () => {
    const error = await failure(createCheckoutSession(params, withFault('delay=2000', { timeoutMs: 150 })));
    expect(error).toMatchObject({ kind: 'timeout', retryable: true });
  });

  it('a caller abort gives kind "aborted"', async () => {
    const controller = new AbortController();
    const pending = createCheckoutSession(params, withFault('delay=2000'), { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect((await failure(pending)).kind).toBe('aborted');
  });

  it('malformed JSON gives kind "response"', async () => {
    expect((await failure(createCheckoutSession(params, withFault('malformed')))).kind).toBe('response');
  });

  it('a 201 without url gives kind "response"', async () => {
    const error = await failure(createCheckoutSession(params, withFault('no-url')));
    expect(error.kind).toBe('response');
    expect(error.message).toContain('"url"');
  });

  it('returns an unsafe url untouched: refusing it is redirectToCheckout\'s job', async () => {
    const session = await createCheckoutSession(params, withFault('unsafe-url'));
    expect(session.url).toBe('javascript:alert(1)');
  });

  it('a dropped connection is retried, then reported as kind "network"', async () => {
    const spy = vi.fn(fetch);
    const error = await failure(createCheckoutSession(params, withFault('drop', { fetch: spy })));
    expect(error).toMatchObject({ kind: 'network', retryable: true });
    expect(spy).toHaveBeenCalledTimes(3);
  });

  it('connection refused on a closed port is kind "network"', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = (closed as Server).address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const error = await failure(createCheckoutSession(params, { ...config, endpoint: `http://127.0.0.1:${port}/checkout/session`, retries: 0 }));
    expect(error.kind).toBe('network');
  });

  it('an HTML error page never becomes the message', async () => {
    const error = await failure(createCheckoutSession(params, withFault('html;status=500')));
    expect(error.serverMessage).toBeUndefined();
    expect(error.message).not.toContain('<');
  });

  it('refuses to send a secret API key and warns once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const spy = vi.fn(fetch);
    const error = await failure(createCheckoutSession(params, { ...config, fetch: spy, getAccessToken: () => 'sk_live_abc123' }));
    expect(error.kind).toBe('validation');
    expect(error.message).toContain('secret API key');
    expect(spy).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it('validation errors throw before any request', async () => {
    const spy = vi.fn(fetch);
    const error = await failure(createCheckoutSession({ ...params, lineItems: [] }, { ...config, fetch: spy }));
    expect(error.kind).toBe('validation');
    expect(spy).not.toHaveBeenCalled();
  });

  it('refuses timings of the wrong type from untyped JavaScript before any request (no endless retries, no instant timeout)', async () => {
    const spy = vi.fn(fetch);
    const untyped = { ...config, fetch: spy, timeoutMs: 'soon', retries: 'many', retryDelayMs: -1 } as unknown as ClientConfig;
    const error = await failure(createCheckoutSession(params, untyped));
    expect(error.kind).toBe('validation');
    expect(error.retryable).toBe(false);
    expect(error.issues?.map((issue) => issue.path)).toEqual(['config.timeoutMs', 'config.retries', 'config.retryDelayMs']);
    expect(error.message).toContain('config.timeoutMs: must be a whole number of milliseconds, 0 or more');
    expect(spy).not.toHaveBeenCalled();
  });
});
