import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMockCheckoutHandler, parseFault, startMockServer, type MockServer } from '../../src/mock';

const body = {
  line_items: [{ price: 'price_basic_monthly', quantity: 1 }, { price: 'price_setup_fee', quantity: 1, adjustable_quantity: { enabled: true, minimum: 1, maximum: 10 } }],
  mode: 'subscription',
  success_url: 'https://shop.example/thanks?session={CHECKOUT_SESSION_ID}',
  cancel_url: 'https://shop.example/cart',
  allow_promotion_codes: true,
  payment_method_types: ['card', 'paypal'],
  currency: 'eur',
  subscription_data: { trial_period_days: 14 },
};

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer();
});
afterAll(() => server.close());
beforeEach(() => server.handler.store.reset());

const post = (payload: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/checkout/session`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof payload === 'string' ? payload : JSON.stringify(payload) });

describe('mock backend over node:http', () => {
  it('201 with a hosted page url for the API document example; the session is stored as sent', async () => {
    const response = await post(body, { 'idempotency-key': 'k1', authorization: 'Bearer tok_abcdef' });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-request-id')).toMatch(/^req_mock_\d+$/);
    const { url } = (await response.json()) as { url: string };
    expect(url).toMatch(new RegExp(`^${server.url}/pay/cs_test_\\w+$`));
    const id = url.split('/').pop();
    const stored = await (await fetch(`${server.url}/checkout/session/${id}`)).json();
    expect(stored).toMatchObject({ id, status: 'open', request: body, idempotencyKey: 'k1' });
    expect(stored.headers.authorization).toBe('Bearer tok_••••');
  });

  it('400 naming success_url when it is missing', async () => {
    const { success_url: _, ...rest } = body;
    const response = await post(rest);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { type: 'invalid_request_error', message: 'success_url: is required', param: 'success_url' } });
  });

  it('400 naming both allow_promotion_codes and discounts', async () => {
    const response = await post({ ...body, discounts: [{ coupon: 'SUMMER' }] });
    const { error } = (await response.json()) as { error: { message: string; param: string } };
    expect(response.status).toBe(400);
    expect(error.param).toBe('allow_promotion_codes');
    expect(error.message).toContain('allow_promotion_codes');
    expect(error.message).toContain('discounts');
  });

  it('400 on a display-only field that leaked onto the wire', async () => {
    const response = await post({ ...body, line_items: [{ price: 'p', name: 'Mug' }] });
    expect((await response.json()).error.param).toBe('line_items[0].name');
  });

  it('400 on invalid JSON, 415 on non-JSON, 413 over 100 KB, 405 on GET', async () => {
    expect((await post('{"line_items":')).status).toBe(400);
    expect((await fetch(`${server.url}/checkout/session`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' })).status).toBe(415);
    expect((await post({ ...body, expand: ['x'.repeat(110 * 1024)] })).status).toBe(413);
    const get = await fetch(`${server.url}/checkout/session`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST, OPTIONS');
  });

  it('the same Idempotency-Key returns the same session; a different body with it is 409', async () => {
    const first = await (await post(body, { 'idempotency-key': 'same' })).json();
    const second = await (await post(body, { 'idempotency-key': 'same' })).json();
    expect(second.url).toBe(first.url);
    expect(server.handler.store.list()).toHaveLength(1);
    expect((await post({ ...body, currency: 'usd' }, { 'idempotency-key': 'same' })).status).toBe(409);
  });

  it('the hosted page: Pay goes to the success URL with the session id, Cancel to the cancel URL', async () => {
    const { url } = await (await post(body)).json();
    const page = await (await fetch(url)).text();
    expect(page).toContain('<button class="pay" type="submit">Pay</button>');
    expect(page).toContain('price_setup_fee');
    const id = url.split('/').pop();
    const pay = await fetch(`${url}/complete`, { method: 'POST', redirect: 'manual' });
    expect(pay.status).toBe(303);
    expect(pay.headers.get('location')).toBe(`https://shop.example/thanks?session=${id}`);
    const cancel = await fetch(`${url}/cancel`, { method: 'POST', redirect: 'manual' });
    expect(cancel.headers.get('location')).toBe('https://shop.example/cart');
    expect((await (await fetch(`${server.url}/checkout/session/${id}`)).json()).status).toBe('canceled');
  });

  it('escapes what it echoes into the hosted page', async () => {
    const { url } = await (await post({ ...body, success_url: 'https://shop.example/"><script>alert(1)</script>' })).json();
    const page = await (await fetch(url)).text();
    expect(page).not.toContain('<script>');
  });

  it('CORS: answers preflight for a localhost storefront on another port, not for other origins', async () => {
    const preflight = await fetch(`${server.url}/checkout/session`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,idempotency-key' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Idempotency-Key');
    const foreign = await fetch(`${server.url}/checkout/session`, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('faults per request: status with Retry-After, times per Idempotency-Key, query form', async () => {
    const limited = await post(body, { 'x-mock-fault': 'status=429;retry-after=3' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
    const headers = { 'x-mock-fault': 'status=503;times=1', 'idempotency-key': 'k-503' };
    expect((await post(body, headers)).status).toBe(503);
    expect((await post(body, headers)).status).toBe(201);
    const viaQuery = await fetch(`${server.url}/checkout/session?fault=unsafe-url`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(await viaQuery.json()).toEqual({ url: 'javascript:alert(1)' });
    expect(await (await post(body, { 'x-mock-fault': 'no-url' })).json()).toEqual({ id: 'cs_test_no_url' });
    expect(await (await post(body, { 'x-mock-fault': 'malformed' })).text()).toBe('{"url": "https://');
    await expect(post(body, { 'x-mock-fault': 'drop' })).rejects.toThrow();
  });

  it('a handler-wide fault option, and the fetch-style handler without a server', async () => {
    const handler = createMockCheckoutHandler({ fault: 'status=500' });
    const response = await handler(new Request('http://127.0.0.1/checkout/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }));
    expect(response.status).toBe(500);
    expect(parseFault('delay=3000;status=503;times=1')).toEqual({ delayMs: 3000, status: 503, times: 1 });
    expect(() => parseFault('explode')).toThrow('Unknown mock fault "explode"');
    expect((await post(body, { 'x-mock-fault': 'explode' })).status).toBe(400);
  });

  it('is createCheckoutHandler with a permissive demo policy: any price, any redirect origin, but no cross-origin POST from a foreign site', async () => {
    const anything = await post({ ...body, line_items: [{ price: 'price_made_up', quantity: 5000 }, { price: 'price_made_up', quantity: 5000 }], mode: 'payment', subscription_data: {}, expand: ['payment_intent'], customer: 'cus_1' });
    expect(anything.status).toBe(201);
    const csrf = await post(body, { origin: 'https://evil.example' });
    expect(csrf.status).toBe(403);
    expect((await csrf.json()).error).toEqual({ type: 'invalid_request_error', message: 'Cross-origin request refused: https://evil.example is not an allowed origin', param: 'Origin' });
    expect((await post(body, { origin: 'http://localhost:5173' })).status).toBe(201);
    await expect((await post(body, { 'idempotency-key': 'has spaces' })).json()).resolves.toMatchObject({ error: { param: 'Idempotency-Key' } });
    expect(server.handler.store.list()).toHaveLength(2);
  });
});
