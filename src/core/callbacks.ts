import { warnOnce } from './dev';
import { CheckoutError, isCheckoutError } from './errors';
import type { CheckoutSession } from './types';
import type { CheckoutSessionRequest } from './wire';

/** Hooks into one checkout, shared by the controller, the React components and the elements. */
export interface CheckoutCallbacks {
  /**
   * Called with the exact snake_case body just before the POST (read it, do not change it).
   * Return `false` to cancel the request without an error. Default: none.
   */
  onRequest?: (body: CheckoutSessionRequest) => boolean | void;
  /** Called once the backend created the session and its URL passed the safety check. Default: none. */
  onSuccess?: (session: CheckoutSession) => void;
  /** Called with the checked hosted page URL before navigating; return `false` to stay on the page. Default: none. */
  onBeforeRedirect?: (url: string) => boolean | void;
  /**
   * Called with every failure: request errors, and `kind: 'validation'` for setup mistakes. Return
   * `false` to show your own message instead of the widget's (a setup error is always shown). Default: none.
   */
  onError?: (error: CheckoutError) => boolean | void;
  /**
   * Navigates to the (already checked) hosted page URL, e.g. `window.top.location.assign(url)` from a frame.
   * Default: `window.location.assign(url)`.
   */
  redirect?: (url: string) => void;
}

/** Anything a checkout step threw, as a CheckoutError (host code throwing something else is a setup problem). */
export function asCheckoutError(error: unknown): CheckoutError {
  if (isCheckoutError(error)) return error;
  return new CheckoutError('validation', `Checkout failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error, retryable: false });
}

/**
 * Tells the host about a failure, the same for every binding: a setup mistake is logged once in
 * development; `onError` returning `false` means the host shows its own message (never for a setup
 * mistake, which always shows); an `onError` that throws does not hide the failure from the shopper.
 * Returns whether the host handled it.
 */
export function reportFailure(error: CheckoutError, onError: CheckoutCallbacks['onError']): boolean {
  if (error.kind === 'validation') warnOnce(`validation:${error.message}`, error.message);
  try {
    return onError?.(error) === false && error.kind !== 'validation';
  } catch {
    return false;
  }
}
