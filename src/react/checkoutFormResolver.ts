import type { FieldErrors, Resolver } from 'react-hook-form';
import { validateParams } from '../core/params';
import { isQuantityInRange, quantityRange, quantityRangeMessage } from '../core/quantity';
import { buildFormParams, type CheckoutFormSource, type CheckoutFormValues } from './checkoutFormParams';

export interface CheckoutFormResolverContext {
  source: CheckoutFormSource;
  locale: string;
  baseUrl?: string;
  /** The `quantityRange` label: "Choose a quantity from {min} to {max}." in the locale shown. */
  quantityRangeLabel: string;
}

const ITEM_ISSUE = /^lineItems\[(\d+)\]\.(quantity|adjustableQuantity)/;

/**
 * react-hook-form resolver on core's rules: each editable quantity within its range, then the params
 * through validateParams, with issues such as `lineItems[0].quantity` mapped to the field
 * `items.<index>.quantity`. Other issues are setup mistakes: start() reports them.
 */
export function checkoutFormResolver(read: () => CheckoutFormResolverContext): Resolver<CheckoutFormValues> {
  return async (values) => {
    const { source, locale, baseUrl, quantityRangeLabel } = read();
    const items: Array<{ quantity: { type: string; message: string } } | undefined> = [];
    source.lineItems.forEach((item, index) => {
      const range = quantityRange(item, source.allowQuantityEdit === true);
      if (range.editable && !isQuantityInRange(values.items[index]?.quantity, range)) {
        items[index] = { quantity: { type: 'range', message: quantityRangeMessage(range, quantityRangeLabel, locale) } };
      }
    });
    if (items.length === 0) {
      const { params, sourceIndex } = buildFormParams(source, values);
      if (params.lineItems.length > 0) {
        for (const issue of validateParams(params, { baseUrl })) {
          const match = ITEM_ISSUE.exec(issue.path);
          const index = match ? sourceIndex[Number(match[1])] : undefined;
          if (index !== undefined && !items[index]) items[index] = { quantity: { type: 'contract', message: issue.message } };
        }
      }
    }
    if (items.length === 0) return { values, errors: {} };
    return { values: {}, errors: { items } as FieldErrors<CheckoutFormValues> };
  };
}
