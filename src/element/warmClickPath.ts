import { prepareCheckout } from '../core/client';
import { hashText } from '../core/idempotencyKeys';
import { randomId } from '../core/randomId';
import type { CheckoutSessionParams, ClientConfig } from '../core/types';

/**
 * Runs the click path's first-time costs once, when the page is idle after the first render, so the
 * shopper's click pays only for its own work: the first touch of sessionStorage (a round trip to the
 * browser process for the idempotency key), the crypto generator, Headers and structuredClone, and
 * the first run of the body checks. Nothing is sent or stored: prepareCheckout only builds and checks.
 */
export function warmClickPath(params: () => CheckoutSessionParams, config: () => ClientConfig): () => void {
  const run = () => {
    try {
      void sessionStorage.getItem('checkout-widget:warm');
    } catch {
      // no storage in this frame: core keeps keys in memory
    }
    try {
      const prepared = prepareCheckout(params(), config());
      hashText(prepared.json);
      structuredClone(prepared.body);
      void new Headers({ 'Content-Type': 'application/json' });
      randomId();
    } catch {
      // a setup mistake: the widget shows it; the warm-up has nothing to add
    }
  };
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(run, 50);
  return () => clearTimeout(timer);
}
