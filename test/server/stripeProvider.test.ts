import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCheckoutHandler, stripeProvider } from '../../src/server';
import { ENDPOINT, documentBody, mugBody, tablePolicy } from './attackTable';
import { startFakeStripe, stripeErrors, type FakeStripe } from './fakeStripe';

let fake: FakeStripe;
beforeAll(async () => {
  fake = await startFakeStripe();
}, 60_000);
afterAll(() => fake.close());
beforeEach(() => {
  fake.calls.length = 0;
  fake.replies.length = 0;
});

const handler = (locale?: 'fr') => createCheckoutHandler(tablePolicy(stripeProvider(fake.stripe, locale ? { locale } : {})));
const post = (body: unknown, headers: Record<string, string> = {}, locale?: 'fr') =>
  handler(locale)(new Request(ENDPOINT, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }));

describe('stripeProvider with the real stripe client against a fake Stripe API', () => {
  it('sends the checked body form-encoded, with the Idempotency-Key and the shopper’s language, and answers with the session url', async () => {
    const response = await post(documentBody, { 'idempotency-key': 'key-123', 'accept-language': 'de-AT,de;q=0.9,en;q=0.5', cookie: 'session=alice' });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ url: 'https://checkout.stripe.com/c/pay/cs_test_fake1' });
    expect(fake.calls).toHaveLength(1);
    const [call] = fake.calls;
    expect(call!.method).toBe('POST');
    expect(call!.path).toBe('/v1/checkout/sessions');
    expect(call!.idempotencyKey).toBe('key-123');
    expect(call!.authorization).toBe('Bearer sk_test_fake_0123456789abcdef');
    expect(call!.params).toEqual([
      ['line_items[0][price]', 'price_basic_monthly'],
      ['line_items[0][quantity]', '1'],
      ['line_items[1][price]', 'price_setup_fee'],
      ['line_items[1][quantity]', '1'],
      ['line_items[1][adjustable_quantity][enabled]', 'true'],
      ['line_items[1][adjustable_quantity][minimum]', '1'],
      ['line_items[1][adjustable_quantity][maximum]', '10'],
      ['mode', 'subscription'],
      ['success_url', 'https://shop.example/thanks?session={CHECKOUT_SESSION_ID}'],
      ['cancel_url', 'https://shop.example/cart'],
      ['allow_promotion_codes', 'true'],
      ['currency', 'eur'],
      ['customer', 'cus_alice'], // attached from the login session, not from the body
      ['payment_method_types[0]', 'card'],
      ['payment_method_types[1]', 'paypal'],
      ['subscription_data[trial_period_days]', '14'],
      ['locale', 'de'],
    ]);
  });

  it('a one-time purchase: no subscription_data, the signed-in customer, the locale option over Accept-Language', async () => {
    const response = await post({ ...mugBody, customer: 'cus_alice' }, { cookie: 'session=alice', 'accept-language': 'de' }, 'fr');
    expect(response.status).toBe(201);
    // Without the shopper's key the client makes its own, so its own retries stay idempotent.
    expect(fake.calls[0]!.idempotencyKey).toMatch(/^stripe-node-retry-[0-9a-f-]{36}$/);
    expect(fake.calls[0]!.params).toEqual([
      ['line_items[0][price]', 'price_mug'],
      ['line_items[0][quantity]', '2'],
      ['mode', 'payment'],
      ['success_url', 'https://shop.example/thanks'],
      ['customer', 'cus_alice'],
      ['locale', 'fr'],
    ]);
  });

  it('a refused body never reaches Stripe', async () => {
    expect((await post({ ...mugBody, customer: 'cus_victim' })).status).toBe(400);
    expect((await post({ ...documentBody, subscription_data: { trial_period_days: 365 } })).status).toBe(400);
    expect(fake.calls).toEqual([]);
  });

  it.each([
    ['an invalid request: 400 with Stripe’s message and the field as a wire path', stripeErrors.noSuchPrice, 400, { type: 'invalid_request_error', message: "No such price: 'price_mug'", param: 'line_items[0].price', code: 'resource_missing' }, null],
    ['a rejected key: 500, a setup fault, naming no key', stripeErrors.badKey, 500, { type: 'api_error', message: 'The shop’s payment setup is incomplete; please contact the shop', code: 'provider_setup' }, null],
    ['a restricted key without permission: 500, naming no key', stripeErrors.restrictedKey, 500, { type: 'api_error', message: 'The shop’s payment setup is incomplete; please contact the shop', code: 'provider_setup' }, null],
    ['a rate limit: 429 with Retry-After', stripeErrors.rateLimited, 429, { type: 'invalid_request_error', message: 'Too many checkout requests right now; try again in a moment' }, '3'],
    ['a Stripe outage: 502', stripeErrors.apiError, 502, { type: 'api_error', message: 'The payment provider could not be reached; try again' }, null],
    ['an Idempotency-Key reused with other parameters: 409', stripeErrors.idempotency, 409, { type: 'invalid_request_error', message: 'This Idempotency-Key was already used with a different request', param: 'Idempotency-Key', code: 'idempotency_error' }, null],
  ])('maps %s', async (_name, reply, status, error, retryAfter) => {
    fake.replies.push(reply);
    const response = await post(mugBody, { 'idempotency-key': 'k' });
    expect(response.status).toBe(status);
    expect(response.headers.get('retry-after')).toBe(retryAfter);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error });
    expect(text).not.toMatch(/sk_test|rk_test|\*\*\*/);
    expect(fake.calls).toHaveLength(1);
  });

  it('a rate limit without Retry-After waits a second', async () => {
    fake.replies.push({ ...stripeErrors.rateLimited, headers: {} });
    const response = await post(mugBody);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('1');
  });

  it('a Stripe slower than timeoutMs: 502 within the bound', async () => {
    fake.replies.push({ status: 200, body: { id: 'cs_late', url: 'https://checkout.stripe.com/c/pay/cs_late' }, delayMs: 3000 });
    const started = Date.now();
    const response = await createCheckoutHandler(tablePolicy(stripeProvider(fake.stripe, { timeoutMs: 300 })))(new Request(ENDPOINT, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(mugBody) }));
    expect(response.status).toBe(502);
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it('Stripe unreachable: 502', async () => {
    const gone = await startFakeStripe();
    await gone.close();
    const response = await createCheckoutHandler(tablePolicy(stripeProvider(gone.stripe)))(new Request(ENDPOINT, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(mugBody) }));
    expect(response.status).toBe(502);
    expect((await response.json()).error.message).toBe('The payment provider could not be reached; try again');
  });

  it('refuses to be set up without a client', () => {
    expect(() => stripeProvider({} as never)).toThrow('stripeProvider: pass an instance of the official client: stripeProvider(new Stripe(process.env.STRIPE_SECRET_KEY))');
  });
});
