import type { CheckoutError } from './errors';
import { fillLabel, type CheckoutCommonLabels, type CheckoutLabels } from './labels';
import { formatMinor, multiplyMinor, sumMinor, type MinorAmount } from './money';
import type { LineItem, RecurringInterval } from './types';

/**
 * Formats an amount in the payment provider's minor units as money (see money.ts): 1200 is €12.00 in
 * EUR but ¥1,200 in JPY, 500 is ISK 5. Fraction digits come from the provider table, so Node and every
 * browser print the same text; bigints past 2^53 stay exact. Throws a `validation` CheckoutError
 * naming an unknown currency.
 */
export function formatMoney(amountMinor: MinorAmount, currency: string, locale?: string): string {
  return formatMinor(amountMinor, currency, locale);
}

/** "/ month", "every 3 months" in the current labels, with the locale's plural forms. */
export function formatInterval(recurring: LineItem['recurring'], labels: CheckoutLabels, locale?: string): string {
  if (!recurring) return '';
  const count = recurring.intervalCount ?? 1;
  const keys = intervalKeys[recurring.interval];
  return count === 1 ? labels[keys[0]] : fillLabel(labels[keys[1]], { count }, locale);
}

const intervalKeys = {
  day: ['perDay', 'everyDays'],
  week: ['perWeek', 'everyWeeks'],
  month: ['perMonth', 'everyMonths'],
  year: ['perYear', 'everyYears'],
} as const satisfies Record<RecurringInterval, readonly [keyof CheckoutLabels, keyof CheckoutLabels]>;

/**
 * Sum of unit amount × quantity over the items that carry a unit amount, computed in integers: a
 * number while it is a safe integer, a bigint past 2^53 (formatMoney takes either).
 */
export function subtotal(items: readonly LineItem[]): MinorAmount {
  const total = sumMinor(items.map((item) => multiplyMinor(item.unitAmount ?? 0, item.quantity ?? 1)));
  return total <= BigInt(Number.MAX_SAFE_INTEGER) && total >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(total) : total;
}

/**
 * What the shopper reads for an error: the server's own message when it sent one (rendered as text by
 * every layer), else a localised sentence for the kind and status. Never a stack trace.
 */
export function shopperMessage(error: CheckoutError, labels: CheckoutCommonLabels): string {
  switch (error.kind) {
    case 'http': {
      if (error.serverMessage) return error.serverMessage;
      if (error.status === 401 || error.status === 403) return labels.errorUnauthorized;
      if (error.status === 429) return labels.errorTooMany;
      if ((error.status ?? 0) >= 500) return labels.errorServer;
      return labels.errorRejected;
    }
    case 'network':
      return labels.errorNetwork;
    case 'timeout':
      return labels.errorTimeout;
    case 'response':
      return labels.errorResponse;
    case 'redirect':
      return labels.errorRedirect;
    case 'aborted':
      return labels.errorAborted;
    case 'validation':
      return labels.errorValidation;
  }
}
