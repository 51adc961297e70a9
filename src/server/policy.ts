import type { CheckoutSessionRequest } from '../core/wire';
import { paymentMethodTypes } from '../core/wire';
import type { ResolvePrice } from './catalogue';
import { refuse, type Refusal } from './errors';
import { checkLineItems } from './lineItems';
import type { CheckoutHandlerOptions } from './options';
import { redirectProblem } from './origins';

export type PolicyResult = { ok: true; body: CheckoutSessionRequest } | ({ ok: false } & Refusal);

/**
 * The shop's rules over a body that already matches the wire schema. Everything the browser says is
 * a request, not a fact: each field is checked against what the shop configured, and refused (400 and
 * the field) unless an option allows it. The body passed on is rebuilt from checked fields only.
 */
export async function applyPolicy(body: CheckoutSessionRequest, request: Request, own: string, options: CheckoutHandlerOptions, resolvePrice: ResolvePrice): Promise<PolicyResult> {
  const refusal = (await checkLineItems(body, request, resolvePrice)) ?? checkRedirects(body, own, options) ?? checkOffers(body, options);
  if (refusal) return { ok: false, ...refusal };
  const customer = await checkCustomer(body.customer, request, options);
  if (typeof customer === 'object') return { ok: false, ...customer };
  return { ok: true, body: rebuild(body, customer) };
}

function checkRedirects(body: CheckoutSessionRequest, own: string, options: CheckoutHandlerOptions): Refusal | undefined {
  const allowed = options.redirectOrigins ?? options.allowedOrigins;
  for (const field of ['success_url', 'cancel_url'] as const) {
    const value = body[field];
    const problem = value === undefined ? undefined : redirectProblem(value, own, allowed);
    if (problem) return refuse(400, `${field}: ${problem}`, field);
  }
  return undefined;
}

function checkOffers(body: CheckoutSessionRequest, options: CheckoutHandlerOptions): Refusal | undefined {
  const coupons = options.coupons;
  const discountIndex = (body.discounts ?? []).findIndex(({ coupon }) => !(typeof coupons === 'function' ? coupons(coupon) : (coupons ?? []).includes(coupon)));
  if (discountIndex >= 0) return refuse(400, `discounts[${discountIndex}].coupon: is not a coupon this shop offers`, `discounts[${discountIndex}].coupon`);
  if (body.allow_promotion_codes === true && options.allowPromotionCodes === false) {
    return refuse(400, 'allow_promotion_codes: promotion codes are not accepted by this shop', 'allow_promotion_codes');
  }
  // The wire carries lowercase codes; a shop may well list "EUR".
  const currencies = options.currencies?.map((code) => code.toLowerCase());
  if (body.currency !== undefined && currencies && !currencies.includes(body.currency)) {
    return refuse(400, `currency: must be one of ${currencies.map((code) => `"${code}"`).join(', ')}`, 'currency');
  }
  const methods = options.paymentMethodTypes ?? paymentMethodTypes;
  const methodIndex = (body.payment_method_types ?? []).findIndex((method) => !methods.includes(method));
  if (methodIndex >= 0) return refuse(400, `payment_method_types[${methodIndex}]: must be one of ${methods.map((method) => `"${method}"`).join(', ')}`, `payment_method_types[${methodIndex}]`);
  const expand = options.expand;
  const expandIndex = (body.expand ?? []).findIndex((path) => !(typeof expand === 'function' ? expand(path) : (expand ?? []).includes(path)));
  if (expandIndex >= 0) return refuse(400, `expand[${expandIndex}]: is not a field this shop lets the browser expand`, `expand[${expandIndex}]`);
  return undefined;
}

/** The customer to send (undefined: none), or a refusal. */
async function checkCustomer(claimed: string | undefined, request: Request, options: CheckoutHandlerOptions): Promise<string | undefined | Refusal> {
  if (!options.resolveCustomer) return claimed === undefined ? undefined : refuse(400, 'customer: cannot be chosen by the browser: the server attaches the signed-in customer', 'customer');
  const resolved = await options.resolveCustomer(request, claimed);
  if (claimed !== undefined && !resolved) return refuse(400, 'customer: sign in to check out as a customer', 'customer');
  if (claimed !== undefined && claimed !== resolved) return refuse(400, 'customer: is not the signed-in customer', 'customer');
  return resolved || undefined;
}

// Field by field, so nothing the schema let through by accident (or a later schema version adds) rides along.
function rebuild(body: CheckoutSessionRequest, customer: string | undefined): CheckoutSessionRequest {
  const checked: CheckoutSessionRequest = {
    line_items: body.line_items.map((item) => ({
      price: item.price,
      ...(item.quantity !== undefined ? { quantity: item.quantity } : {}),
      ...(item.adjustable_quantity ? { adjustable_quantity: { ...item.adjustable_quantity } } : {}),
    })),
    mode: body.mode,
    success_url: body.success_url,
    subscription_data: body.subscription_data.trial_period_days !== undefined ? { trial_period_days: body.subscription_data.trial_period_days } : {},
  };
  if (body.cancel_url !== undefined) checked.cancel_url = body.cancel_url;
  if (body.allow_promotion_codes !== undefined) checked.allow_promotion_codes = body.allow_promotion_codes;
  if (body.discounts) checked.discounts = body.discounts.map(({ coupon }) => ({ coupon }));
  if (body.currency !== undefined) checked.currency = body.currency;
  if (customer !== undefined) checked.customer = customer;
  if (body.payment_method_types) checked.payment_method_types = [...body.payment_method_types];
  if (body.expand) checked.expand = [...body.expand];
  return checked;
}
