import type { CheckoutSessionRequest } from '../../core/wire';
import { fromStripeError } from './stripeErrors';
import { localeFromAcceptLanguage, type StripeLocale } from './stripeLocale';
import type { CheckoutProvider } from './types';

/**
 * The part of the `stripe` client this provider calls. Structural, so the server entry never imports
 * `stripe` (the shop passes its own instance; any version ≥ 17 fits).
 */
export interface StripeCheckoutClient {
  checkout: {
    sessions: {
      create(params: Record<string, unknown>, options?: { idempotencyKey?: string; timeout?: number }): Promise<{ id: string; url: string | null }>;
    };
  };
}

export interface StripeProviderOptions {
  /** Language of Stripe's hosted page. Default: from the request's `Accept-Language` (the shopper's browser), else Stripe's `auto`. */
  locale?: StripeLocale;
  /**
   * Give up on Stripe after this long (502; the widget retries with the same Idempotency-Key, so a
   * session Stripe created meanwhile is the one it gets). Default 15000 ms, the widget's own deadline.
   */
  timeoutMs?: number;
  /** Extra parameters for every session (`metadata`, `automatic_tax`, …), set by the server. The checked body wins where both set a field. */
  params?: Record<string, unknown>;
}

/**
 * Creates sessions with Stripe Checkout through the shop's instance of the official client:
 * `stripeProvider(new Stripe(process.env.STRIPE_SECRET_KEY))`.
 */
export function stripeProvider(stripe: StripeCheckoutClient, options: StripeProviderOptions = {}): CheckoutProvider {
  if (!stripe?.checkout?.sessions || typeof stripe.checkout.sessions.create !== 'function') {
    throw new Error('stripeProvider: pass an instance of the official client: stripeProvider(new Stripe(process.env.STRIPE_SECRET_KEY))');
  }
  return {
    async createSession(body, { idempotencyKey, request }) {
      const params = { ...options.params, ...toStripeParams(body), locale: options.locale ?? localeFromAcceptLanguage(request.headers.get('accept-language')) };
      let session: { id: string; url: string | null };
      try {
        session = await stripe.checkout.sessions.create(params, { timeout: options.timeoutMs ?? 15_000, ...(idempotencyKey ? { idempotencyKey } : {}) });
      } catch (error) {
        throw fromStripeError(error);
      }
      return { url: session.url ?? '', id: session.id };
    },
  };
}

/** The checked body as `checkout.sessions.create` parameters; Stripe refuses `subscription_data` outside subscription mode. */
export function toStripeParams(body: CheckoutSessionRequest): Record<string, unknown> {
  const { subscription_data: subscription, ...rest } = body;
  return body.mode === 'subscription' && subscription.trial_period_days !== undefined ? { ...rest, subscription_data: subscription } : rest;
}
