import { CheckoutError } from './errors';
import { setupError } from './endpoint';
import { isLocalHost, MAX_URL_LENGTH, truncate } from './url';

export interface RedirectOptions {
  /** When set, only these origins (e.g. `https://pay.example.com`) are accepted. An empty list is a setup error. */
  allowedRedirectOrigins?: string[];
  /** Where to navigate; injectable for tests. Default: `window.location`. */
  location?: Pick<Location, 'assign'>;
}

// Only the absolute form with two slashes: `https:host` and `http:localhost:4010/x` parse as absolute
// here but resolve against the page when the browser navigates, so the checked URL would not be the
// one opened.
const ABSOLUTE_HTTP = /^https?:\/\/[^/\\]/i;

/**
 * Parses the hosted page URL once and returns the exact string to navigate to (the normalized
 * `href`), or throws CheckoutError('redirect'). Safe means: absolute `https:` (`http:` only on
 * localhost, 127.0.0.1, [::1]), no user name or password, at most 5000 characters once encoded, and an
 * origin in `allowedRedirectOrigins` when given. `javascript:`, `data:`, `blob:`, protocol-relative and
 * relative URLs never pass.
 */
export function checkRedirectUrl(url: unknown, allowedRedirectOrigins?: readonly string[]): string {
  const allowed = allowedRedirectOrigins === undefined ? undefined : normalizeOrigins(allowedRedirectOrigins);
  const refuse = (reason: string) => new CheckoutError('redirect', `Refused to open the payment page: the address ${reason}`, { retryable: false });
  if (typeof url !== 'string' || url === '') throw refuse('is missing');
  const shown = JSON.stringify(truncate(url, 60));
  if (!ABSOLUTE_HTTP.test(url)) throw refuse(`must be an absolute https:// URL (${shown})`);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw refuse(`is not a valid URL (${shown})`);
  }
  if (parsed.protocol === 'http:' && !isLocalHost(parsed.hostname)) throw refuse(`must use https: (http: is only allowed for localhost, 127.0.0.1 and [::1]) (${shown})`);
  if (parsed.username !== '' || parsed.password !== '') throw refuse('must not contain a user name or password');
  const href = parsed.href;
  if (href.length > MAX_URL_LENGTH) throw refuse(`must be at most ${MAX_URL_LENGTH} characters (got ${href.length} once encoded)`);
  if (allowed && !allowed.has(parsed.origin)) throw refuse(`is on ${parsed.origin}, which is not in allowedRedirectOrigins`);
  return href;
}

/**
 * The allow-list as a set of normalized origins (`HTTPS://Pay.Example:443/x` → `https://pay.example`).
 * An empty list or an entry that is not an origin is a setup error: failing open would allow every site.
 */
export function normalizeOrigins(origins: readonly string[]): Set<string> {
  const path = 'allowedRedirectOrigins';
  if (!Array.isArray(origins) || origins.length === 0) {
    throw setupError('config.allowedRedirectOrigins is empty, so no payment page may open: list the origins of your payment pages, e.g. ["https://checkout.stripe.com"], or leave the setting out', {
      path,
      message: 'must list at least one origin such as "https://checkout.stripe.com"',
    });
  }
  const set = new Set<string>();
  for (const entry of origins) {
    let origin: string | undefined;
    try {
      const parsed = new URL(String(entry));
      if (parsed.protocol === 'https:' || parsed.protocol === 'http:') origin = parsed.origin;
    } catch {
      origin = undefined;
    }
    if (!origin) {
      throw setupError(`config.allowedRedirectOrigins has ${JSON.stringify(String(entry))}, which is not an origin such as "https://checkout.stripe.com"`, { path, message: 'must contain origins such as "https://checkout.stripe.com"' });
    }
    set.add(origin);
  }
  return set;
}

/** Sends the top-level browser to the hosted payment page, after checkRedirectUrl: exactly the checked string. */
export function redirectToCheckout(url: string, options: RedirectOptions = {}): void {
  const safe = checkRedirectUrl(url, options.allowedRedirectOrigins);
  const target = options.location ?? (typeof window === 'undefined' ? undefined : window.location);
  if (!target) throw new CheckoutError('redirect', 'redirectToCheckout needs a browser window or options.location', { retryable: false });
  target.assign(safe);
}
