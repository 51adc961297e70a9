import { describe, expect, it } from 'vitest';
import { parseAttributes, toAttributeName, toPropertyName } from './attributes';

const read = (attributes: Record<string, string>) => (name: string) => attributes[name] ?? null;

describe('parseAttributes', () => {
  it('turns the kebab-case attributes of a button into mount() options', () => {
    const parsed = parseAttributes(
      read({
        endpoint: '/api/checkout',
        price: 'price_123',
        quantity: '2',
        'success-url': '/thanks?session={CHECKOUT_SESSION_ID}',
        'cancel-url': '/cart',
        mode: 'payment',
        currency: 'EUR',
        customer: 'cus_1',
        'payment-method-types': 'card  paypal,customer_balance',
        'promotion-codes': 'on',
        'trial-period-days': '14',
        disabled: '',
        locale: 'de',
        theme: 'dark',
      }),
    );
    expect(parsed).toEqual({
      issues: [],
      options: {
        config: { endpoint: '/api/checkout' },
        lineItems: [{ price: 'price_123', quantity: 2 }],
        successUrl: '/thanks?session={CHECKOUT_SESSION_ID}',
        cancelUrl: '/cart',
        mode: 'payment',
        currency: 'EUR',
        customer: 'cus_1',
        paymentMethodTypes: ['card', 'paypal', 'customer_balance'],
        promotionCodes: 'on',
        trialPeriodDays: 14,
        disabled: true,
        locale: 'de',
        theme: 'dark',
      },
    });
  });

  it('leaves absent attributes out, so JSON config and the config property can supply them', () => {
    expect(parseAttributes(read({ 'success-url': '/thanks' }))).toEqual({ issues: [], options: { successUrl: '/thanks' } });
  });

  it('reads boolean attributes as on unless they say "false"', () => {
    expect(parseAttributes(read({ 'allow-quantity-edit': 'false', disabled: 'disabled' })).options).toEqual({ allowQuantityEdit: false, disabled: true });
  });

  it('names the attribute when a number cannot be read, instead of sending NaN', () => {
    const parsed = parseAttributes(read({ price: 'price_1', quantity: 'lots', 'trial-period-days': '' }));
    expect(parsed.options.lineItems).toEqual([{ price: 'price_1' }]);
    expect(parsed.issues).toEqual([
      { path: 'trial-period-days', message: 'must be a whole number such as "1" (got "")' },
      { path: 'quantity', message: 'must be a whole number such as "1" (got "lots")' },
    ]);
  });

  it('leaves value rules to core: "0" and "1.5" are passed on as numbers for core to refuse', () => {
    expect(parseAttributes(read({ price: 'p', quantity: '1.5' })).options.lineItems).toEqual([{ price: 'p', quantity: 1.5 }]);
  });

  it('refuses a quantity without a price', () => {
    expect(parseAttributes(read({ quantity: '2' })).issues).toEqual([{ path: 'quantity', message: expect.stringContaining('only applies together with price') }]);
  });

  it('maps names both ways', () => {
    expect(toPropertyName('payment-method-types')).toBe('paymentMethodTypes');
    expect(toAttributeName('trialPeriodDays')).toBe('trial-period-days');
  });
});
