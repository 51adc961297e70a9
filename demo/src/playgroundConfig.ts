import type { CheckoutSessionParams, LineItem, PaymentMethodType, RecurringInterval } from 'checkout-widget/core';

export type PromotionCodes = 'hidden' | 'toggle' | 'on';
export type ModeChoice = 'auto' | 'payment' | 'subscription';
export type Theme = 'light' | 'dark';

/** One line item as typed in the editor: numbers stay text so a half-typed value can be shown as invalid. */
export interface ItemDraft {
  key: string;
  price: string;
  name: string;
  /** Minor units (cents). */
  unitAmount: string;
  quantity: string;
  adjustable: boolean;
  minimum: string;
  maximum: string;
  recurring: '' | RecurringInterval;
}

/** Everything the configuration panel edits. */
export interface PlaygroundConfig {
  items: ItemDraft[];
  mode: ModeChoice;
  promotionCodes: PromotionCodes;
  paymentMethods: PaymentMethodType[];
  currency: string;
  locale: string;
  trialDays: string;
  successUrl: string;
  cancelUrl: string;
  endpoint: string;
  accessToken: string;
  allowQuantityEdit: boolean;
  theme: Theme;
  /** Off = preview mode: the widget stops before navigating and the inspector shows the URL. */
  followRedirect: boolean;
  /** Key of faultChoices. */
  fault: string;
}

let nextKey = 1;
export const newItemKey = () => `item-${nextKey++}`;

export function emptyItem(index: number): ItemDraft {
  return { key: newItemKey(), price: `price_item_${index + 1}`, name: `Item ${index + 1}`, unitAmount: '1000', quantity: '1', adjustable: false, minimum: '1', maximum: '10', recurring: '' };
}

export const defaultConfig: PlaygroundConfig = {
  items: [
    { key: newItemKey(), price: 'price_mug', name: 'Ceramic mug', unitAmount: '1200', quantity: '1', adjustable: true, minimum: '1', maximum: '10', recurring: '' },
  ],
  mode: 'auto',
  promotionCodes: 'hidden',
  paymentMethods: ['card', 'paypal'],
  currency: 'eur',
  locale: 'en',
  trialDays: '',
  successUrl: '/success.html?session_id={CHECKOUT_SESSION_ID}',
  cancelUrl: '/cancel.html',
  endpoint: '/checkout/session',
  accessToken: '',
  allowQuantityEdit: true,
  theme: 'light',
  followRedirect: true,
  fault: 'none',
};

/** '' → undefined, anything else → Number (validation then names what is wrong). */
function optionalNumber(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text);
}

export function toLineItem(draft: ItemDraft): LineItem {
  const item: LineItem = { price: draft.price };
  const quantity = optionalNumber(draft.quantity);
  if (quantity !== undefined) item.quantity = quantity;
  if (draft.adjustable) {
    item.adjustableQuantity = { enabled: true };
    const minimum = optionalNumber(draft.minimum);
    const maximum = optionalNumber(draft.maximum);
    if (minimum !== undefined) item.adjustableQuantity.minimum = minimum;
    if (maximum !== undefined) item.adjustableQuantity.maximum = maximum;
  }
  if (draft.name.trim() !== '') item.name = draft.name;
  const unitAmount = optionalNumber(draft.unitAmount);
  if (unitAmount !== undefined) item.unitAmount = unitAmount;
  if (draft.recurring) item.recurring = { interval: draft.recurring };
  return item;
}

/** The checkout params the current settings describe, as a shop would pass them (CheckoutButton's props). */
export function toParams(config: PlaygroundConfig): CheckoutSessionParams {
  const params: CheckoutSessionParams = { lineItems: config.items.map(toLineItem), successUrl: config.successUrl };
  if (config.cancelUrl.trim() !== '') params.cancelUrl = config.cancelUrl;
  if (config.mode !== 'auto') params.mode = config.mode;
  if (config.promotionCodes === 'on') params.allowPromotionCodes = true;
  if (config.currency.trim() !== '') params.currency = config.currency;
  params.paymentMethodTypes = config.paymentMethods;
  const trial = optionalNumber(config.trialDays);
  if (trial !== undefined) params.subscriptionData = { trialPeriodDays: trial };
  return params;
}
