import type { CheckoutError } from '../core/errors';
import type { CheckoutLabels } from '../core/labels';
import type { CheckoutSessionRequest } from '../core/wire';
import type { CheckoutSession, ClientConfig } from '../core/types';

/** Where a checkout stands: `idle` → `pending` → `redirecting`, or `error` with a CheckoutError. */
export type { CheckoutStatus } from '../core/checkout';

/** Hooks into one checkout, shared by every component and by useCheckoutSession. */
export interface CheckoutSessionCallbacks {
  /**
   * Called with the exact snake_case body just before the POST (read it, do not change it).
   * Return `false` to cancel the request without an error. Default: none.
   */
  onRequest?: (body: CheckoutSessionRequest) => boolean | void;
  /** Called once the backend created the session and its URL passed the safety check. Default: none. */
  onSuccess?: (session: CheckoutSession) => void;
  /** Called with the hosted page URL before navigating; return `false` to stay on the page. Default: none. */
  onBeforeRedirect?: (url: string) => boolean | void;
  /**
   * Called with every failure: request errors, and `kind: 'validation'` for invalid props. After a
   * request error, return `false` to show your own message instead of the widget's: it then renders no
   * alert and moves no focus (the error stays in state; a setup error is always shown). Default: none.
   */
  onError?: (error: CheckoutError) => boolean | void;
  /**
   * Navigates to the (already checked) hosted page URL.
   * Default: `redirectToCheckout(url, { allowedRedirectOrigins: config.allowedRedirectOrigins })`.
   */
  redirect?: (url: string) => void;
}

/** Settings every component takes; each falls back to the nearest CheckoutProvider. */
export interface CheckoutSettingsProps {
  /** How to reach the shop's backend, merged over the provider's config. Default: `{}` (POST `/checkout/session`). */
  config?: ClientConfig;
  /** BCP 47 locale for labels and money (`en`, `it`, `de`, `fr`, `es` built in). Default: provider's locale, else `en`. */
  locale?: string;
  /** Overrides of individual strings, merged over the provider's labels and the locale's table. Default: none. */
  labels?: Partial<CheckoutLabels>;
}

/** Styling hooks every component takes. */
export interface CheckoutStylingProps {
  /** Extra class names on the component's root element. Default: none. */
  className?: string;
  /** Drop the widget's theme (no `cw-root` class, so none of styles.css applies except the visually-hidden helper). Default: `false`. */
  unstyled?: boolean;
}
