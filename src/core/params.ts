import { CheckoutError, validationError, type CheckoutIssue } from './errors';
import type { CheckoutSessionParams, LineItem } from './types';
import { resolveUrl } from './url';
import { array, atLeast, boolean, integer, issuesOf, minLength, number, object, oneOf, optional, string, type Check, type Path, type PathIssue } from './validate';
import { checkWireBody, checkoutModes, paymentMethodTypes, type CheckoutSessionRequest } from './wire';

// Shape check of the camelCase params, for callers in untyped JavaScript. Value rules live in the
// wire contract, so they are written once; this only makes sure mapping cannot throw a TypeError.
const text = (what: string) => string(`must be ${what}`);
const nullable = (check: Check): Check => (value, path, issues) => value === null || check(value, path, issues);
const lineItemShape = object(
  {
    price: text('a price id string such as "price_123"'),
    quantity: optional(number('must be a number')),
    adjustableQuantity: optional(
      object(
        {
          enabled: boolean('must be true or false'),
          minimum: optional(number('must be a number')),
          maximum: optional(number('must be a number')),
        },
        'must be an object such as { enabled: true, minimum: 1, maximum: 10 }',
      ),
    ),
    name: optional(text('a string')),
    unitAmount: optional(number('must be a number in minor units (cents)', integer('must be a whole number of minor units (cents)', atLeast(0, 'must be 0 or more')))),
    image: optional(text('an image URL string')),
    recurring: optional(
      object(
        {
          interval: oneOf(['day', 'week', 'month', 'year'], 'must be "day", "week", "month" or "year"'),
          intervalCount: optional(number('must be a number', integer('must be a whole number', atLeast(1, 'must be at least 1')))),
        },
        'must be an object such as { interval: "month" }',
      ),
    ),
  },
  'must be an object such as { price: "price_123", quantity: 1 }',
);

const paramsShape = object(
  {
    // One message for missing and wrong-typed alike ("is required" would be wrong for `lineItems: "price_1"`).
    lineItems: array(lineItemShape, 'must be an array of line items such as [{ price: "price_123" }]'),
    successUrl: string('must be a URL string such as "/thanks" or "https://shop.example/thanks"', minLength(1, 'is required: the page the shopper returns to after paying, such as "/thanks"')),
    cancelUrl: optional(text('a URL string')),
    mode: optional(oneOf(checkoutModes, 'must be "payment" or "subscription" (or left out to derive it)')),
    allowPromotionCodes: optional(boolean('must be true or false')),
    discounts: optional(array(object({ coupon: text('a coupon id string') }, 'must be an object such as { coupon: "SUMMER" }'), 'must be an array such as [{ coupon: "SUMMER" }]')),
    currency: optional(text('a three-letter currency code such as "eur"')),
    customer: optional(nullable(text('a customer id string'))),
    paymentMethodTypes: optional(array(oneOf(paymentMethodTypes, 'must be "card", "paypal" or "customer_balance"'), 'must be an array such as ["card", "paypal"]')),
    subscriptionData: optional(object({ trialPeriodDays: optional(number('must be a number')) }, 'must be an object such as { trialPeriodDays: 14 }')),
    expand: optional(array(text('a string'), 'must be an array of strings')),
  },
  'must be an object of checkout params',
);

/** Issues with paths written out: `line_items[0].adjustable_quantity` or, for props, `lineItems[0].adjustableQuantity`. */
export const describeIssues = (issues: PathIssue[], toPath: (path: Path) => string): CheckoutIssue[] => issues.map((issue) => ({ path: toPath(issue.path), message: issue.message }));

export interface ToRequestBodyOptions {
  /** Base for relative success and cancel URLs. Default: `location.href` in a browser. */
  baseUrl?: string;
}

/** `line_items[0].adjustable_quantity` → `lineItems[0].adjustableQuantity`: issues name the prop the developer wrote. */
export function toPropPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) => {
      if (typeof segment === 'number') return `[${segment}]`;
      const name = String(segment).replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
      return index === 0 ? name : `.${name}`;
    })
    .join('');
}

export function toWirePath(path: readonly PropertyKey[]): string {
  return path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? String(segment) : `.${String(segment)}`)).join('');
}

export function defaultBaseUrl(): string | undefined {
  return typeof location === 'undefined' ? undefined : location.href;
}

/**
 * Turns the storefront's camelCase params into the snake_case body of the wire contract.
 * Validates everything first and throws CheckoutError('validation') naming each bad prop.
 */
export function toRequestBody(params: CheckoutSessionParams, options: ToRequestBodyOptions = {}): CheckoutSessionRequest {
  const shapeIssues = issuesOf(paramsShape, params);
  if (shapeIssues.length > 0) throw validationError(describeIssues(shapeIssues, toPropPath));
  const baseUrl = options.baseUrl ?? defaultBaseUrl();
  const input = params;

  const recurringIndex = input.lineItems.findIndex((item) => item.recurring !== undefined);
  const mode = input.mode ?? (recurringIndex >= 0 ? 'subscription' : 'payment');
  const issues: CheckoutIssue[] = [];
  if (mode === 'payment' && recurringIndex >= 0) {
    issues.push({ path: 'mode', message: `"payment" cannot include recurring items (lineItems[${recurringIndex}] is recurring): use "subscription" or leave mode out` });
  }
  if (mode === 'subscription') {
    const recurring = input.lineItems.filter((item) => item.recurring).length;
    const oneTime = input.lineItems.some((item) => item.recurring) ? input.lineItems.length - recurring : 0;
    if (recurring > 20) issues.push({ path: 'lineItems', message: `may contain at most 20 recurring items in subscription mode (got ${recurring})` });
    if (oneTime > 20) issues.push({ path: 'lineItems', message: `may contain at most 20 one-time items in subscription mode (got ${oneTime})` });
  }

  const body: CheckoutSessionRequest = {
    line_items: input.lineItems.map(toLineItemRequest),
    mode,
    success_url: resolveUrl(input.successUrl, baseUrl),
    payment_method_types: input.paymentMethodTypes ?? ['card'],
    subscription_data: {},
  };
  if (input.cancelUrl !== undefined && input.cancelUrl !== '') body.cancel_url = resolveUrl(input.cancelUrl, baseUrl);
  if (input.allowPromotionCodes) body.allow_promotion_codes = true;
  if (input.discounts !== undefined && input.discounts.length > 0) body.discounts = input.discounts.map(({ coupon }) => ({ coupon }));
  if (input.currency !== undefined && input.currency !== '') body.currency = input.currency.toLowerCase();
  if (typeof input.customer === 'string' && input.customer.trim() !== '') body.customer = input.customer.trim();
  if (input.subscriptionData?.trialPeriodDays !== undefined) body.subscription_data = { trial_period_days: input.subscriptionData.trialPeriodDays };
  if (input.expand !== undefined && input.expand.length > 0) body.expand = [...input.expand];

  issues.push(...describeIssues(checkWireBody(body), toPropPath));
  if (issues.length > 0) throw validationError(issues);
  return body;
}

function toLineItemRequest(item: LineItem): CheckoutSessionRequest['line_items'][number] {
  const wire: CheckoutSessionRequest['line_items'][number] = { price: item.price, quantity: item.quantity ?? 1 };
  const adjustable = item.adjustableQuantity;
  if (adjustable) {
    wire.adjustable_quantity = { enabled: adjustable.enabled };
    if (adjustable.minimum !== undefined) wire.adjustable_quantity.minimum = adjustable.minimum;
    if (adjustable.maximum !== undefined) wire.adjustable_quantity.maximum = adjustable.maximum;
  }
  return wire;
}

/** Validates params without building a request; returns the issues (empty when valid). */
export function validateParams(params: CheckoutSessionParams, options: ToRequestBodyOptions = {}): CheckoutIssue[] {
  try {
    toRequestBody(params, options);
    return [];
  } catch (error) {
    if (error instanceof CheckoutError && error.issues) return error.issues;
    throw error;
  }
}
