import { randomId } from './client';
import type { CheckoutError } from './errors';

/** The Idempotency-Keys of one widget's checkouts, across the shopper's clicks. */
export interface IdempotencyKeys {
  /** The key for a request with this body (the JSON text that is sent). */
  keyFor(body: string): string;
  /** How the request with the last key ended: null when a session URL came back. */
  settle(error: CheckoutError | null): void;
}

/**
 * createCheckoutSession keeps one key across its own automatic retries; this keeps it across clicks.
 * After a failure whose outcome is unknown (`error.retryable`: network, timeout, cancelled, 5xx, 429,
 * an unreadable 2xx), the backend may have created the session and only the answer was lost, so
 * clicking again for the same body reuses the key and the backend answers with that session instead of
 * creating a second one. A definitive answer (a session URL, a 4xx, a setup mistake) or a different
 * body (the shopper changed the cart) starts a new key.
 */
export function createIdempotencyKeys(newKey: () => string = randomId): IdempotencyKeys {
  let unsettled: { body: string; key: string } | undefined;
  return {
    keyFor(body) {
      if (unsettled?.body !== body) unsettled = { body, key: newKey() };
      return unsettled.key;
    },
    settle(error) {
      if (!error?.retryable) unsettled = undefined;
    },
  };
}
