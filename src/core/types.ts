import type { CheckoutMode, PaymentMethodType } from './wire';

export type { CheckoutMode, PaymentMethodType };
export type RecurringInterval = 'day' | 'week' | 'month' | 'year';

/** One product in the checkout. `price`, `quantity` and `adjustableQuantity` are sent; the rest is for display only. */
export interface LineItem {
  /** Price id in the payment provider, e.g. `price_1Nx…`. Required. */
  price: string;
  /** Whole number ≥ 1. Default 1. */
  quantity?: number;
  /** Lets the shopper change the quantity on the hosted page (and in CheckoutForm with `allowQuantityEdit`). */
  adjustableQuantity?: { enabled: boolean; minimum?: number; maximum?: number };
  /** Product name shown in CheckoutForm. Display only. */
  name?: string;
  /** Unit price in minor units (cents). Display only. */
  unitAmount?: number;
  /** Image URL shown beside the name. Display only. */
  image?: string;
  /** Marks a subscription price: derives `mode: "subscription"` and shows "/ month". Not sent. */
  recurring?: { interval: RecurringInterval; intervalCount?: number };
}

/** Everything that describes one checkout session, in the camelCase the storefront writes. */
export interface CheckoutSessionParams {
  lineItems: LineItem[];
  /** Where the hosted page sends the shopper after paying. Absolute or relative to the page; `{CHECKOUT_SESSION_ID}` is kept literally. */
  successUrl: string;
  /** Where the hosted page's back button goes. */
  cancelUrl?: string;
  /** Default: `subscription` when any item is recurring, else `payment`. */
  mode?: CheckoutMode;
  /** Lets the shopper type a promotion code on the hosted page. Never together with `discounts`. */
  allowPromotionCodes?: boolean;
  /** At most one coupon applied up front. Never together with `allowPromotionCodes`. */
  discounts?: { coupon: string }[];
  /** Three-letter ISO code, e.g. `eur`. Upper case is lowered for you. */
  currency?: string;
  /** Existing customer id; a blank value is dropped. */
  customer?: string;
  /** Default `["card"]`. */
  paymentMethodTypes?: PaymentMethodType[];
  subscriptionData?: { trialPeriodDays?: number };
  expand?: string[];
}

export type HeadersValue = HeadersInit | undefined;

/** How the widget talks to the shop's backend. */
export interface ClientConfig {
  /** URL or path of the shop's session endpoint. Default `/checkout/session`. */
  endpoint?: string;
  /** Extra request headers, or a function returning them (called once per click). */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  /** Returns the shopper's access token, sent as `Authorization: Bearer <token>`. Never a secret API key. */
  getAccessToken?: () => string | null | undefined | Promise<string | null | undefined>;
  /** Fetch credentials mode. Default `same-origin`; `include` for a cookie session on another origin. */
  credentials?: RequestCredentials;
  /** Fetch implementation. Default `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** Time allowed for one attempt, in ms. Default 15000. */
  timeoutMs?: number;
  /** Automatic retries of network failures, 429, 502, 503 and 504. Default 2. */
  retries?: number;
  /** First backoff delay in ms, doubled each retry (capped at 5 s). Default 500. */
  retryDelayMs?: number;
  /** When set, redirects to any other origin are refused. */
  allowedRedirectOrigins?: string[];
  /** Base for relative `successUrl`, `cancelUrl` and `endpoint`. Default `location.href` in a browser. */
  baseUrl?: string;
}

export interface CheckoutSession {
  /** The hosted payment page to send the shopper to. */
  url: string;
  /** The backend's `x-request-id`, when it sent one. */
  requestId?: string;
}
