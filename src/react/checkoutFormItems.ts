import { formatInterval, formatMoney, subtotal } from '../core/format';
import type { CheckoutLabels } from '../core/labels';
import { quantityRange, type QuantityRange } from '../core/quantity';
import type { LineItem } from '../core/types';

/** One line of the order summary, ready to render. */
export interface CheckoutFormItem {
  index: number;
  item: LineItem;
  /** `item.name`, else the price id. */
  name: string;
  /** The shopper's quantity (may be NaN while the input is empty). */
  quantity: number;
  range: QuantityRange;
  /** Quantity 0 on a removable item: shown, not sent. */
  removed: boolean;
  /** Formatted unit price, when `unitAmount` and `currency` are known. */
  unitPrice?: string;
  /** Formatted unit price × quantity, when `unitAmount` and `currency` are known. */
  lineTotal?: string;
  /** "/ month", "every 3 months", or ''. */
  interval: string;
}

export interface CheckoutFormSummary {
  items: CheckoutFormItem[];
  /** Formatted subtotal of the items still bought, when `currency` is known and some item has `unitAmount`. */
  subtotal?: string;
}

/** Money is shown only when the currency is known: guessing one would show the wrong symbol. */
function money(amount: number | undefined, currency: string | undefined, locale: string): string | undefined {
  if (amount === undefined || !currency) return undefined;
  try {
    return formatMoney(amount, currency, locale);
  } catch {
    return undefined; // a malformed currency code is reported as a setup error instead
  }
}

export function describeItems(
  lineItems: readonly LineItem[],
  quantities: ReadonlyArray<{ quantity?: number } | undefined>,
  options: { allowQuantityEdit: boolean; currency?: string; locale: string; labels: CheckoutLabels },
): CheckoutFormSummary {
  const items = lineItems.map((item, index): CheckoutFormItem => {
    const range = quantityRange(item, options.allowQuantityEdit);
    const quantity = range.editable ? Number(quantities[index]?.quantity ?? item.quantity ?? 1) : item.quantity ?? 1;
    const counted = Number.isFinite(quantity) ? quantity : 0;
    return {
      index,
      item,
      name: item.name ?? item.price,
      quantity,
      range,
      removed: range.removable && quantity === 0,
      unitPrice: money(item.unitAmount, options.currency, options.locale),
      lineTotal: money(item.unitAmount === undefined ? undefined : item.unitAmount * counted, options.currency, options.locale),
      interval: formatInterval(item.recurring, options.labels),
    };
  });
  const priced = lineItems.some((item) => item.unitAmount !== undefined);
  const total = subtotal(items.map(({ item, quantity }) => ({ ...item, quantity: Number.isFinite(quantity) ? quantity : 0 })));
  return { items, subtotal: priced ? money(total, options.currency, options.locale) : undefined };
}
