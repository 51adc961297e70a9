import { describe, expect, it } from 'vitest';
import { formatMoney, subtotal } from '../../src/core/format';
import { formatMinor, isSupportedCurrency, minorUnits, multiplyMinor, sumMinor, supportedCurrencies, toDecimalString } from '../../src/core/money';
import { isCheckoutError } from '../../src/core/errors';
import { moneyCases, moneyLocales } from '../i18n/moneyCases';

describe('money: the provider minor-unit table', () => {
  it('knows Stripe’s zero-decimal, three-decimal and special-case currencies', () => {
    for (const code of ['BIF', 'CLP', 'DJF', 'GNF', 'JPY', 'KMF', 'KRW', 'MGA', 'PYG', 'RWF', 'UGX', 'VND', 'VUV', 'XAF', 'XOF', 'XPF']) {
      expect(minorUnits(code), code).toEqual({ exponent: 0, digits: 0 });
    }
    for (const code of ['BHD', 'JOD', 'KWD', 'OMR', 'TND']) expect(minorUnits(code), code).toEqual({ exponent: 3, digits: 3 });
    expect(minorUnits('isk')).toEqual({ exponent: 2, digits: 0 }); // 100 = 1 króna, whole krónur only
    expect(minorUnits('huf')).toEqual({ exponent: 2, digits: 2 });
    expect(minorUnits('idr')).toEqual({ exponent: 2, digits: 2 });
    expect(minorUnits('usd')).toEqual({ exponent: 2, digits: 2 });
    expect(supportedCurrencies.length).toBeGreaterThan(130);
    expect(isSupportedCurrency('eur')).toBe(true);
    expect(isSupportedCurrency('xyz')).toBe(false);
  });

  it('refuses an unknown currency with a setup error naming it', () => {
    let thrown: unknown;
    try {
      formatMinor(100, 'euro', 'en');
    } catch (error) {
      thrown = error;
    }
    expect(isCheckoutError(thrown)).toBe(true);
    const message = '"euro" is not a currency the payment provider supports; use a code such as "eur", "usd" or "jpy"';
    expect(thrown).toMatchObject({ kind: 'validation', issues: [{ path: 'currency', message }] });
    expect((thrown as Error).message).toBe(`Unknown currency: ${message}.`);
  });
});

describe('money: exact text in Node (the same table runs in Chromium: e2e/money.test.ts)', () => {
  it(`has at least 30 currencies`, () => {
    expect(new Set(moneyCases.map(([currency]) => currency)).size).toBeGreaterThanOrEqual(30);
  });

  it.each(moneyCases)('%s %s', (currency, amount, ...expected) => {
    expect(moneyLocales.map((locale) => formatMinor(amount, currency, locale))).toEqual(expected);
  });

  it('formats JPY 1200 as ¥1,200 and the same amount in EUR as €12.00', () => {
    expect(formatMoney(1200, 'jpy', 'en')).toBe('¥1,200');
    expect(formatMoney(1200, 'EUR', 'en')).toBe('€12.00');
  });

  it('shows negative amounts and amounts below one unit exactly', () => {
    expect(formatMinor(-1234, 'usd', 'en')).toBe('-$12.34');
    expect(formatMinor(5, 'bhd', 'en')).toBe('BHD\u00a00.005');
    expect(formatMinor(7, 'usd', 'en')).toBe('$0.07');
  });
});

describe('money: integer totals', () => {
  it('multiplies and sums in bigints, never floats', () => {
    expect(multiplyMinor(1999, 3)).toBe(5997n);
    expect(multiplyMinor(Number.MAX_SAFE_INTEGER, 99)).toBe(891712726219358109n);
    expect(sumMinor([10, 20n, 30])).toBe(60n);
    // 0.1 + 0.2 style drift cannot happen: these are integers.
    expect(sumMinor([10, 20])).toBe(30n);
  });

  it('refuses a fractional or unsafe amount instead of rounding it', () => {
    expect(() => multiplyMinor(12.5, 2)).toThrow('unitAmount must be a whole number of minor units, got 12.5');
    expect(() => sumMinor([2 ** 53 + 2])).toThrow(RangeError);
  });

  it('writes exact decimal text for any exponent', () => {
    expect(toDecimalString(5n, 3)).toBe('0.005');
    expect(toDecimalString(-105, 2)).toBe('-1.05');
    expect(toDecimalString(1200, 0)).toBe('1200');
    expect(toDecimalString(2n ** 64n, 2)).toBe('184467440737095516.16');
  });

  it('subtotal is a number while safe and a bigint past 2^53, and formats exactly either way', () => {
    expect(subtotal([{ price: 'a', unitAmount: 1250, quantity: 2 }, { price: 'b' }, { price: 'c', unitAmount: 99 }])).toBe(2599);
    const huge = subtotal([{ price: 'a', unitAmount: Number.MAX_SAFE_INTEGER, quantity: 99 }, { price: 'b', unitAmount: 1, quantity: 1 }]);
    expect(huge).toBe(BigInt(Number.MAX_SAFE_INTEGER) * 99n + 1n);
    expect(formatMoney(huge, 'usd', 'en')).toBe('$8,917,127,262,193,581.10');
  });
});
