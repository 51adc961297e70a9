import type { CheckoutError } from './errors';
import { fillLabel, type CheckoutCommonLabels, type CheckoutLabels } from './labels';
import type { LineItem, RecurringInterval } from './types';

const formatters = new Map<string, Intl.NumberFormat>();

function currencyFormatter(currency: string, locale: string | undefined): Intl.NumberFormat {
  const key = `${locale ?? ''}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency: currency.toUpperCase() });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Formats an amount in minor units (cents) as money. The number of minor digits comes from Intl for
 * the currency (2 for EUR, 0 for JPY, 3 for KWD), so 1200 is €12.00 but ¥1,200.
 */
export function formatMoney(amountMinor: number, currency: string, locale?: string): string {
  const formatter = currencyFormatter(currency, locale);
  const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  return formatter.format(amountMinor / 10 ** digits);
}

/** "/ month", "every 3 months" in the current labels. */
export function formatInterval(recurring: LineItem['recurring'], labels: CheckoutLabels): string {
  if (!recurring) return '';
  const count = recurring.intervalCount ?? 1;
  if (count === 1) return labels[perKey[recurring.interval]];
  return fillLabel(labels.everyN, { count, unit: labels[recurring.interval] });
}

const perKey: Record<RecurringInterval, 'perDay' | 'perWeek' | 'perMonth' | 'perYear'> = {
  day: 'perDay',
  week: 'perWeek',
  month: 'perMonth',
  year: 'perYear',
};

/** Sum of unit amount × quantity over the items that carry a unit amount. */
export function subtotal(items: readonly LineItem[]): number {
  return items.reduce((sum, item) => sum + (item.unitAmount ?? 0) * (item.quantity ?? 1), 0);
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
