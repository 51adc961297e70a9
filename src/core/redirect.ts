import { CheckoutError } from './errors';
import { urlProblem, truncate } from './url';

export interface RedirectOptions {
  /** When set, only these origins (e.g. `https://pay.example.com`) are accepted. */
  allowedRedirectOrigins?: string[];
  /** Where to navigate; injectable for tests. Default: `window.location`. */
  location?: Pick<Location, 'assign'>;
}

/**
 * Returns the URL if it is safe to send the shopper to, else throws CheckoutError('redirect').
 * Safe means: absolute https (http only on localhost), at most 5000 characters, and inside
 * `allowedRedirectOrigins` when given. `javascript:`, `data:`, `blob:` and relative URLs never pass.
 */
export function checkRedirectUrl(url: unknown, allowedRedirectOrigins?: string[]): string {
  const refuse = (reason: string) =>
    new CheckoutError('redirect', `Refused to open the payment page: the address ${reason}`, { retryable: false });
  if (typeof url !== 'string' || url === '') throw refuse('is missing');
  const problem = urlProblem(url);
  if (problem) throw refuse(`${problem.replace(/^must/, 'must')} (${JSON.stringify(truncate(url, 60))})`);
  if (allowedRedirectOrigins && allowedRedirectOrigins.length > 0) {
    const origin = new URL(url).origin;
    const allowed = allowedRedirectOrigins.some((entry) => {
      try {
        return new URL(entry).origin === origin;
      } catch {
        return false;
      }
    });
    if (!allowed) throw refuse(`is on ${origin}, which is not in allowedRedirectOrigins`);
  }
  return url;
}

/** Sends the top-level browser to the hosted payment page, after checkRedirectUrl. */
export function redirectToCheckout(url: string, options: RedirectOptions = {}): void {
  const safe = checkRedirectUrl(url, options.allowedRedirectOrigins);
  const target = options.location ?? (typeof window === 'undefined' ? undefined : window.location);
  if (!target) throw new CheckoutError('redirect', 'redirectToCheckout needs a browser window or options.location', { retryable: false });
  target.assign(safe);
}
