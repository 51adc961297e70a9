/**
 * Every string the widget shows. Override any of them with the `labels` prop, or a whole language with
 * `registerLocale`. The texts themselves live in src/i18n/locales (one file per locale): core carries
 * only this type, the locale codes and fillLabel.
 *
 * Templates take `{name}` placeholders and ICU-style plurals, chosen by `Intl.PluralRules` for the
 * locale: `{days, plural, one {# day} other {# days}}` (`=0 {…}` picks an exact value; `#` is the number
 * in the locale's digits).
 */
export interface CheckoutLabels {
  checkout: string;
  pay: string;
  redirecting: string;
  processing: string;
  orderSummary: string;
  product: string;
  quantity: string;
  /** `{name}` is replaced with the product name. */
  increaseQuantity: string;
  decreaseQuantity: string;
  remove: string;
  unitPrice: string;
  lineTotal: string;
  subtotal: string;
  /** Plural on `{days}`: "{days, plural, one {#-day free trial} other {#-day free trial}}". */
  trial: string;
  promotionCode: string;
  promotionCodeOn: string;
  paymentMethod: string;
  card: string;
  paypal: string;
  customer_balance: string;
  perDay: string;
  perWeek: string;
  perMonth: string;
  perYear: string;
  /** Plural on `{count}` (2 and more): "every 3 days". */
  everyDays: string;
  everyWeeks: string;
  everyMonths: string;
  everyYears: string;
  emptyCart: string;
  tryAgain: string;
  errorNetwork: string;
  errorTimeout: string;
  errorServer: string;
  errorRejected: string;
  errorUnauthorized: string;
  errorTooMany: string;
  errorResponse: string;
  errorRedirect: string;
  errorValidation: string;
  errorAborted: string;
  /** `{id}` is replaced with the request id. */
  requestId: string;
  /** Shown when the payment page was asked for but the browser stayed on this page. */
  redirectStalled: string;
  itemsInvalid: string;
  /** A quantity's field error: `{min}` and `{max}`. */
  quantityRange: string;
  /** Announced when a quantity changes: `{name}` and `{quantity}`. */
  quantityAnnouncement: string;
  /** Announced when the subtotal changes: `{amount}`. */
  subtotalAnnouncement: string;
}

/** The labels every component shows (a button's text, the busy texts, the error messages); the rest are CheckoutForm's. */
export type CheckoutCommonLabels = Pick<
  CheckoutLabels,
  | 'checkout'
  | 'redirecting'
  | 'processing'
  | 'errorNetwork'
  | 'errorTimeout'
  | 'errorServer'
  | 'errorRejected'
  | 'errorUnauthorized'
  | 'errorTooMany'
  | 'errorResponse'
  | 'errorRedirect'
  | 'errorValidation'
  | 'errorAborted'
  | 'requestId'
  | 'redirectStalled'
>;
export type CheckoutFormLabels = Omit<CheckoutLabels, keyof CheckoutCommonLabels>;

/** The locales shipped with the widget: Stripe Checkout's languages plus Arabic and Hebrew. */
export const supportedLocales = [
  'ar', 'bg', 'cs', 'da', 'de', 'el', 'en', 'en-GB', 'es', 'es-419', 'et', 'fi', 'fil', 'fr', 'fr-CA', 'he', 'hr', 'hu', 'id', 'it', 'ja',
  'ko', 'lt', 'lv', 'ms', 'mt', 'nb', 'nl', 'pl', 'pt', 'pt-BR', 'ro', 'ru', 'sk', 'sl', 'sv', 'th', 'tr', 'vi', 'zh', 'zh-HK', 'zh-TW',
] as const;
export type SupportedLocale = (typeof supportedLocales)[number];

/** The language of a BCP 47 locale: `de-CH` → `de`; English when none is given. */
export function languageOf(locale: string | undefined): string {
  return (locale ?? 'en').toLowerCase().split(/[-_]/)[0] || 'en';
}

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function cached<T>(cache: Map<string, T>, locale: string, create: () => T): T {
  let value = cache.get(locale);
  if (!value) cache.set(locale, (value = create()));
  return value;
}

/** Index of the `}` closing the `{` at `open`, or -1. */
function closing(template: string, open: number): number {
  let depth = 0;
  for (let index = open; index < template.length; index++) {
    if (template[index] === '{') depth++;
    else if (template[index] === '}' && --depth === 0) return index;
  }
  return -1;
}

/**
 * Fills `{name}` placeholders and ICU-style plurals (`{count, plural, one {# item} other {# items}}`).
 * With a `locale`, numbers are written in its digits and plural forms follow its rules; without one,
 * English rules and plain digits. Unknown placeholders are left as they are.
 */
export function fillLabel(template: string, values: Record<string, string | number>, locale?: string): string {
  let result = '';
  let index = 0;
  while (index < template.length) {
    const open = template.indexOf('{', index);
    const close = open < 0 ? -1 : closing(template, open);
    if (close < 0) return result + template.slice(index);
    result += template.slice(index, open) + placeholder(template.slice(open + 1, close), values, locale);
    index = close + 1;
  }
  return result;
}

function placeholder(body: string, values: Record<string, string | number>, locale: string | undefined): string {
  const match = /^\s*(\w+)\s*(?:,\s*plural\s*,([\s\S]*))?$/.exec(body);
  const value = match ? values[match[1]!] : undefined;
  if (!match || value === undefined) return `{${body}}`;
  const number = (n: number) => (locale ? cached(numberFormats, locale, () => new Intl.NumberFormat(locale)).format(n) : String(n));
  if (match[2] === undefined) return typeof value === 'number' ? number(value) : value;
  const branches = new Map<string, string>();
  const branch = /\s*(=?\w+)\s*\{/g;
  let found: RegExpExecArray | null;
  while ((found = branch.exec(match[2]))) {
    const start = found.index + found[0].length - 1;
    const end = closing(match[2], start);
    if (end < 0) break;
    branches.set(found[1]!, match[2].slice(start + 1, end));
    branch.lastIndex = end + 1;
  }
  const count = Number(value);
  const category = cached(pluralRules, locale ?? 'en', () => new Intl.PluralRules(locale ?? 'en')).select(count);
  const chosen = branches.get(`=${count}`) ?? branches.get(category) ?? branches.get('other') ?? '';
  return fillLabel(chosen.replace(/#/g, number(count)), values, locale);
}
