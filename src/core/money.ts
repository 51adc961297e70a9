// Money as the payment provider counts it. Amounts are integers in the provider's minor unit; how many
// of them make one unit, and how many fraction digits the shopper sees, come from the table below
// (Stripe's documented currencies), never from Intl: Intl follows ISO 4217 and CLDR, which disagree
// with the provider (ISK, HUF, IDR…) and with each other (Node and Chromium differ for ALL, COP, PKR…).
import { CheckoutError } from './errors';

/** How a currency's amounts are counted (`exponent`: amount = units × 10^exponent) and shown (`digits`). */
export interface MinorUnits {
  /** Minor units per unit as a power of ten: 2 for USD (cents), 0 for JPY, 3 for BHD. */
  exponent: number;
  /** Fraction digits shown: usually the exponent; 0 for ISK (counted in hundredths, charged in whole krónur). */
  digits: number;
}

// https://docs.stripe.com/currencies: every other supported currency is two-decimal.
const ZERO_DECIMAL = 'BIF CLP DJF GNF JPY KMF KRW MGA PYG RWF UGX VND VUV XAF XOF XPF';
const THREE_DECIMAL = 'BHD JOD KWD OMR TND';
// ISK stays two-decimal on the API (100 = 1 króna) but only whole krónur are charged (since 2023-04-14).
// HUF and TWD are charged with two decimals (whole units only for payouts): shown with two.
const TWO_DECIMAL =
  'USD AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BRL BSD BWP BYN BZD CAD CDF CHF CNY COP CRC CVE CZK DKK DOP DZD EGP ETB EUR FJD FKP GBP GEL GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR ISK JMD KES KGS KHR KYD KZT LAK LBP LKR LRD LSL MAD MDL MKD MMK MNT MOP MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SEK SGD SHP SLE SOS SRD STD SZL THB TJS TOP TRY TTD TWD TZS UAH UYU UZS WST XCD YER ZAR ZMW';

const units = new Map<string, MinorUnits>();
for (const [list, exponent] of [[ZERO_DECIMAL, 0], [TWO_DECIMAL, 2], [THREE_DECIMAL, 3]] as const) {
  for (const code of list.split(' ')) units.set(code, { exponent, digits: exponent });
}
units.set('ISK', { exponent: 2, digits: 0 });

/** Every currency code the widget can show, upper case (Stripe's presentment currencies). */
export const supportedCurrencies: readonly string[] = /* @__PURE__ */ Array.from(units.keys());

/** True when `currency` (any case) is in the provider table. */
export function isSupportedCurrency(currency: unknown): boolean {
  return typeof currency === 'string' && units.has(currency.toUpperCase());
}

/**
 * The provider's minor units of a currency (any case). Throws a `validation` CheckoutError naming the
 * code when the provider does not know it: a guess would show amounts 100× off.
 */
export function minorUnits(currency: string): MinorUnits {
  const found = units.get(String(currency).toUpperCase());
  if (!found) {
    const message = unknownCurrencyMessage(currency);
    throw new CheckoutError('validation', `Unknown currency: ${message}.`, { issues: [{ path: 'currency', message }], retryable: false });
  }
  return found;
}

/** The setup message for a currency the provider does not support (one wording for every layer). */
export function unknownCurrencyMessage(currency: unknown): string {
  return `"${String(currency)}" is not a currency the payment provider supports; use a code such as "eur", "usd" or "jpy"`;
}

/** An amount in minor units: a safe integer, or a bigint past 2^53. */
export type MinorAmount = number | bigint;

function toBigInt(amount: MinorAmount, what: string): bigint {
  if (typeof amount === 'bigint') return amount;
  if (!Number.isSafeInteger(amount)) throw new RangeError(`${what} must be a whole number of minor units, got ${amount}`);
  return BigInt(amount);
}

/** unitAmount × quantity, exact at any size (a bigint; never a float). */
export function multiplyMinor(unitAmount: MinorAmount, quantity: MinorAmount): bigint {
  return toBigInt(unitAmount, 'unitAmount') * toBigInt(quantity, 'quantity');
}

/** The exact sum of minor amounts, as a bigint. */
export function sumMinor(amounts: Iterable<MinorAmount>): bigint {
  let total = 0n;
  for (const amount of amounts) total += toBigInt(amount, 'amount');
  return total;
}

/** "-1234.5"-style decimal text of `amount` minor units, exact (what Intl.NumberFormat formats without floats). */
export function toDecimalString(amount: MinorAmount, exponent: number): string {
  const value = toBigInt(amount, 'amount');
  const sign = value < 0n ? '-' : '';
  const digits = (value < 0n ? -value : value).toString().padStart(exponent + 1, '0');
  if (exponent === 0) return sign + digits;
  return `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** One formatter per (locale, currency, digits): creating them is the slow part of formatting. */
function formatterFor(locale: string | undefined, currency: string, digits: number): Intl.NumberFormat {
  const key = `${locale ?? ''}|${currency}|${digits}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Formats an amount in the provider's minor units as money: `formatMinor(1200, 'jpy', 'en')` is
 * "¥1,200", `formatMinor(1200, 'eur', 'en')` is "€12.00", `formatMinor(12340, 'bhd', 'en')` is
 * "BHD 12.340". The fraction digits are passed to Intl explicitly, so every runtime prints the same
 * digits; the amount is formatted from exact decimal text, so bigints past 2^53 stay exact.
 * Throws a `validation` CheckoutError for a currency the provider does not support.
 */
export function formatMinor(amount: MinorAmount, currency: string, locale?: string): string {
  const { exponent, digits } = minorUnits(currency);
  // Intl.NumberFormat v3 formats a decimal string exactly (no float in between).
  return formatterFor(locale, String(currency).toUpperCase(), digits).format(toDecimalString(amount, exponent) as unknown as number);
}
