import type { CheckoutIssue } from '../core/errors';
import { isSupportedCurrency, unknownCurrencyMessage } from '../core/money';
import { isQuantityInRange, quantityRange, withQuantity } from '../core/quantity';
import type { CheckoutMode, CheckoutSessionParams, LineItem, PaymentMethodType } from '../core/types';

/** How promotion codes are offered: not at all, as a checkbox the shopper ticks, or always. */
export type PromotionCodesOption = 'hidden' | 'toggle' | 'on';

/** The props of a checkout form that decide what is sent. */
export interface CheckoutFormSource {
  /** The products; each needs `price`. Show `name`, `image`, `unitAmount`, `recurring` for a useful summary. Required. */
  lineItems: LineItem[];
  /** Where the hosted page sends the shopper after paying (absolute or relative to the page). Required. */
  successUrl: string;
  /** Where the hosted page's back link goes. Default: none. */
  cancelUrl?: string;
  /** Default: `subscription` when any item is recurring, else `payment`. */
  mode?: CheckoutMode;
  /** The payment methods offered as a radio group; the first is preselected, the choice is sent alone. Default: `['card']` (no radio group). */
  paymentMethodTypes?: PaymentMethodType[];
  /** `'toggle'`: a checkbox the shopper ticks; `'on'`: always allowed; `'hidden'`: not offered. Default: `'hidden'`. */
  promotionCodes?: PromotionCodesOption;
  /** Quantity steppers for items whose `adjustableQuantity.enabled` is true, bounded by its minimum/maximum (0..99). Default: `false`. */
  allowQuantityEdit?: boolean;
  /** Three-letter currency code the payment provider supports (core's `supportedCurrencies`; another is a setup error), sent and used to show prices with the provider's minor units. Without it no amounts are shown. Default: none. */
  currency?: string;
  /** Existing customer id. Default: none. */
  customer?: string;
  /** Free trial length in days (subscriptions); shown as a note and sent. Default: none. */
  trialPeriodDays?: number;
  /** A coupon applied up front (at most one). Not together with `promotionCodes` other than `'hidden'`. Default: none. */
  discounts?: { coupon: string }[];
  /** Passed through to the backend. Default: none. */
  expand?: string[];
}

/** What the shopper controls. Quantities are kept for every item, in the order of `lineItems`. */
export interface CheckoutFormValues {
  items: { quantity: number }[];
  promotionCode: boolean;
  paymentMethod: PaymentMethodType;
}

const promotionCodesOptions: readonly PromotionCodesOption[] = ['hidden', 'toggle', 'on'];

export function defaultPaymentMethod(source: CheckoutFormSource): PaymentMethodType {
  return source.paymentMethodTypes?.[0] ?? 'card';
}

export function formDefaults(source: CheckoutFormSource): CheckoutFormValues {
  return {
    items: (source.lineItems ?? []).map((item) => ({ quantity: item.quantity ?? 1 })),
    promotionCode: false,
    paymentMethod: defaultPaymentMethod(source),
  };
}

/**
 * The params the form sends for the shopper's choices. `sourceIndex[k]` is the index in `lineItems`
 * of `params.lineItems[k]`, since removed items (quantity 0) are left out.
 */
export function buildFormParams(source: CheckoutFormSource, values: CheckoutFormValues): { params: CheckoutSessionParams; sourceIndex: number[] } {
  const sourceIndex: number[] = [];
  const lineItems: LineItem[] = [];
  source.lineItems.forEach((item, index) => {
    const range = quantityRange(item, source.allowQuantityEdit === true);
    const chosen = withQuantity(item, values.items[index]?.quantity ?? item.quantity ?? 1, range);
    if (chosen) {
      lineItems.push(chosen);
      sourceIndex.push(index);
    }
  });
  const promotion = source.promotionCodes === 'on' || (source.promotionCodes === 'toggle' && values.promotionCode);
  return {
    params: withoutUndefined({
      lineItems,
      successUrl: source.successUrl,
      cancelUrl: source.cancelUrl,
      mode: source.mode,
      allowPromotionCodes: promotion || undefined,
      discounts: source.discounts,
      currency: source.currency,
      customer: source.customer,
      paymentMethodTypes: [values.paymentMethod],
      subscriptionData: source.trialPeriodDays === undefined ? undefined : { trialPeriodDays: source.trialPeriodDays },
      expand: source.expand,
    }),
    sourceIndex,
  };
}

/**
 * The props as params for the setup check: every offered choice at once (all payment methods,
 * promotion codes as if ticked) and removable items as if bought, so any choice the shopper can make
 * is valid when this is.
 */
export function developerParams(source: CheckoutFormSource): { params: CheckoutSessionParams; issues: CheckoutIssue[] } {
  const issues: CheckoutIssue[] = [];
  if (source.promotionCodes !== undefined && !promotionCodesOptions.includes(source.promotionCodes)) {
    issues.push({ path: 'promotionCodes', message: 'must be "hidden", "toggle" or "on"' });
  }
  // A well-formed code the provider does not know (the format itself is checked with the params):
  // its amounts cannot be shown right, as its minor unit is unknown.
  if (typeof source.currency === 'string' && /^[a-z]{3}$/i.test(source.currency) && !isSupportedCurrency(source.currency)) {
    issues.push({ path: 'currency', message: unknownCurrencyMessage(source.currency) });
  }
  const lineItems = Array.isArray(source.lineItems)
    ? source.lineItems.map((item, index) => {
        if (typeof item !== 'object' || item === null) return item;
        const range = quantityRange(item, source.allowQuantityEdit === true);
        const quantity = item.quantity ?? 1;
        if (range.editable && !isQuantityInRange(quantity, range)) {
          issues.push({ path: `lineItems[${index}].quantity`, message: `must be within adjustableQuantity (${range.minimum} to ${range.maximum}) when the shopper can edit it` });
        }
        return range.removable && quantity === 0 ? { ...item, quantity: 1 } : item;
      })
    : source.lineItems;
  const { params } = buildFormParams({ ...source, lineItems: [] }, formDefaults({ ...source, lineItems: [] }));
  return {
    params: {
      ...params,
      lineItems,
      allowPromotionCodes: source.promotionCodes === 'toggle' || source.promotionCodes === 'on' ? true : undefined,
      paymentMethodTypes: source.paymentMethodTypes,
    },
    issues,
  };
}

/** Core names the params; the form's props differ for three of them. */
export function formPropName(path: string): string {
  if (path === 'allowPromotionCodes') return 'promotionCodes';
  if (path.startsWith('subscriptionData')) return 'trialPeriodDays';
  return path;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
