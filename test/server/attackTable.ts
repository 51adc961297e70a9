// The attack table of issue #13, shared by every runtime the server half runs on (unit tests, node:http,
// Express, Hono, workerd). No vitest import: e2e/server-workerd.test.ts bundles this file into a worker.
import { createCheckoutHandler, type CheckoutHandlerOptions, type CheckoutProvider } from '../../src/server';
import type { CheckoutSessionRequest } from '../../src/core/wire';

export const SHOP = 'https://shop.example';
export const PARTNER = 'https://partner.example';
export const ENDPOINT = `${SHOP}/checkout/session`;

/** The API document's example body: what a real widget sends for this shop. */
export const documentBody = {
  line_items: [{ price: 'price_basic_monthly', quantity: 1 }, { price: 'price_setup_fee', quantity: 1, adjustable_quantity: { enabled: true, minimum: 1, maximum: 10 } }],
  mode: 'subscription',
  success_url: `${SHOP}/thanks?session={CHECKOUT_SESSION_ID}`,
  cancel_url: `${SHOP}/cart`,
  allow_promotion_codes: true,
  payment_method_types: ['card', 'paypal'],
  currency: 'eur',
  subscription_data: { trial_period_days: 14 },
};
export const mugBody = { line_items: [{ price: 'price_mug', quantity: 2 }], mode: 'payment', success_url: `${SHOP}/thanks`, subscription_data: {} };

/** A real shop's policy: what README tells a shop to write. */
export function tablePolicy(provider: CheckoutProvider): CheckoutHandlerOptions {
  return {
    provider,
    prices: {
      price_mug: { maxQuantity: 10 },
      price_beans: {},
      price_setup_fee: { maxQuantity: 10 },
      price_basic_monthly: { recurring: true, trialPeriodDays: 14, maxQuantity: 1 },
    },
    publicOrigin: SHOP,
    allowedOrigins: [PARTNER],
    coupons: ['WELCOME10'],
    currencies: ['eur', 'usd'],
    paymentMethodTypes: ['card', 'paypal'],
    resolveCustomer: (request) => (/(?:^|;\s*)session=alice(?:;|$)/.test(request.headers.get('cookie') ?? '') ? 'cus_alice' : undefined),
    authorize: (request) => (request.headers.get('cookie')?.includes('session=expired') ? 'unauthenticated' : request.headers.has('x-banned') ? 'forbidden' : true),
    onError: () => undefined,
  };
}

/** The table's handler with a provider that records its calls; each answer says how many this request made. */
export function createTableHandler(): { handler: (request: Request) => Promise<Response>; calls: { body: CheckoutSessionRequest; idempotencyKey: string | undefined }[] } {
  const calls: { body: CheckoutSessionRequest; idempotencyKey: string | undefined }[] = [];
  const provider: CheckoutProvider = {
    async createSession(body, { idempotencyKey }) {
      calls.push({ body, idempotencyKey });
      return { url: `https://checkout.stripe.com/c/pay/cs_test_${calls.length}`, id: `cs_test_${calls.length}` };
    },
  };
  const checkout = createCheckoutHandler(tablePolicy(provider));
  const handler = async (request: Request) => {
    const before = calls.length;
    const response = await checkout(request);
    const headers = new Headers(response.headers);
    headers.set('x-test-provider-calls', String(calls.length - before));
    return new Response(response.body, { status: response.status, headers });
  };
  return { handler, calls };
}

export interface AttackRow {
  name: string;
  method?: string;
  headers?: Record<string, string>;
  /** JSON-encoded unless a string. */
  body?: unknown;
  status: number;
  param?: string;
}

const json = { 'content-type': 'application/json' };
const mug = (change: Record<string, unknown>) => ({ ...mugBody, ...change });
const doc = (change: Record<string, unknown>) => ({ ...documentBody, ...change });
const items = (...lineItems: unknown[]) => mug({ line_items: lineItems });

export const attackTable: AttackRow[] = [
  // Accepted: the table proves the policy refuses, not that it refuses everything.
  { name: 'accepts the API document example', body: documentBody, status: 201 },
  { name: 'accepts a one-time purchase from an allowed partner origin', body: mugBody, headers: { origin: PARTNER }, status: 201 },
  { name: 'accepts the signed-in customer naming themselves', body: mug({ customer: 'cus_alice' }), headers: { cookie: 'session=alice' }, status: 201 },
  { name: 'accepts an allow-listed coupon', body: mug({ discounts: [{ coupon: 'WELCOME10' }] }), status: 201 },
  // The shopper rewrites the body.
  { name: "another person's customer id", body: mug({ customer: 'cus_victim' }), headers: { cookie: 'session=alice' }, status: 400, param: 'customer' },
  { name: 'a customer id without a login', body: mug({ customer: 'cus_victim' }), status: 400, param: 'customer' },
  { name: 'a 365-day trial', body: doc({ subscription_data: { trial_period_days: 365 } }), status: 400, param: 'subscription_data.trial_period_days' },
  { name: 'a trial on a one-time purchase', body: mug({ subscription_data: { trial_period_days: 7 } }), status: 400, param: 'subscription_data.trial_period_days' },
  { name: 'a guessed coupon', body: mug({ discounts: [{ coupon: 'STAFF100' }] }), status: 400, param: 'discounts[0].coupon' },
  { name: 'an internal or retired price id', body: items({ price: 'price_internal_free', quantity: 1 }), status: 400, param: 'line_items[0].price' },
  { name: 'quantity 0', body: items({ price: 'price_mug', quantity: 0 }), status: 400, param: 'line_items[0].quantity' },
  { name: 'quantity 999999', body: items({ price: 'price_mug', quantity: 999999 }), status: 400, param: 'line_items[0].quantity' },
  { name: 'a negative quantity', body: items({ price: 'price_mug', quantity: -3 }), status: 400, param: 'line_items[0].quantity' },
  { name: 'a fractional quantity', body: items({ price: 'price_mug', quantity: 1.5 }), status: 400, param: 'line_items[0].quantity' },
  { name: 'one price split over duplicate lines past its maximum', body: items({ price: 'price_mug', quantity: 6 }, { price: 'price_beans', quantity: 1 }, { price: 'price_mug', quantity: 5 }), status: 400, param: 'line_items[2].quantity' },
  { name: 'an adjustable maximum past the catalogue', body: items({ price: 'price_mug', quantity: 1, adjustable_quantity: { enabled: true, maximum: 500 } }), status: 400, param: 'line_items[0].adjustable_quantity.maximum' },
  { name: 'adjustable duplicate lines that together reach past the maximum', body: items({ price: 'price_mug', quantity: 1, adjustable_quantity: { enabled: true, maximum: 6 } }, { price: 'price_mug', quantity: 1, adjustable_quantity: { enabled: true, maximum: 6 } }), status: 400, param: 'line_items[1].adjustable_quantity.maximum' },
  { name: 'a subscription bought as a one-time payment', body: doc({ mode: 'payment', subscription_data: {} }), status: 400, param: 'mode' },
  { name: 'a one-time price in subscription mode', body: mug({ mode: 'subscription' }), status: 400, param: 'mode' },
  { name: 'an inline price_data with its own amount', body: items({ price: 'price_mug', price_data: { unit_amount: 1, currency: 'eur' } }), status: 400, param: 'line_items[0].price_data' },
  { name: 'expand of a field the shop did not list', body: mug({ expand: ['payment_intent'] }), status: 400, param: 'expand[0]' },
  { name: 'a currency the shop does not offer', body: mug({ currency: 'jpy' }), status: 400, param: 'currency' },
  { name: 'a payment method the shop does not offer', body: mug({ payment_method_types: ['card', 'customer_balance'] }), status: 400, param: 'payment_method_types[1]' },
  { name: 'discounts together with promotion codes', body: mug({ discounts: [{ coupon: 'WELCOME10' }], allow_promotion_codes: true }), status: 400, param: 'allow_promotion_codes' },
  { name: 'more than 100 line items', body: items(...Array.from({ length: 101 }, () => ({ price: 'price_beans' }))), status: 400, param: 'line_items' },
  // Redirects elsewhere.
  { name: 'success_url on another origin', body: mug({ success_url: 'https://evil.example/thanks' }), status: 400, param: 'success_url' },
  { name: 'cancel_url on another origin', body: mug({ cancel_url: 'https://evil.example/cart' }), status: 400, param: 'cancel_url' },
  { name: 'a javascript: success_url', body: mug({ success_url: 'javascript:alert(1)//https://shop.example' }), status: 400, param: 'success_url' },
  { name: 'a protocol-relative success_url', body: mug({ success_url: '//evil.example/thanks' }), status: 400, param: 'success_url' },
  { name: 'a success_url with the shop as user name', body: mug({ success_url: 'https://shop.example@evil.example/thanks' }), status: 400, param: 'success_url' },
  { name: 'a success_url with userinfo on the shop', body: mug({ success_url: 'https://user:pass@shop.example/thanks' }), status: 400, param: 'success_url' },
  { name: 'a success_url with backslashes', body: mug({ success_url: 'https:\\\\evil.example\\thanks' }), status: 400, param: 'success_url' },
  { name: 'a success_url on a look-alike subdomain', body: mug({ success_url: 'https://shop.example.evil.example/thanks' }), status: 400, param: 'success_url' },
  { name: 'a plain-http success_url', body: mug({ success_url: 'http://shop.example/thanks' }), status: 400, param: 'success_url' },
  // Prototype pollution.
  { name: '__proto__ at the top', body: `{"__proto__":{"isAdmin":true},${JSON.stringify(mugBody).slice(1)}`, status: 400, param: '__proto__' },
  { name: 'constructor.prototype at the top', body: mug({ constructor: { prototype: { isAdmin: true } } }), status: 400, param: 'constructor' },
  { name: '__proto__ in a line item', body: `{"line_items":[{"price":"price_mug","__proto__":{"quantity":0}}],"mode":"payment","success_url":"${SHOP}/thanks","subscription_data":{}}`, status: 400, param: 'line_items[0].__proto__' },
  { name: 'a price id naming Object.prototype', body: items({ price: 'toString', quantity: 1 }), status: 400, param: 'line_items[0].price' },
  // Transport.
  { name: 'a 1 MB body', body: mug({ expand: ['x'.repeat(1024 * 1024)] }), status: 413, param: 'body' },
  { name: 'text/plain', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(mugBody), status: 415, param: 'Content-Type' },
  { name: 'a form post', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'line_items[0][price]=price_mug', status: 415, param: 'Content-Type' },
  { name: 'JSON that is not JSON', body: '{"line_items":', status: 400, param: 'body' },
  { name: 'an array instead of an object', body: [mugBody], status: 400, param: 'body' },
  { name: 'GET', method: 'GET', status: 405 },
  { name: 'PUT', method: 'PUT', body: mugBody, status: 405 },
  { name: 'an Idempotency-Key with spaces', body: mugBody, headers: { 'idempotency-key': 'a key' }, status: 400, param: 'Idempotency-Key' },
  { name: 'an Idempotency-Key of 300 characters', body: mugBody, headers: { 'idempotency-key': 'k'.repeat(300) }, status: 400, param: 'Idempotency-Key' },
  // Who is asking.
  { name: 'a cross-origin POST (CSRF)', body: mugBody, headers: { origin: 'https://evil.example' }, status: 403, param: 'Origin' },
  { name: 'a POST from an opaque origin', body: mugBody, headers: { origin: 'null' }, status: 403, param: 'Origin' },
  { name: 'a cross-site form without Origin', body: mugBody, headers: { 'sec-fetch-site': 'cross-site' }, status: 403, param: 'Origin' },
  { name: 'an expired login (authorize → 401)', body: mugBody, headers: { cookie: 'session=expired' }, status: 401 },
  { name: 'a banned shopper (authorize → 403)', body: mugBody, headers: { 'x-banned': '1' }, status: 403 },
];

/** The fetch init of a row, as every runtime sends it. */
export function rowInit(row: AttackRow): RequestInit {
  const method = row.method ?? 'POST';
  const body = row.body === undefined ? undefined : typeof row.body === 'string' ? row.body : JSON.stringify(row.body);
  return { method, headers: { ...json, ...row.headers }, ...(body !== undefined && method !== 'GET' ? { body } : {}) };
}
