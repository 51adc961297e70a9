import * as z from 'zod/mini';
import { urlProblem } from './url';

// zod probes `new Function` once to decide whether it may JIT object parsers; under a CSP without
// 'unsafe-eval' the browser reports that probe as a violation. Jitless parsing is fast enough here.
z.config({ jitless: true });

export const paymentMethodTypes = ['card', 'paypal', 'customer_balance'] as const;
export type PaymentMethodType = (typeof paymentMethodTypes)[number];
export const checkoutModes = ['payment', 'subscription'] as const;
export type CheckoutMode = (typeof checkoutModes)[number];

export const MAX_LINE_ITEMS = 100;
export const MAX_SUBSCRIPTION_ITEMS_PER_KIND = 20;
export const MAX_ADJUSTABLE_QUANTITY = 999999;
export const DEFAULT_ADJUSTABLE_MAXIMUM = 99;
const PRICE_ID = /^[A-Za-z0-9_\-.:]{1,255}$/;

/** A missing required field says so, instead of the type it should have had. */
const requiredOr = (message: string) => (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : message);

const integer = (rule: string) => z.number(`must be a number ${rule}`).check(z.int(`must be a whole number ${rule}`));

const url = z.string({ error: requiredOr('must be a string URL') }).check(
  z.superRefine((value, ctx) => {
    const problem = urlProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
  }),
);

const priceId = z.string('must be a price id string such as "price_123"').check(
  z.regex(PRICE_ID, 'must be a non-empty price id such as "price_1Nx…" (letters, digits, "_" and "-", no spaces)'),
);

export const adjustableQuantitySchema = z.strictObject({
  enabled: z.boolean('must be true or false'),
  minimum: z.optional(integer('≥ 0').check(z.gte(0, 'must be 0 or more'))),
  maximum: z.optional(
    integer(`≤ ${MAX_ADJUSTABLE_QUANTITY}`).check(z.lte(MAX_ADJUSTABLE_QUANTITY, `must be at most ${MAX_ADJUSTABLE_QUANTITY}`)),
  ),
});

export const lineItemRequestSchema = z.strictObject({
  price: priceId,
  quantity: z.optional(integer('≥ 1').check(z.gte(1, 'must be at least 1 (0 is never a valid purchase)'))),
  adjustable_quantity: z.optional(adjustableQuantitySchema),
});

/** The snake_case body POSTed to the shop's backend: the wire contract of ../spec/README.md. */
export const checkoutSessionRequestSchema = z
  .strictObject({
    line_items: z.array(lineItemRequestSchema, { error: requiredOr('must be an array of line items') }).check(
      z.minLength(1, 'must contain at least one line item'),
      z.maxLength(MAX_LINE_ITEMS, `must contain at most ${MAX_LINE_ITEMS} line items`),
    ),
    mode: z.enum(checkoutModes, { error: requiredOr('must be "payment" or "subscription"') }),
    success_url: url,
    cancel_url: z.optional(url),
    allow_promotion_codes: z.optional(z.boolean('must be true or false')),
    discounts: z.optional(
      z
        .array(z.strictObject({ coupon: z.string('must be a coupon id').check(z.minLength(1, 'must be a non-empty coupon id')) }))
        .check(z.maxLength(1, 'may contain at most one discount')),
    ),
    currency: z.optional(z.string().check(z.regex(/^[a-z]{3}$/, 'must be a three-letter lowercase ISO code such as "eur" or "usd"'))),
    customer: z.optional(z.string('must be a customer id string').check(z.minLength(1, 'must be a customer id; leave it out when there is none'))),
    payment_method_types: z.optional(
      z.array(z.enum(paymentMethodTypes, 'must be one of "card", "paypal", "customer_balance"')).check(
        z.minLength(1, 'must offer at least one payment method'),
      ),
    ),
    subscription_data: z.strictObject(
      {
        trial_period_days: z.optional(integer('≥ 1').check(z.gte(1, 'must be at least 1 day'))),
      },
      'is required: send {} when there is nothing in it',
    ),
    expand: z.optional(z.array(z.string().check(z.minLength(1, 'must be a non-empty field path')))),
  })
  .check(z.superRefine((body, ctx) => crossFieldRules(body, ctx.addIssue.bind(ctx))));

export type CheckoutSessionRequest = z.infer<typeof checkoutSessionRequestSchema>;
export type LineItemRequest = z.infer<typeof lineItemRequestSchema>;

type AddIssue = (issue: { code: 'custom'; message: string; path: (string | number)[]; input: unknown }) => void;

// Rules that relate two fields to each other; zod's per-field checks cannot express them.
function crossFieldRules(body: CheckoutSessionRequest, addIssue: AddIssue): void {
  const issue = (path: (string | number)[], message: string) => addIssue({ code: 'custom', message, path, input: body });

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
