import { describe, expect, it, vi } from 'vitest';
import { CheckoutProviderError, createCheckoutHandler, localeFromAcceptLanguage, type CheckoutHandlerOptions, type CheckoutProvider } from '../../src/server';
import { toWireParam } from '../../src/server/providers/stripeErrors';
import { ENDPOINT, PARTNER, SHOP, documentBody, mugBody, tablePolicy } from './attackTable';

function recording(answer: CheckoutProvider['createSession'] = async () => ({ url: 'https://checkout.stripe.com/c/pay/cs_1', id: 'cs_1' })) {
  const calls: unknown[] = [];
  const provider: CheckoutProvider = { createSession: (body, context) => (calls.push(body), answer(body, context)) };
  return { provider, calls };
}
const post = (handler: (request: Request) => Promise<Response>, body: unknown = mugBody, headers: Record<string, string> = {}) =>
  handler(new Request(ENDPOINT, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }));

describe('createCheckoutHandler', () => {
  it('413 from a streamed body without reading past the limit: the stream is cancelled', async () => {
    let pulled = 0;
    let cancelled = false;
    const chunk = new TextEncoder().encode(`{"expand":["${'x'.repeat(8 * 1024)}`);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.byteLength;
        controller.enqueue(chunk); // an endless body: only a cancel ends it
      },
      cancel() {
        cancelled = true;
      },
    });
    const { provider, calls } = recording();
    const request = new Request(ENDPOINT, { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit);
    const response = await createCheckoutHandler(tablePolicy(provider))(request);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: { type: 'invalid_request_error', message: 'The body is over 32 KB', param: 'body' } });
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThanOrEqual(32 * 1024 + 2 * chunk.byteLength);
    expect(calls).toEqual([]);
  });

  it('413 from Content-Length alone, before reading anything; maxBodyBytes sets the limit', async () => {
    const handler = createCheckoutHandler({ ...tablePolicy(recording().provider), maxBodyBytes: 100 });
    const body = new ReadableStream<Uint8Array>({ pull: () => { throw new Error('read'); } });
    const response = await handler(new Request(ENDPOINT, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '101' }, body, duplex: 'half' } as RequestInit));
    expect(response.status).toBe(413);
    expect((await response.json()).error.message).toBe('The body is over 100 bytes');
  });

  it('CORS: answers the preflight of an allowed origin, refuses others, and marks allowed answers', async () => {
    const handler = createCheckoutHandler(tablePolicy(recording().provider));
    const preflight = await handler(new Request(ENDPOINT, { method: 'OPTIONS', headers: { origin: PARTNER, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,idempotency-key' } }));
    expect(preflight.status).toBe(204);
    expect(Object.fromEntries([...preflight.headers].filter(([name]) => name.startsWith('access-control') || name === 'vary'))).toEqual({
      'access-control-allow-origin': PARTNER,
      'access-control-allow-credentials': 'true',
      'access-control-allow-methods': 'POST, OPTIONS',
      'access-control-allow-headers': 'Content-Type, Accept, Accept-Language, Authorization, Idempotency-Key',
      'access-control-expose-headers': 'X-Request-Id, Retry-After',
      'access-control-max-age': '600',
      vary: 'Origin',
    });
    const foreign = await handler(new Request(ENDPOINT, { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } }));
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    const allowed = await post(handler, mugBody, { origin: PARTNER });
    expect(allowed.status).toBe(201);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(PARTNER);
    const same = await post(handler, mugBody, { origin: SHOP });
    expect(same.status).toBe(201);
    expect(same.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('without publicOrigin the request’s own origin is the shop’s: its success_url passes, another does not', async () => {
    const { publicOrigin: _, ...options } = tablePolicy(recording().provider);
    const handler = createCheckoutHandler(options);
    const here = (success_url: string) => handler(new Request('https://api.shop.example/checkout/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...mugBody, success_url }) }));
    expect((await here('https://api.shop.example/thanks?id={CHECKOUT_SESSION_ID}')).status).toBe(201);
    expect((await here('https://shop.example/thanks')).status).toBe(400);
    expect((await here('https://partner.example/thanks')).status).toBe(201); // allowedOrigins are redirect origins too
  });

  it('a list of price ids: one-time prices, quantities 1 to 99, mode payment', async () => {
    const { provider, calls } = recording();
    const handler = createCheckoutHandler({ provider, prices: ['price_mug'], publicOrigin: SHOP });
    expect((await post(handler, { ...mugBody, line_items: [{ price: 'price_mug', quantity: 99 }] })).status).toBe(201);
    expect((await (await post(handler, { ...mugBody, line_items: [{ price: 'price_mug', quantity: 100 }] })).json()).error.param).toBe('line_items[0].quantity');
    expect((await (await post(handler, { ...documentBody, line_items: [{ price: 'price_mug' }] })).json()).error.param).toBe('mode');
    expect(calls).toHaveLength(1);
  });

  it('resolvePrice looks each distinct price up once, with the request', async () => {
    const { provider } = recording();
    const resolvePrice = vi.fn(async (id: string) => (id === 'price_db' ? { maxQuantity: 5 } : undefined));
    const handler = createCheckoutHandler({ provider, resolvePrice, publicOrigin: SHOP });
    const response = await post(handler, { ...mugBody, line_items: [{ price: 'price_db', quantity: 2 }, { price: 'price_db', quantity: 3 }] });
    expect(response.status).toBe(201);
    expect(resolvePrice).toHaveBeenCalledTimes(1);
    expect(resolvePrice.mock.calls[0]![0]).toBe('price_db');
  });

  it('allowPromotionCodes: false refuses the field; minQuantity refuses adjustable minimums below it', async () => {
    const handler = createCheckoutHandler({ ...tablePolicy(recording().provider), allowPromotionCodes: false, prices: { price_mug: { minQuantity: 2 } } });
    expect((await (await post(handler, { ...mugBody, allow_promotion_codes: true })).json()).error.param).toBe('allow_promotion_codes');
    const low = await post(handler, { ...mugBody, line_items: [{ price: 'price_mug', quantity: 2, adjustable_quantity: { enabled: true, minimum: 1, maximum: 5 } }] });
    expect((await low.json()).error).toEqual({ type: 'invalid_request_error', message: 'line_items[0].adjustable_quantity.minimum: must be at least 2', param: 'line_items[0].adjustable_quantity.minimum' });
  });

  it('currencies may be listed in capitals', async () => {
    const handler = createCheckoutHandler({ ...tablePolicy(recording().provider), currencies: ['EUR'] });
    expect((await post(handler, { ...mugBody, currency: 'eur' })).status).toBe(201);
    expect((await (await post(handler, { ...mugBody, currency: 'usd' })).json()).error).toEqual({ type: 'invalid_request_error', message: 'currency: must be one of "eur"', param: 'currency' });
  });

  it('onSession sees the checked body and the session; its failure does not stop the shopper', async () => {
    const onSession = vi.fn(async () => {
      throw new Error('log sink down');
    });
    const onError = vi.fn();
    const response = await post(createCheckoutHandler({ ...tablePolicy(recording().provider), onSession, onError }), mugBody, { cookie: 'session=alice' });
    expect(response.status).toBe(201);
    expect(onSession).toHaveBeenCalledWith(expect.objectContaining({ body: { ...mugBody, customer: 'cus_alice' }, session: { url: 'https://checkout.stripe.com/c/pay/cs_1', id: 'cs_1' } }));
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('a provider’s CheckoutProviderError is answered as it says; any other exception is a 502 that leaks nothing', async () => {
    const refusing = recording(async () => {
      throw new CheckoutProviderError(429, 'Busy', { retryAfter: 4 });
    });
    const busy = await post(createCheckoutHandler(tablePolicy(refusing.provider)));
    expect([busy.status, busy.headers.get('retry-after')]).toEqual([429, '4']);
    const onError = vi.fn();
    const crashing = recording(async () => {
      throw new Error('connect ECONNREFUSED with key sk_live_123456789');
    });
    const crashed = await post(createCheckoutHandler({ ...tablePolicy(crashing.provider), onError }));
    expect(crashed.status).toBe(502);
    expect(await crashed.json()).toEqual({ error: { type: 'api_error', message: 'The payment provider could not create the session; try again' } });
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('a failing hook (resolvePrice, authorize) is a 503 the widget may retry; the provider is not called', async () => {
    const { provider, calls } = recording();
    const onError = vi.fn();
    const down = async () => {
      throw new Error('ECONNREFUSED postgres://admin:hunter2@db');
    };
    for (const options of [{ resolvePrice: down, prices: undefined }, { authorize: down }]) {
      const response = await post(createCheckoutHandler({ ...tablePolicy(provider), ...options, onError }));
      expect([response.status, response.headers.get('retry-after')]).toEqual([503, '1']);
      expect(await response.json()).toEqual({ error: { type: 'api_error', message: 'Checkout is unavailable for a moment; try again' } });
    }
    expect(onError).toHaveBeenCalledTimes(2);
    expect(calls).toEqual([]);
  });

  it('a provider url that is not https is never handed to the widget', async () => {
    const unsafe = recording(async () => ({ url: 'javascript:alert(1)' }));
    const response = await post(createCheckoutHandler(tablePolicy(unsafe.provider)));
    expect(response.status).toBe(502);
  });

  it('requestId names every answer', async () => {
    const response = await post(createCheckoutHandler({ ...tablePolicy(recording().provider), requestId: () => 'req_custom' }), { nope: 1 });
    expect(response.headers.get('x-request-id')).toBe('req_custom');
  });

  it('says what is missing when set up wrongly', () => {
    const { provider } = recording();
    expect(() => createCheckoutHandler({ provider } as CheckoutHandlerOptions)).toThrow('createCheckoutHandler: give `prices` (a list of price ids or a map id → rule) or `resolvePrice(id)`: without a catalogue a shopper could buy any price of your account');
    expect(() => createCheckoutHandler({ prices: [] } as unknown as CheckoutHandlerOptions)).toThrow('createCheckoutHandler: `provider` is required');
    expect(() => createCheckoutHandler({ provider, prices: [], publicOrigin: 'shop.example' })).toThrow('publicOrigin must be an http(s) origin');
  });
});

describe('Stripe details', () => {
  it.each([
    ['de-AT,de;q=0.9,en;q=0.5', 'de'],
    ['es-MX', 'es-419'],
    ['pt-BR', 'pt-BR'],
    ['zh-Hant-TW', 'zh-TW'],
    ['nn-NO', 'nb'],
    ['xx, fr;q=0.1', 'fr'],
    ['en;q=0.2, ja;q=0.8', 'ja'],
    ['klingon', 'auto'],
    ['*', 'auto'],
  ])('Accept-Language %s → locale %s', (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });

  it('Stripe’s form-key params become wire paths', () => {
    expect(toWireParam('line_items[0][price]')).toBe('line_items[0].price');
    expect(toWireParam('subscription_data[trial_period_days]')).toBe('subscription_data.trial_period_days');
    expect(toWireParam('currency')).toBe('currency');
  });
});
