import { formatInterval } from '../core/format';
import type { CheckoutLabels } from '../core/labels';
import { formatMinor, isSupportedCurrency, multiplyMinor, sumMinor } from '../core/money';
import { isQuantityInRange, quantityRange, quantityRangeMessage, type QuantityRange } from '../core/quantity';
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
  /** The quantity is one the shopper may buy (or 0 on a removable item). */
  valid: boolean;
  /** Why the quantity cannot be bought ("Choose a quantity from 1 to 10."), while it is invalid. */
  invalidMessage?: string;
  /** Formatted unit price, when `unitAmount` and a supported `currency` are known. */
  unitPrice?: string;
  /** Formatted unit price × quantity: only for a valid quantity (an invalid line shows no price). */
  lineTotal?: string;
  /** "/ month", "every 3 months", or ''. */
  interval: string;
}

export interface CheckoutFormSummary {
  items: CheckoutFormItem[];
  /** Formatted subtotal of the items still bought: only when every line is valid, a supported `currency` is set and some item has `unitAmount`. */
  subtotal?: string;
}

/**
 * The order summary for the shopper's quantities. Amounts are integers in the provider's minor units
 * (bigints past 2^53), formatted with the currency's provider digits. Money is shown only for a
 * supported currency: guessing would show the wrong symbol or digits (the setup error names it).
 */
export function describeItems(
  lineItems: readonly LineItem[],
  quantities: ReadonlyArray<{ quantity?: number } | undefined>,
  options: { allowQuantityEdit: boolean; currency?: string; locale: string; labels: CheckoutLabels },
  /** The lines described last time: an unchanged line is reused, so a quantity edit reformats one row and the total. */
  cache?: WeakMap<LineItem, { key: string; labels: CheckoutLabels; line: CheckoutFormItem; total: bigint | undefined }>,
): CheckoutFormSummary {
  const { currency, locale, labels } = options;
  const priced = currency !== undefined && isSupportedCurrency(currency);
  const money = (amount: number | bigint | undefined) => (priced && amount !== undefined ? formatMinor(amount, currency, locale) : undefined);
  const amounts: bigint[] = [];
  const items = lineItems.map((item, index): CheckoutFormItem => {
    const range = quantityRange(item, options.allowQuantityEdit);
    const quantity = range.editable ? Number(quantities[index]?.quantity ?? item.quantity ?? 1) : item.quantity ?? 1;
    const key = `${index}|${String(quantity)}|${locale}|${currency ?? ''}|${options.allowQuantityEdit}`;
    const cached = cache?.get(item);
    if (cached && cached.key === key && cached.labels === labels) {
      if (cached.total !== undefined) amounts.push(cached.total);
      return cached.line;
    }
    const removed = range.removable && quantity === 0;
    const valid = !range.editable || isQuantityInRange(quantity, range);
    const unitAmount = Number.isSafeInteger(item.unitAmount) && item.unitAmount! >= 0 ? item.unitAmount : undefined;
    const total = valid && unitAmount !== undefined && Number.isSafeInteger(quantity) ? multiplyMinor(unitAmount, quantity) : undefined;
    if (total !== undefined) amounts.push(total);
    const line: CheckoutFormItem = {
      index,
      item,
      name: item.name ?? item.price,
      quantity,
      range,
      removed,
      valid,
      invalidMessage: valid ? undefined : quantityRangeMessage(range, labels.quantityRange, locale),
      unitPrice: money(unitAmount),
      lineTotal: money(total),
      interval: formatInterval(item.recurring, labels, locale),
    };
    cache?.set(item, { key, labels, line, total });
    return line;
  });
  const allValid = items.every((line) => line.valid);
  const anyPriced = lineItems.some((item) => item.unitAmount !== undefined);
  return { items, subtotal: allValid && anyPriced ? money(sumMinor(amounts)) : undefined };
}
