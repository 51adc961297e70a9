import type { CheckoutCallbacks } from './callbacks';
import { prepareCheckout, sendCheckout, DEFAULT_ENDPOINT } from './client';
import { CheckoutError } from './errors';
import { callHost } from './followSession';
import { checkRedirectUrl } from './redirect';
import type { CheckoutSession, CheckoutSessionParams, ClientConfig } from './types';

export interface CheckoutMutationHooks {
  /** Sees the exact body before it is sent; `false` cancels (the mutation fails with kind `aborted`, code `cancelled`). */
  onRequest?: CheckoutCallbacks['onRequest'];
  /** The signal for the next request (TanStack mutations have none of their own). */
  signal?: () => AbortSignal | undefined;
}

/**
 * `{ mutationKey, mutationFn }` for TanStack Query's `useMutation` (React, Vue, Solid, Svelte):
 * `mutationFn(params)` creates the session and resolves to `{ url, requestId }` without navigating.
 * The widget retries inside the request (only what is safe, with one idempotency key), so `retry` is 0;
 * `networkMode: 'always'` keeps an offline shopper from waiting on a paused mutation forever.
 * Follow it with `followSession` (or `redirectToCheckout(session.url)`) to send the shopper on.
 */
export function checkoutMutationOptions(config: ClientConfig = {}, hooks: CheckoutMutationHooks = {}) {
  return {
    mutationKey: ['checkout-widget', 'checkout-session', config.endpoint ?? DEFAULT_ENDPOINT] as const,
    mutationFn: async (params: CheckoutSessionParams): Promise<CheckoutSession> => {
      const prepared = prepareCheckout(params, config);
      if (callHost(() => hooks.onRequest?.(prepared.body)) === false) {
        throw new CheckoutError('aborted', 'onRequest returned false: no request was sent', { code: 'cancelled', retryable: false });
      }
      const session = await sendCheckout(prepared, { signal: hooks.signal?.() });
      // A session whose page may not be opened is a failure, whoever navigates: resolve only to a checked URL.
      return { ...session, url: checkRedirectUrl(session.url, config.allowedRedirectOrigins) };
    },
    retry: 0 as const,
    networkMode: 'always' as const,
  };
}
