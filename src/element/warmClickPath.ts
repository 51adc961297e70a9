import { prepareCheckout } from '../core/client';
import { looksLikeSecretKey } from '../core/dev';
import { hashText } from '../core/idempotencyKeys';
import { randomId } from '../core/randomId';
import { readLimitedText } from '../core/readBody';
import { checkRedirectUrl } from '../core/redirect';
import { readSessionUrl } from '../core/response';
import type { CheckoutSessionParams, ClientConfig } from '../core/types';

const WARM_KEY = 'checkout-widget:warm';

/**
 * Runs the click path's first-time costs once, when the page is idle after the first render, so the
 * shopper's click pays only for its own work: the first touches of sessionStorage (round trips to the
 * browser process for the idempotency key), the crypto generator, Headers, structuredClone, the
 * secret-key pattern, and the first runs of the body checks, of reading an answer and of the redirect
 * check. Nothing is sent: prepareCheckout only builds and checks, and the storage probe is removed.
 */
export function warmClickPath(params: () => CheckoutSessionParams, config: () => ClientConfig): () => void {
  const run = () => {
    try {
      sessionStorage.setItem(WARM_KEY, '1');
      sessionStorage.removeItem(WARM_KEY);
    } catch {
      // no storage in this frame: core keeps keys in memory
    }
    const attempt = (step: () => unknown) => {
      try {
        step();
      } catch {
        // a setup mistake or a refused example: the widget reports real ones itself
      }
    };
    attempt(() => {
      const prepared = prepareCheckout(params(), config());
      hashText(prepared.json);
      structuredClone(prepared.body);
    });
    attempt(() => looksLikeSecretKey(new Headers({ 'Content-Type': 'application/json' }).get('content-type') ?? ''));
    attempt(randomId);
    attempt(() => checkRedirectUrl(readSessionUrl('{"url":"https://checkout.example/pay"}', undefined), config().allowedRedirectOrigins));
    attempt(() => void readLimitedText(new Response('{}')).catch(() => {}));
  };
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(run, 50);
  return () => clearTimeout(timer);
}
