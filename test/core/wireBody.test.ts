import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { checkWireBody } from '../../src/core/wire';
import { checkoutSessionRequestSchema, issuesFromZod } from '../../src/schema';

// The widget checks bodies with core's zod-free checkWireBody; backends (and the mock) parse them with
// the published zod schema. They must agree on every body: same verdict, same issues, same order.
// WIRE_BODY_RUNS=60000 runs a longer soak (it passed at 60,000 when checkWireBody was written).
const viaZod = (body: unknown) => {
  const result = checkoutSessionRequestSchema.safeParse(body);
  return result.success ? [] : issuesFromZod(result.error);
};

// Values that are right for some field and wrong for most, so mutations hit every branch of both.
const anyValue = fc.oneof(
  fc.constantFrom(
    undefined, null, true, false, 0, 1, -1, 1.5, 99, 100, 150, 999999, 1000000, NaN, Infinity, -0, 2 ** 53,
    '', ' ', 'eur', 'EUR', 'euro', 'card', 'paypal', 'customer_balance', 'bitcoin', 'payment', 'subscription', 'setup',
    'price_1', 'price 1', 'cus_1', 'https://shop.example/thanks', 'http://localhost:3000/x', 'http://shop.example/x',
    '/relative', 'javascript:alert(1)', `https://shop.example/${'a'.repeat(4990)}`, {}, [], ['card'], ['card', 'card'], ['bitcoin'],
    [{ coupon: 'A' }], [{ coupon: '' }], [{ coupon: 'A' }, { coupon: 'B' }], [{ coupon: 1 }], [{ coupon: 'A', extra: 1 }],
    { trial_period_days: 7 }, { trial_period_days: 0 }, { trial_period_days: 1.5 }, { other: 1 },
    ['line_items'], [''], [1],
  ),
  fc.anything({ maxDepth: 2 }),
);

// Bodies that are valid for each field on its own; the cross-field rules may still refuse them.
const validItem = fc.record(
  {
    price: fc.constantFrom('price_1', 'price_basic_monthly', 'price:2.x'),
    quantity: fc.integer({ min: 1, max: 200 }),
    adjustable_quantity: fc.record({ enabled: fc.boolean(), minimum: fc.integer({ min: 0, max: 120 }), maximum: fc.integer({ min: 1, max: 999999 }) }, { requiredKeys: ['enabled'] }),
  },
  { requiredKeys: ['price'] },
);
const validBody = fc.record(
  {
    line_items: fc.oneof({ weight: 8, arbitrary: fc.array(validItem, { minLength: 1, maxLength: 4 }) }, { weight: 1, arbitrary: fc.array(validItem, { minLength: 38, maxLength: 42, size: 'max' }) }, { weight: 1, arbitrary: fc.array(validItem, { minLength: 99, maxLength: 102, size: 'max' }) }),
    mode: fc.constantFrom('payment', 'subscription'),
    success_url: fc.constantFrom('https://shop.example/thanks?s={CHECKOUT_SESSION_ID}', 'http://localhost:5173/thanks'),
    cancel_url: fc.constantFrom('https://shop.example/cart', 'http://127.0.0.1/cart'),
    allow_promotion_codes: fc.boolean(),
    discounts: fc.constant([{ coupon: 'SUMMER' }]),
    currency: fc.constantFrom('eur', 'usd'),
    customer: fc.constant('cus_123'),
    payment_method_types: fc.subarray(['card', 'paypal', 'customer_balance', 'card'], { minLength: 1 }),
    subscription_data: fc.record({ trial_period_days: fc.integer({ min: 1, max: 30 }) }, { requiredKeys: [] }),
    expand: fc.constant(['line_items']),
  },
  { requiredKeys: ['line_items', 'mode', 'success_url', 'subscription_data'] },
);

// Where a mutation lands: every field, nested ones included, and a few that are not fields at all.
const targets = [
  ['line_items'], ['mode'], ['success_url'], ['cancel_url'], ['allow_promotion_codes'], ['discounts'], ['currency'], ['customer'],
  ['payment_method_types'], ['subscription_data'], ['expand'], ['name'], ['line_items', 0], ['line_items', 0, 'price'],
  ['line_items', 0, 'quantity'], ['line_items', 0, 'adjustable_quantity'], ['line_items', 0, 'adjustable_quantity', 'enabled'],
  ['line_items', 0, 'adjustable_quantity', 'minimum'], ['line_items', 0, 'adjustable_quantity', 'maximum'], ['line_items', 0, 'unit_amount'],
  ['discounts', 0, 'coupon'], ['payment_method_types', 0], ['subscription_data', 'trial_period_days'], ['subscription_data', 'trial'], ['expand', 0],
] as const;
const mutation = fc.record({ target: fc.constantFrom(...targets), value: anyValue, remove: fc.boolean() });

function mutate(body: Record<string, unknown>, { target, value, remove }: { target: readonly (string | number)[]; value: unknown; remove: boolean }) {
  let parent: unknown = body;
  for (const key of target.slice(0, -1)) parent = typeof parent === 'object' && parent !== null ? (parent as Record<string | number, unknown>)[key] : undefined;
  if (typeof parent !== 'object' || parent === null) return;
  const last = target[target.length - 1]!;
  if (remove) delete (parent as Record<string | number, unknown>)[last];
  else (parent as Record<string | number, unknown>)[last] = value;
}

const body = fc.tuple(validBody, fc.array(mutation, { maxLength: 3 })).map(([valid, mutations]) => {
  const candidate = structuredClone(valid) as Record<string, unknown>;
  for (const step of mutations) mutate(candidate, step);
  return candidate;
});

describe('checkWireBody (widget) and checkoutSessionRequestSchema (backends) agree', () => {
  it('on generated bodies: same issues, in the same order', () => {
    const seen = { accepted: 0, crossField: 0, unknownField: 0, tooMany: 0 };
    fc.assert(
      fc.property(body, (candidate) => {
        const issues = checkWireBody(candidate);
        expect(issues).toEqual(viaZod(candidate));
        if (issues.length === 0) seen.accepted++;
        if (issues.some((issue) => / twice|together|only applies|at least the (minimum|quantity)|recurring and/.test(issue.message))) seen.crossField++;
        if (issues.some((issue) => issue.message.startsWith('is not a field'))) seen.unknownField++;
        if (issues.some((issue) => issue.message.startsWith('must contain at most'))) seen.tooMany++;
      }),
      { numRuns: Number(process.env.WIRE_BODY_RUNS ?? 4000) },
    );
    // The generator reaches every kind of outcome often enough for the comparison to mean something.
    for (const [outcome, count] of Object.entries(seen)) expect(count, outcome).toBeGreaterThan(20);
  }, 60_000); // ~1 s here; room for a loaded CI machine

  it('on bodies that are valid but for one field', () => {
    const valid = { line_items: [{ price: 'price_1', quantity: 1 }], mode: 'payment', success_url: 'https://shop.example/thanks', subscription_data: {} };
    const field = fc.constantFrom('line_items', 'mode', 'success_url', 'cancel_url', 'allow_promotion_codes', 'discounts', 'currency', 'customer', 'payment_method_types', 'subscription_data', 'expand', 'unknown');
    fc.assert(
      fc.property(field, anyValue, fc.boolean(), (name, value, remove) => {
        const candidate: Record<string, unknown> = { ...valid };
        if (remove) delete candidate[name];
        else candidate[name] = value;
        expect(checkWireBody(candidate)).toEqual(viaZod(candidate));
      }),
      { numRuns: Number(process.env.WIRE_BODY_RUNS ?? 3000) },
    );
  }, 60_000);

  it('on anything at all', () => {
    fc.assert(
      fc.property(fc.anything(), (candidate) => {
        expect(checkWireBody(candidate)).toEqual(viaZod(candidate));
      }),
      { numRuns: 500 },
    );
  });
});
