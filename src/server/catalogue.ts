/** What the shop sells under one price id. */
export interface PriceRule {
  /** Smallest total quantity of this price in one checkout. Default 1. */
  minQuantity?: number;
  /** Largest total quantity of this price in one checkout (duplicate lines added up, adjustable maximums included). Default 99. */
  maxQuantity?: number;
  /**
   * True for a subscription price (the session's mode becomes `subscription`). Default false.
   * `'either'` means the catalogue does not know and the body's `mode` is accepted: for demo
   * policies only, a real shop always knows.
   */
  recurring?: boolean | 'either';
  /** Longest free trial the browser may ask for with this recurring price, in days. Default: none (no trial). */
  trialPeriodDays?: number;
}

/** `['price_mug', 'price_beans']` (one-time prices with default quantities) or `{ price_id: rule }`. */
export type PriceCatalogue = readonly string[] | Readonly<Record<string, PriceRule>>;

export type ResolvePrice = (priceId: string, request: Request) => PriceRule | undefined | Promise<PriceRule | undefined>;

export const DEFAULT_MAX_QUANTITY = 99;

/** One lookup for both ways of giving a catalogue, so the policy never sees the difference. */
export function priceLookup(prices: PriceCatalogue | undefined, resolvePrice: ResolvePrice | undefined): ResolvePrice {
  if (resolvePrice) return resolvePrice;
  if (!prices) throw new Error('createCheckoutHandler: give `prices` (a list of price ids or a map id → rule) or `resolvePrice(id)`: without a catalogue a shopper could buy any price of your account');
  if (Array.isArray(prices)) {
    const known = new Set(prices as readonly string[]);
    return (id) => (known.has(id) ? {} : undefined);
  }
  const map = prices as Readonly<Record<string, PriceRule>>;
  // Own properties only: "__proto__", "constructor" or "toString" must never resolve to something.
  return (id) => (Object.prototype.hasOwnProperty.call(map, id) ? map[id] : undefined);
}
