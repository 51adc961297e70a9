import * as z from 'zod/mini';
import { urlProblem } from '../core/url';
import {
  CURRENCY,
  MAX_ADJUSTABLE_QUANTITY,
  MAX_LINE_ITEMS,
  PRICE_ID,
  checkoutModes,
  crossFieldRules,
  paymentMethodTypes,
  wireMessages as m,
  type CheckoutSessionRequest,
  type LineItemRequest,
} from '../core/wire';

// `checkout-widget/schema`: the wire contract of ../spec/README.md as zod schemas, for the shop's
// backend (and the mock) to parse request bodies with. The widget itself checks bodies with core's
// zod-free `checkWireBody`; test/core/wireBody.test.ts keeps the two equal, issue for issue.

// zod probes `new Function` once to decide whether it may JIT object parsers; under a CSP without
// 'unsafe-eval' the browser reports that probe as a violation. Jitless parsing is fast enough here.
z.config({ jitless: true });

const requiredOr = (message: string) => (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : message);
// zod runs its length checks on anything with a length, even after the type check failed (a string
// given for an array would also hear "at most one discount"): run them only on the right type.
const ofArray = (message: string) => ({ error: message, when: (payload: { value: unknown }) => Array.isArray(payload.value) });
const ofString = (message: string) => ({ error: message, when: (payload: { value: unknown }) => typeof payload.value === 'string' });
const integer = (range: string) => z.number(m.number(range)).check(z.int(m.whole(range)));

const url = z.string({ error: requiredOr(m.url) }).check(
  z.superRefine((value, ctx) => {
    const problem = urlProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
  }),
);

export const adjustableQuantitySchema = z.strictObject(
  {
    enabled: z.boolean(m.enabled),
    minimum: z.optional(integer('≥ 0').check(z.gte(0, m.minimumMin))),
    maximum: z.optional(integer(`≤ ${MAX_ADJUSTABLE_QUANTITY}`).check(z.lte(MAX_ADJUSTABLE_QUANTITY, m.maximumMax))),
  },
  m.adjustable,
);

export const lineItemRequestSchema = z.strictObject(
  {
    price: z.string(m.price).check(z.regex(PRICE_ID, m.priceFormat)),
    quantity: z.optional(integer('≥ 1').check(z.gte(1, m.quantityMin))),
    adjustable_quantity: z.optional(adjustableQuantitySchema),
  },
  m.lineItem,
);

/** The snake_case body POSTed to the shop's backend: the wire contract of ../spec/README.md. */
export const checkoutSessionRequestSchema = z
  .strictObject(
    {
      line_items: z.array(lineItemRequestSchema, { error: requiredOr(m.lineItems) }).check(z.minLength(1, ofArray(m.lineItemsMin)), z.maxLength(MAX_LINE_ITEMS, ofArray(m.lineItemsMax))),
      mode: z.enum(checkoutModes, { error: requiredOr(m.mode) }),
      success_url: url,
      cancel_url: z.optional(url),
      allow_promotion_codes: z.optional(z.boolean(m.boolean)),
      discounts: z.optional(z.array(z.strictObject({ coupon: z.string(m.coupon).check(z.minLength(1, ofString(m.couponEmpty))) }, m.discount), m.discounts).check(z.maxLength(1, ofArray(m.discountsMax)))),
      currency: z.optional(z.string(m.currency).check(z.regex(CURRENCY, m.currency))),
      customer: z.optional(z.string(m.customer).check(z.minLength(1, ofString(m.customerEmpty)))),
      payment_method_types: z.optional(z.array(z.enum(paymentMethodTypes, m.paymentMethod), m.paymentMethods).check(z.minLength(1, ofArray(m.paymentMethodsMin)))),
      subscription_data: z.strictObject({ trial_period_days: z.optional(integer('≥ 1').check(z.gte(1, m.trialMin))) }, m.subscriptionData),
      expand: z.optional(z.array(z.string(m.expandEntry).check(z.minLength(1, ofString(m.expandEntry))), m.expand)),
    },
    m.body,
  )
  .check(
    z.superRefine((body, ctx) =>
      crossFieldRules(body, (path, message) => ctx.addIssue({ code: 'custom', message, path, input: body })),
    ),
  );

// The zod schema and core's interfaces describe the same body (a compile error here means they drifted).
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false; // exact, optional fields included
const sameBody: Same<z.infer<typeof checkoutSessionRequestSchema>, CheckoutSessionRequest> = true;
const sameItem: Same<z.infer<typeof lineItemRequestSchema>, LineItemRequest> = true;
void sameBody;
void sameItem;

export type { CheckoutSessionRequest, LineItemRequest };

/** zod's issues as the widget reports them: `unrecognized_keys` names the first unknown field. */
export function issuesFromZod(error: z.core.$ZodError): { path: (string | number)[]; message: string }[] {
  return error.issues.map((issue) =>
    issue.code === 'unrecognized_keys'
      ? { path: [...(issue.path as (string | number)[]), issue.keys[0] ?? ''], message: m.unknownField }
      : { path: issue.path as (string | number)[], message: issue.message },
  );
}
