import type { CheckoutError } from './errors';
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
