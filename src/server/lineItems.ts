import type { CheckoutMode, CheckoutSessionRequest, LineItemRequest } from '../core/wire';
import { DEFAULT_ADJUSTABLE_MAXIMUM } from '../core/wire';
import { DEFAULT_MAX_QUANTITY, type PriceRule, type ResolvePrice } from './catalogue';
import { refuse, type Refusal } from './errors';

/**
 * The catalogue rules: every price known, quantities within the catalogue's bounds once duplicate lines
 * are added up (so a maximum cannot be dodged by splitting one price over several lines), adjustable
 * quantities unable to reach past them, the mode the prices imply and a trial no longer than offered.
 */
export async function checkLineItems(body: CheckoutSessionRequest, request: Request, resolvePrice: ResolvePrice): Promise<Refusal | undefined> {
  const rules = new Map<string, PriceRule>();
  for (const [index, item] of body.line_items.entries()) {
    if (rules.has(item.price)) continue;
    const rule = await resolvePrice(item.price, request);
    if (!rule) return refuse(400, `line_items[${index}].price: no such price: ${JSON.stringify(item.price.slice(0, 100))}`, `line_items[${index}].price`);
    rules.set(item.price, rule);
  }
  for (const [price, rule] of rules) {
    const problem = quantityProblem(body.line_items, price, rule);
    if (problem) return problem;
  }
  return modeProblem(body, rules) ?? trialProblem(body, rules);
}

function quantityProblem(items: LineItemRequest[], price: string, rule: PriceRule): Refusal | undefined {
  const maxQuantity = rule.maxQuantity ?? DEFAULT_MAX_QUANTITY;
  const minQuantity = rule.minQuantity ?? 1;
  let total = 0;
  let reachableMax = 0;
  let reachableMin = 0;
  let last = 0;
  items.forEach((item, index) => {
    if (item.price !== price) return;
    const quantity = item.quantity ?? 1;
    const adjustable = item.adjustable_quantity?.enabled ? item.adjustable_quantity : undefined;
    total += quantity;
    reachableMax += adjustable ? Math.max(quantity, adjustable.maximum ?? DEFAULT_ADJUSTABLE_MAXIMUM) : quantity;
    reachableMin += adjustable ? Math.min(quantity, adjustable.minimum ?? 0) : quantity;
    last = index;
  });
  const lines = items.filter((item) => item.price === price).length;
  const together = lines > 1 ? ` (all ${lines} lines of ${price} together)` : '';
  const at = `line_items[${last}]`;
  if (total > maxQuantity) return refuse(400, `${at}.quantity: must be at most ${maxQuantity}${together}`, `${at}.quantity`);
  if (total < minQuantity) return refuse(400, `${at}.quantity: must be at least ${minQuantity}${together}`, `${at}.quantity`);
  if (reachableMax > maxQuantity) {
    return refuse(400, `${at}.adjustable_quantity.maximum: the shopper could raise the quantity past ${maxQuantity}${together}`, `${at}.adjustable_quantity.maximum`);
  }
  // A minimum of 0 lets the shopper take the item out on the payment page, which is no purchase at
  // quantity 0; only a catalogue that sets its own minimum asks more than that.
  if (rule.minQuantity !== undefined && reachableMin < rule.minQuantity) {
    return refuse(400, `${at}.adjustable_quantity.minimum: must be at least ${rule.minQuantity}${together}`, `${at}.adjustable_quantity.minimum`);
  }
  return undefined;
}

function modeProblem(body: CheckoutSessionRequest, rules: Map<string, PriceRule>): Refusal | undefined {
  const kinds = [...rules.values()].map((rule) => rule.recurring ?? false);
  const mode: CheckoutMode = kinds.includes(true) ? 'subscription' : kinds.every((kind) => kind === false) ? 'payment' : body.mode;
  if (body.mode === mode) return undefined;
  const why = mode === 'subscription' ? 'the cart holds a recurring price' : 'no price in the cart is recurring';
  return refuse(400, `mode: must be "${mode}": ${why}`, 'mode');
}

function trialProblem(body: CheckoutSessionRequest, rules: Map<string, PriceRule>): Refusal | undefined {
  const days = body.subscription_data.trial_period_days;
  if (days === undefined) return undefined;
  const offers = [...rules.values()].filter((rule) => rule.recurring === true || rule.recurring === 'either').map((rule) => rule.trialPeriodDays ?? 0);
  // With several subscription prices the shortest offer holds: one trial covers the whole subscription.
  const allowed = offers.length > 0 ? Math.min(...offers) : 0;
  if (days <= allowed) return undefined;
  const param = 'subscription_data.trial_period_days';
  return refuse(400, allowed > 0 ? `${param}: must be at most ${allowed} days` : `${param}: no free trial is offered for these prices`, param);
}
