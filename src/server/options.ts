import type { CheckoutSessionRequest, PaymentMethodType } from '../core/wire';
import type { PriceCatalogue, ResolvePrice } from './catalogue';
import type { OriginRule } from './origins';
import type { CheckoutProvider, CreatedSession } from './providers/types';

/** `true` lets the request through; `'unauthenticated'` answers 401, `false` or `'forbidden'` 403. */
export type AuthorizeResult = boolean | 'unauthenticated' | 'forbidden';

export interface CheckoutHandlerOptions {
  /** Creates the session: `stripeProvider(stripe)`, `forwardProvider({ url, headers })` or your own. Required. */
  provider: CheckoutProvider;
  /**
   * What may be bought: price ids (one-time, quantity 1–99) or a map id → `{ minQuantity, maxQuantity,
   * recurring, trialPeriodDays }`. Unknown prices are refused. Required unless `resolvePrice` is given.
   */
  prices?: PriceCatalogue;
  /** Looks a price up (your database, Stripe's API); `undefined` refuses it. Replaces `prices`. */
  resolvePrice?: ResolvePrice;
  /** The origin shoppers see when this server sits behind a proxy (`https://shop.example`). Default: `new URL(request.url).origin`. */
  publicOrigin?: string;
  /** Other origins whose pages may POST here (CORS with credentials, preflight answered). Default: none, same origin only. */
  allowedOrigins?: OriginRule;
  /** Origins `success_url` and `cancel_url` may point to besides this shop's own. Default: `allowedOrigins`. */
  redirectOrigins?: OriginRule;
  /**
   * The customer id of the signed-in shopper, from your own login session. Without it a body naming a
   * `customer` is refused; with it, a body naming another customer is refused and the resolved id is
   * sent. `claimed` is the browser's value: compare with it, never return it unchecked.
   */
  resolveCustomer?: (request: Request, claimed: string | undefined) => string | undefined | Promise<string | undefined>;
  /** Coupon ids the browser may apply (`discounts`). Default: none, every discount refused. */
  coupons?: readonly string[] | ((coupon: string) => boolean);
  /** Let the shopper type promotion codes on the payment page (the provider checks each code). Default true. */
  allowPromotionCodes?: boolean;
  /** Currencies the browser may ask for. Default: any three-letter code (the provider checks it against the price). */
  currencies?: readonly string[];
  /** Payment methods the browser may ask for. Default: all of the contract's (`card`, `paypal`, `customer_balance`). */
  paymentMethodTypes?: readonly PaymentMethodType[];
  /** Response fields the browser may `expand`. Default: none. */
  expand?: readonly string[] | ((path: string) => boolean);
  /** Runs after the body is parsed and before the policy: your login check. Default: everyone may create a session. */
  authorize?: (request: Request) => AuthorizeResult | Promise<AuthorizeResult>;
  /** Called after the provider created a session, before the answer: logging, your own order records. Errors in it are logged, not shown. */
  onSession?: (event: { request: Request; body: CheckoutSessionRequest; session: CreatedSession }) => void | Promise<void>;
  /** Largest body accepted, in bytes; larger ones get 413 and the rest is not read. Default 32768 (32 KB). */
  maxBodyBytes?: number;
  /** Makes the `X-Request-Id` of each answer. Default: `req_` and 24 random hex digits. */
  requestId?: (request: Request) => string;
  /** Extra request headers a cross-origin page may send (CORS). Default: none beyond the widget's own. */
  allowHeaders?: readonly string[];
  /** Where errors that are not the shopper's are reported (a provider's exception, a failing hook). Default `console.error`. */
  onError?: (error: unknown, request: Request) => void;
}
