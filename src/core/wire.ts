import { urlProblem } from './url';
import { array, boolean, minLength, matches, number, object, oneOf, optional, problem, requiredOr, string, integer, atLeast, atMost, type Check, type PathIssue } from './validate';

// The wire contract of ../spec/README.md: the snake_case body POSTed to the shop's backend.

export const paymentMethodTypes = ['card', 'paypal', 'customer_balance'] as const;
export type PaymentMethodType = (typeof paymentMethodTypes)[number];
export const checkoutModes = ['payment', 'subscription'] as const;
export type CheckoutMode = (typeof checkoutModes)[number];

export const MAX_LINE_ITEMS = 100;
export const MAX_SUBSCRIPTION_ITEMS_PER_KIND = 20;
export const MAX_ADJUSTABLE_QUANTITY = 999999;
export const DEFAULT_ADJUSTABLE_MAXIMUM = 99;
export const PRICE_ID = /^[A-Za-z0-9_\-.:]{1,255}$/;
export const CURRENCY = /^[a-z]{3}$/;

/** One line item on the wire. */
export interface LineItemRequest {
  price: string;
  quantity?: number;
  adjustable_quantity?: { enabled: boolean; minimum?: number; maximum?: number };
}

/** The body POSTed to the shop's backend. `checkout-widget/schema` has it as a zod schema. */
export interface CheckoutSessionRequest {
  line_items: LineItemRequest[];
  mode: CheckoutMode;
  success_url: string;
  cancel_url?: string;
  allow_promotion_codes?: boolean;
  discounts?: { coupon: string }[];
  currency?: string;
  customer?: string;
  payment_method_types?: PaymentMethodType[];
  subscription_data: { trial_period_days?: number };
  expand?: string[];
}

/** Every message of the contract, shared by the zod schema and the check below so they cannot drift. */
export const wireMessages = {
  body: 'must be an object: the checkout session body',
  unknownField: 'is not a field of the checkout session: remove it',
  lineItems: 'must be an array of line items',
  lineItemsMin: 'must contain at least one line item',
  lineItemsMax: `must contain at most ${MAX_LINE_ITEMS} line items`,
  lineItem: 'must be an object such as { "price": "price_123", "quantity": 1 }',
  price: 'must be a price id string such as "price_123"',
  priceFormat: 'must be a non-empty price id such as "price_1Nx…" (letters, digits, "_" and "-", no spaces)',
  quantityMin: 'must be at least 1 (0 is never a valid purchase)',
  adjustable: 'must be an object such as { "enabled": true, "maximum": 10 }',
  enabled: 'must be true or false',
  minimumMin: 'must be 0 or more',
  maximumMax: `must be at most ${MAX_ADJUSTABLE_QUANTITY}`,
  mode: 'must be "payment" or "subscription"',
  url: 'must be a string URL',
  boolean: 'must be true or false',
  discounts: 'must be an array such as [{ "coupon": "SUMMER" }]',
  discount: 'must be an object such as { "coupon": "SUMMER" }',
  discountsMax: 'may contain at most one discount',
  coupon: 'must be a coupon id',
  couponEmpty: 'must be a non-empty coupon id',
  currency: 'must be a three-letter lowercase ISO code such as "eur" or "usd"',
  customer: 'must be a customer id string',
  customerEmpty: 'must be a customer id; leave it out when there is none',
  paymentMethods: 'must be an array such as ["card", "paypal"]',
  paymentMethod: 'must be one of "card", "paypal", "customer_balance"',
  paymentMethodsMin: 'must offer at least one payment method',
  subscriptionData: 'is required: send {} when there is nothing in it',
  trialMin: 'must be at least 1 day',
  expand: 'must be an array of field paths',
  expandEntry: 'must be a non-empty field path',
  number: (rule: string) => `must be a number ${rule}`,
  whole: (rule: string) => `must be a whole number ${rule}`,
} as const;
const m = wireMessages;

const whole = (range: string, ...then: Check[]) => number(m.number(range), integer(m.whole(range), ...then));
const url = string(requiredOr(m.url), problem(urlProblem));

const lineItem = object(
  {
    price: string(m.price, matches(PRICE_ID, m.priceFormat)),
    quantity: optional(whole('≥ 1', atLeast(1, m.quantityMin))),
    adjustable_quantity: optional(
      object(
        {
          enabled: boolean(m.enabled),
          minimum: optional(whole('≥ 0', atLeast(0, m.minimumMin))),
          maximum: optional(whole(`≤ ${MAX_ADJUSTABLE_QUANTITY}`, atMost(MAX_ADJUSTABLE_QUANTITY, m.maximumMax))),
        },
        m.adjustable,
        m.unknownField,
      ),
    ),
  },
  m.lineItem,
  m.unknownField,
);

const body = object(
  {
    line_items: array(lineItem, requiredOr(m.lineItems), [1, m.lineItemsMin], [MAX_LINE_ITEMS, m.lineItemsMax]),
    mode: oneOf(checkoutModes, requiredOr(m.mode)),
    success_url: url,
    cancel_url: optional(url),
    allow_promotion_codes: optional(boolean(m.boolean)),
    discounts: optional(array(object({ coupon: string(m.coupon, minLength(1, m.couponEmpty)) }, m.discount, m.unknownField), m.discounts, [], [1, m.discountsMax])),
    currency: optional(string(m.currency, matches(CURRENCY, m.currency))),
    customer: optional(string(m.customer, minLength(1, m.customerEmpty))),
    payment_method_types: optional(array(oneOf(paymentMethodTypes, m.paymentMethod), m.paymentMethods, [1, m.paymentMethodsMin])),
    subscription_data: object({ trial_period_days: optional(whole('≥ 1', atLeast(1, m.trialMin))) }, m.subscriptionData, m.unknownField),
    expand: optional(array(string(m.expandEntry, minLength(1, m.expandEntry)), m.expand)),
  },
  m.body,
  m.unknownField,
);

/**
 * Every problem of `input` as a checkout session body (the rules relating fields run once every field
 * has the right type), with wire paths (`line_items[0].price` as
 * `['line_items', 0, 'price']`); empty when the body may be sent.
 */
export function checkWireBody(input: unknown): PathIssue[] {
  const issues: PathIssue[] = [];
  if (body(input, [], issues)) crossFieldRules(input as CheckoutSessionRequest, (path, message) => issues.push({ path, message }));
  return issues;
}

/** Rules that relate two fields to each other. Runs on a body whose fields are each valid. */
export function crossFieldRules(body: CheckoutSessionRequest, issue: (path: (string | number)[], message: string) => void): void {
  body.line_items.forEach((item, index) => {
    const adjustable = item.adjustable_quantity;
    if (!adjustable) return;
    const minimum = adjustable.minimum ?? 0;
    const maximum = adjustable.maximum ?? DEFAULT_ADJUSTABLE_MAXIMUM;
    if (maximum < minimum) issue(['line_items', index, 'adjustable_quantity', 'maximum'], `must be at least the minimum (${minimum})`);
    const quantity = item.quantity ?? 1;
    if (quantity > DEFAULT_ADJUSTABLE_MAXIMUM && maximum < quantity) {
      issue(['line_items', index, 'adjustable_quantity', 'maximum'], `must be at least the quantity (${quantity}) when the quantity is over ${DEFAULT_ADJUSTABLE_MAXIMUM}`);
    }
  });

  if (body.mode === 'subscription' && body.line_items.length > MAX_SUBSCRIPTION_ITEMS_PER_KIND * 2) {
    issue(['line_items'], `may contain at most ${MAX_SUBSCRIPTION_ITEMS_PER_KIND} recurring and ${MAX_SUBSCRIPTION_ITEMS_PER_KIND} one-time items in subscription mode`);
  }

  if (body.allow_promotion_codes !== undefined && body.discounts !== undefined) {
    issue(['allow_promotion_codes'], 'cannot be used together with discounts: remove one of them');
  }

  const methods = body.payment_method_types ?? [];
  const duplicate = methods.find((method, index) => methods.indexOf(method) !== index);
  if (duplicate) issue(['payment_method_types'], `lists "${duplicate}" twice: each method may appear once`);

  if (body.mode === 'payment' && body.subscription_data.trial_period_days !== undefined) {
    issue(['subscription_data', 'trial_period_days'], 'only applies in subscription mode: add a recurring item or remove the trial');
  }
}
