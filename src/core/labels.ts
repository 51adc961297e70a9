/**
 * Every string the widget shows. Override any of them with the `labels` prop. The texts themselves live
 * in src/i18n (UI strings, not request logic): core carries only this type and fillLabel.
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
  /** `{days}` is replaced with the number of days. */
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
  /** `{count}` and `{unit}`: "every 3 months". */
  everyN: string;
  day: string;
  week: string;
  month: string;
  year: string;
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
  itemsInvalid: string;
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
>;
export type CheckoutFormLabels = Omit<CheckoutLabels, keyof CheckoutCommonLabels>;

export type SupportedLocale = 'en' | 'it' | 'de' | 'fr' | 'es';
export const supportedLocales: readonly SupportedLocale[] = ['en', 'it', 'de', 'fr', 'es'];

/** The language of a BCP 47 locale: `de-CH` → `de`; English when none is given. */
export function languageOf(locale: string | undefined): string {
  return (locale ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
}

/** Fills `{name}`-style placeholders. */
export function fillLabel(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
