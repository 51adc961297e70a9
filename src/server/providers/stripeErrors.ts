import { CheckoutProviderError } from '../errors';

/** The fields of the `stripe` package's errors that the mapping reads (any version ≥ 17). */
interface StripeErrorLike {
  type?: string;
  message?: string;
  param?: string;
  code?: string;
  statusCode?: number;
  headers?: Record<string, string | string[] | undefined>;
}

/**
 * A `stripe` client error as the widget's answer. Invalid requests keep Stripe's message and `param`
 * (the widget shows them by the field); rate limits keep `Retry-After`; key and permission problems
 * are the shop's setup, not the shopper's, so they become a 500 the widget does not retry and whose
 * message names no key; network trouble and Stripe outages are a 502 the widget may retry.
 */
export function fromStripeError(error: unknown): CheckoutProviderError {
  const stripeError = (typeof error === 'object' && error !== null ? error : {}) as StripeErrorLike;
  switch (stripeError.type) {
    case 'StripeInvalidRequestError':
    case 'StripeCardError':
      return new CheckoutProviderError(400, stripeError.message || 'The payment provider refused the session', { ...(stripeError.param ? { param: toWireParam(stripeError.param) } : {}), ...(stripeError.code ? { code: stripeError.code } : {}) });
    case 'StripeIdempotencyError':
      return new CheckoutProviderError(409, 'This Idempotency-Key was already used with a different request', { param: 'Idempotency-Key', code: 'idempotency_error' });
    case 'StripeRateLimitError':
      return new CheckoutProviderError(429, 'Too many checkout requests right now; try again in a moment', { retryAfter: retryAfterOf(stripeError.headers) });
    case 'StripeAuthenticationError':
    case 'StripePermissionError':
      return new CheckoutProviderError(500, 'The shop’s payment setup is incomplete; please contact the shop', { code: 'provider_setup' });
    default:
      // StripeConnectionError, StripeAPIError, anything unknown.
      return new CheckoutProviderError(502, 'The payment provider could not be reached; try again');
  }
}

function retryAfterOf(headers: StripeErrorLike['headers']): number {
  const raw = headers?.['retry-after'];
  const seconds = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(Math.ceil(seconds), 3600) : 1;
}

/** Stripe names fields as form keys (`line_items[0][price]`); the widget reads wire paths (`line_items[0].price`). */
export function toWireParam(param: string): string {
  return param.replace(/\[([^\]\d][^\]]*)\]/g, '.$1');
}
