import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { CheckoutError, checkWireBody, toRequestBody, type CheckoutSessionParams, type LineItem } from '../../src/core';

const base = 'https://shop.example/store/cart';

describe('toRequestBody: camelCase params → snake_case wire body', () => {
  it('maps every field, drops display-only data and keeps the session template literal', () => {
    const body = toRequestBody(
      {
        lineItems: [
          { price: 'price_basic_monthly', name: 'Basic', unitAmount: 900, image: 'https://cdn.example/b.png', recurring: { interval: 'month' } },
          { price: 'price_setup_fee', quantity: 2, adjustableQuantity: { enabled: true, minimum: 1, maximum: 10 }, name: 'Setup' },
        ],
        successUrl: '/thanks/{CHECKOUT_SESSION_ID}?s={CHECKOUT_SESSION_ID}',
        cancelUrl: 'https://shop.example/cart',
        allowPromotionCodes: true,
        currency: 'EUR',
        customer: '  ',
        paymentMethodTypes: ['card', 'paypal'],
        subscriptionData: { trialPeriodDays: 14 },
        expand: ['line_items'],
      },
      { baseUrl: base },
    );
    expect(body).toEqual({
      line_items: [
        { price: 'price_basic_monthly', quantity: 1 },
        { price: 'price_setup_fee', quantity: 2, adjustable_quantity: { enabled: true, minimum: 1, maximum: 10 } },
      ],
      mode: 'subscription',
      success_url: 'https://shop.example/thanks/{CHECKOUT_SESSION_ID}?s={CHECKOUT_SESSION_ID}',
      cancel_url: 'https://shop.example/cart',
      allow_promotion_codes: true,
      currency: 'eur',
      payment_method_types: ['card', 'paypal'],
      subscription_data: { trial_period_days: 14 },
      expand: ['line_items'],
    });
    expect(JSON.stringify(body)).not.toMatch(/unitAmount|unit_amount|image|recurring|name/);
  });

  it('defaults: payment mode, card only, empty subscription_data, no customer', () => {
    expect(toRequestBody({ lineItems: [{ price: 'price_1' }], successUrl: 'https://shop.example/ok' })).toEqual({
      line_items: [{ price: 'price_1', quantity: 1 }],
      mode: 'payment',
      success_url: 'https://shop.example/ok',
      payment_method_types: ['card'],
      subscription_data: {},
    });
  });

  it('keeps an absolute success URL exactly as written', () => {
    const successUrl = 'https://shop.example/a b/{CHECKOUT_SESSION_ID}';
    expect(toRequestBody({ lineItems: [{ price: 'p' }], successUrl }).success_url).toBe(successUrl);
  });

  it('says what a required prop must be, whether it is missing or of the wrong type (never "required" for a value that is there)', () => {
    const issues = (params: unknown) => catchError(() => toRequestBody(params as CheckoutSessionParams)).issues;
    for (const successUrl of [undefined, 42]) expect(issues({ lineItems: [{ price: 'p' }], successUrl })).toEqual([{ path: 'successUrl', message: expect.stringMatching(/^must be a URL string such as "\/thanks"/) }]);
    for (const lineItems of [undefined, 'price_123']) expect(issues({ lineItems, successUrl: base })).toEqual([{ path: 'lineItems', message: expect.stringMatching(/^must be an array of line items such as/) }]);
    expect(issues({ lineItems: [{ price: 'p' }], successUrl: '' })).toEqual([{ path: 'successUrl', message: expect.stringMatching(/^is required/) }]);
  });

  it('refuses payment mode with a recurring item and names the prop', () => {
    const error = catchError(() => toRequestBody({ lineItems: [{ price: 'p' }, { price: 'q', recurring: { interval: 'year' } }], successUrl: base, mode: 'payment' }));
    expect(error.kind).toBe('validation');
    expect(error.issues).toContainEqual({ path: 'mode', message: expect.stringContaining('lineItems[1] is recurring') });
  });

  it('counts recurring and one-time items separately in subscription mode', () => {
    const recurring: LineItem[] = Array.from({ length: 21 }, (_, i) => ({ price: `r${i}`, recurring: { interval: 'month' } }));
    const error = catchError(() => toRequestBody({ lineItems: recurring, successUrl: base }));
    expect(error.issues?.[0]).toEqual({ path: 'lineItems', message: 'may contain at most 20 recurring items in subscription mode (got 21)' });
  });

  it.each([
    ['no line items', { lineItems: [], successUrl: base }, 'lineItems'],
    ['lineItems missing', { successUrl: base }, 'lineItems'],
    ['a bad price id', { lineItems: [{ price: 'price 1' }], successUrl: base }, 'lineItems[0].price'],
    ['successUrl not a URL', { lineItems: [{ price: 'p' }], successUrl: 'http://' }, 'successUrl'],
    ['successUrl missing', { lineItems: [{ price: 'p' }] }, 'successUrl'],
    ['promotion codes with discounts', { lineItems: [{ price: 'p' }], successUrl: base, allowPromotionCodes: true, discounts: [{ coupon: 'X' }] }, 'allowPromotionCodes'],
    ['quantity as a string', { lineItems: [{ price: 'p', quantity: '2' }], successUrl: base }, 'lineItems[0].quantity'],
    ['params not an object', 'price_1', ''],
    ['unitAmount negative', { lineItems: [{ price: 'p', unitAmount: -5 }], successUrl: base }, 'lineItems[0].unitAmount'],
    ['trial on a one-time purchase', { lineItems: [{ price: 'p' }], successUrl: base, subscriptionData: { trialPeriodDays: 7 } }, 'subscriptionData.trialPeriodDays'],
  ])('reports %s with the prop name and a fix', (_name, params, path) => {
    const error = catchError(() => toRequestBody(params as unknown as CheckoutSessionParams, { baseUrl: base }));
    expect(error).toBeInstanceOf(CheckoutError);
    expect(error.kind).toBe('validation');
    expect(error.retryable).toBe(false);
    expect(error.issues!.map((issue) => issue.path)).toContain(path);
    expect(error.message).toContain(`${path || '(root)'}:`);
  });

  it('property: any valid params give a body the wire schema accepts, with the exact mapping', () => {
    const lineItem = fc.record(
      {
        price: fc.stringMatching(/^price_[A-Za-z0-9]{1,12}$/),
        quantity: fc.integer({ min: 1, max: 99 }),
        adjustableQuantity: fc.record({ enabled: fc.boolean(), minimum: fc.integer({ min: 0, max: 5 }), maximum: fc.integer({ min: 5, max: 999999 }) }),
        name: fc.string(),
        unitAmount: fc.nat(),
      },
      { requiredKeys: ['price'] },
    );
    fc.assert(
      fc.property(
        fc.array(lineItem, { minLength: 1, maxLength: 100 }),
        fc.constantFrom('/ok', 'https://shop.example/ok?id={CHECKOUT_SESSION_ID}', 'http://localhost:3000/ok'),
        fc.option(fc.constantFrom('eur', 'USD', 'jpy'), { nil: undefined }),
        fc.subarray(['card', 'paypal', 'customer_balance'] as const, { minLength: 1 }),
        fc.boolean(),
        (lineItems, successUrl, currency, paymentMethodTypes, allowPromotionCodes) => {
          const body = toRequestBody({ lineItems, successUrl, currency, paymentMethodTypes, allowPromotionCodes }, { baseUrl: base });
          expect(checkWireBody(body)).toEqual([]);
          expect(body.line_items).toEqual(
            lineItems.map((item) => ({
              price: item.price,
              quantity: item.quantity ?? 1,
              ...(item.adjustableQuantity ? { adjustable_quantity: item.adjustableQuantity } : {}),
            })),
          );
          expect(body.payment_method_types).toEqual(paymentMethodTypes);
          expect(body.currency).toBe(currency?.toLowerCase());
          expect(body.allow_promotion_codes).toBe(allowPromotionCodes ? true : undefined);
          expect(body.mode).toBe('payment');
        },
      ),
      { numRuns: 200 },
    );
  });

  it('property: any random input gives CheckoutError("validation"), never a TypeError', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (input) => {
        try {
          toRequestBody(input as CheckoutSessionParams, { baseUrl: base });
        } catch (error) {
          expect(error).toBeInstanceOf(CheckoutError);
          expect((error as CheckoutError).kind).toBe('validation');
        }
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(
        fc.record({ lineItems: fc.array(fc.dictionary(fc.constantFrom('price', 'quantity', 'adjustableQuantity', 'recurring', 'unitAmount'), fc.anything())), successUrl: fc.anything(), mode: fc.anything(), currency: fc.anything() }),
        (input) => {
          try {
            toRequestBody(input as unknown as CheckoutSessionParams, { baseUrl: base });
          } catch (error) {
            expect(error).toBeInstanceOf(CheckoutError);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

function catchError(run: () => unknown): CheckoutError {
  try {
    run();
  } catch (error) {
    return error as CheckoutError;
  }
  throw new Error('expected a CheckoutError');
}
