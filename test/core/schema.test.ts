import { describe, expect, it } from 'vitest';
import { checkWireBody, toWirePath, type CheckoutSessionRequest } from '../../src/core';
import { checkoutSessionRequestSchema, issuesFromZod } from '../../src/schema';

const valid: CheckoutSessionRequest = {
  line_items: [{ price: 'price_basic', quantity: 1 }],
  mode: 'payment',
  success_url: 'https://shop.example/thanks?session={CHECKOUT_SESSION_ID}',
  payment_method_types: ['card'],
  subscription_data: {},
};

const items = (count: number) => Array.from({ length: count }, (_, i) => ({ price: `price_${i}`, quantity: 1 }));

/** Each row changes the valid body and names the field the schema must blame (or null: accepted). */
const rules: [string, (body: Record<string, unknown>) => void, string | null][] = [
  ['the valid body', () => {}, null],
  ['line_items missing', (b) => delete b.line_items, 'line_items'],
  ['line_items empty', (b) => (b.line_items = []), 'line_items'],
  ['100 items in payment mode', (b) => (b.line_items = items(100)), null],
  ['101 items in payment mode', (b) => (b.line_items = items(101)), 'line_items'],
  ['40 items in subscription mode', (b) => ((b.mode = 'subscription'), (b.line_items = items(40))), null],
  ['41 items in subscription mode', (b) => ((b.mode = 'subscription'), (b.line_items = items(41))), 'line_items'],
  ['price missing', (b) => (b.line_items = [{ quantity: 1 }]), 'line_items[0].price'],
  ['price empty', (b) => (b.line_items = [{ price: '' }]), 'line_items[0].price'],
  ['price with spaces', (b) => (b.line_items = [{ price: 'price 1' }]), 'line_items[0].price'],
  ['quantity 0', (b) => (b.line_items = [{ price: 'p', quantity: 0 }]), 'line_items[0].quantity'],
  ['quantity 1.5', (b) => (b.line_items = [{ price: 'p', quantity: 1.5 }]), 'line_items[0].quantity'],
  ['quantity as string', (b) => (b.line_items = [{ price: 'p', quantity: '2' }]), 'line_items[0].quantity'],
  ['quantity omitted', (b) => (b.line_items = [{ price: 'p' }]), null],
  ['adjustable without enabled', (b) => (b.line_items = [{ price: 'p', adjustable_quantity: { minimum: 1 } }]), 'line_items[0].adjustable_quantity.enabled'],
  ['adjustable minimum -1', (b) => (b.line_items = [{ price: 'p', adjustable_quantity: { enabled: true, minimum: -1 } }]), 'line_items[0].adjustable_quantity.minimum'],
  ['adjustable maximum 1000000', (b) => (b.line_items = [{ price: 'p', adjustable_quantity: { enabled: true, maximum: 1000000 } }]), 'line_items[0].adjustable_quantity.maximum'],
  ['adjustable maximum 999999', (b) => (b.line_items = [{ price: 'p', adjustable_quantity: { enabled: true, maximum: 999999 } }]), null],
  ['adjustable maximum below minimum', (b) => (b.line_items = [{ price: 'p', adjustable_quantity: { enabled: true, minimum: 5, maximum: 2 } }]), 'line_items[0].adjustable_quantity.maximum'],
  ['default maximum 99 below minimum 100', (b) => (b.line_items = [{ price: 'p', adjustable_quantity: { enabled: true, minimum: 100 } }]), 'line_items[0].adjustable_quantity.maximum'],
  ['quantity 150 with default maximum', (b) => (b.line_items = [{ price: 'p', quantity: 150, adjustable_quantity: { enabled: true } }]), 'line_items[0].adjustable_quantity.maximum'],
  ['quantity 150 with maximum 200', (b) => (b.line_items = [{ price: 'p', quantity: 150, adjustable_quantity: { enabled: true, maximum: 200 } }]), null],
  ['quantity 50 above maximum 10 (allowed: the rule only binds over 99)', (b) => (b.line_items = [{ price: 'p', quantity: 50, adjustable_quantity: { enabled: true, maximum: 10 } }]), null],
  ['unknown line item field (display data leaking)', (b) => (b.line_items = [{ price: 'p', name: 'Mug' }]), 'line_items[0].name'],
  ['mode missing', (b) => delete b.mode, 'mode'],
  ['mode "setup"', (b) => (b.mode = 'setup'), 'mode'],
  ['success_url missing', (b) => delete b.success_url, 'success_url'],
  ['success_url relative', (b) => (b.success_url = '/thanks'), 'success_url'],
  ['success_url http on a public host', (b) => (b.success_url = 'http://shop.example/thanks'), 'success_url'],
  ['success_url http on localhost', (b) => (b.success_url = 'http://localhost:3000/thanks'), null],
  ['success_url http on 127.0.0.1', (b) => (b.success_url = 'http://127.0.0.1/thanks'), null],
  ['success_url http on [::1]', (b) => (b.success_url = 'http://[::1]:8080/thanks'), null],
  ['success_url javascript:', (b) => (b.success_url = 'javascript:alert(1)'), 'success_url'],
  ['success_url of 5000 chars', (b) => (b.success_url = `https://shop.example/${'a'.repeat(5000 - 21)}`), null],
  ['success_url of 5001 chars', (b) => (b.success_url = `https://shop.example/${'a'.repeat(5001 - 21)}`), 'success_url'],
  ['cancel_url ftp:', (b) => (b.cancel_url = 'ftp://shop.example/cart'), 'cancel_url'],
  ['cancel_url https', (b) => (b.cancel_url = 'https://shop.example/cart'), null],
  ['allow_promotion_codes with discounts', (b) => ((b.allow_promotion_codes = true), (b.discounts = [{ coupon: 'SUMMER' }])), 'allow_promotion_codes'],
  ['allow_promotion_codes alone', (b) => (b.allow_promotion_codes = true), null],
  ['one discount', (b) => (b.discounts = [{ coupon: 'SUMMER' }]), null],
  ['two discounts', (b) => (b.discounts = [{ coupon: 'A' }, { coupon: 'B' }]), 'discounts'],
  ['discount with empty coupon', (b) => (b.discounts = [{ coupon: '' }]), 'discounts[0].coupon'],
  ['currency "EUR"', (b) => (b.currency = 'EUR'), 'currency'],
  ['currency "euro"', (b) => (b.currency = 'euro'), 'currency'],
  ['currency "eur"', (b) => (b.currency = 'eur'), null],
  ['customer empty', (b) => (b.customer = ''), 'customer'],
  ['customer id', (b) => (b.customer = 'cus_123'), null],
  ['payment methods empty', (b) => (b.payment_method_types = []), 'payment_method_types'],
  ['payment method "bitcoin"', (b) => (b.payment_method_types = ['bitcoin']), 'payment_method_types[0]'],
  ['payment methods duplicated', (b) => (b.payment_method_types = ['card', 'card']), 'payment_method_types'],
  ['all three payment methods', (b) => (b.payment_method_types = ['card', 'paypal', 'customer_balance']), null],
  ['payment methods omitted', (b) => delete b.payment_method_types, null],
  ['subscription_data missing', (b) => delete b.subscription_data, 'subscription_data'],
  ['trial 14 days in subscription mode', (b) => ((b.mode = 'subscription'), (b.subscription_data = { trial_period_days: 14 })), null],
  ['trial 0 days', (b) => ((b.mode = 'subscription'), (b.subscription_data = { trial_period_days: 0 })), 'subscription_data.trial_period_days'],
  ['trial 1.5 days', (b) => ((b.mode = 'subscription'), (b.subscription_data = { trial_period_days: 1.5 })), 'subscription_data.trial_period_days'],
  ['trial in payment mode', (b) => (b.subscription_data = { trial_period_days: 7 }), 'subscription_data.trial_period_days'],
  ['expand passed through', (b) => (b.expand = ['line_items']), null],
  ['unknown top-level field', (b) => (b.name = 'Mug'), 'name'],
];

// Each row runs through both parsers of the contract: the zod schema backends use and core's checkWireBody the widget uses.
const parsers = {
  'zod schema (checkout-widget/schema)': (body: unknown) => {
    const result = checkoutSessionRequestSchema.safeParse(body);
    return result.success ? [] : issuesFromZod(result.error);
  },
  'checkWireBody (checkout-widget/core)': checkWireBody,
};

describe.each(Object.entries(parsers))('wire contract (spec/README.md): %s', (_parser, parse) => {
  it.each(rules)('%s', (_name, change, blamed) => {
    const body = structuredClone(valid) as unknown as Record<string, unknown>;
    change(body);
    const issues = parse(body);
    if (blamed === null) {
      expect(issues).toEqual([]);
    } else {
      expect(issues.map((issue) => toWirePath(issue.path))).toContain(blamed);
      for (const issue of issues) expect(issue.message.length).toBeGreaterThan(8);
    }
  });
});

describe('wire contract: the example', () => {
  it('accepts the example of the API document, filled with real values', () => {
    const example = {
      line_items: [
        { price: 'price_basic_monthly', quantity: 1 },
        { price: 'price_setup_fee', quantity: 1, adjustable_quantity: { enabled: true, minimum: 1, maximum: 10 } },
      ],
      mode: 'subscription',
      success_url: 'https://shop.example/thanks?session={CHECKOUT_SESSION_ID}',
      cancel_url: 'https://shop.example/cart',
      allow_promotion_codes: true,
      payment_method_types: ['card', 'paypal'],
      currency: 'eur',
      subscription_data: { trial_period_days: 14 },
    };
    expect(checkoutSessionRequestSchema.parse(example)).toEqual(example);
    expect(checkWireBody(example)).toEqual([]);
  });
});
