import { CheckoutError } from '../core/errors';

/** Where the hosted payment page opens: this frame (`self`, the default) or the top-level page (`top`). */
export type NavigationTarget = 'self' | 'top';
export const navigationTargets = ['self', 'top'] as const;

/**
 * The navigation for `target`: undefined for `self` (core's `location.assign` of this frame), and for
 * `top`, when framed, the top-level page. A cross-origin parent's Location has no readable `assign`,
 * only a settable `href`, which is the same navigation. A sandbox without `allow-top-navigation` (or
 * `allow-top-navigation-by-user-activation` within the click's activation) makes it throw: that
 * becomes a `redirect` error that says what to change, not a button stuck on "Redirecting…".
 */
export function navigationFor(target: NavigationTarget | undefined): ((url: string) => void) | undefined {
  if (target !== 'top') return undefined;
  return (url) => {
    const top = window.top;
    if (!top || top === window) return window.location.assign(url);
    try {
      top.location.href = url;
    } catch (cause) {
      throw new CheckoutError(
        'redirect',
        'The payment page could not open in the top-level page: this frame may not navigate it (a sandboxed iframe needs "allow-top-navigation-by-user-activation" or "allow-top-navigation"). Add it to the iframe\'s sandbox attribute, or use target "self" to open the payment page inside the frame.',
        { retryable: false, cause },
      );
    }
  };
}
