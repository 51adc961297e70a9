import type { Refusal } from './errors';
import { refuse } from './errors';

/** A list of origins (`https://shop.example`), or a test for one. */
export type OriginRule = readonly string[] | ((origin: string) => boolean);

/** `https://Shop.example:443/x` → `https://shop.example`; undefined for anything that is not an http(s) URL. */
export function originOf(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

export function matchesOrigin(rule: OriginRule | undefined, origin: string): boolean {
  if (!rule) return false;
  if (typeof rule === 'function') return rule(origin);
  return rule.some((allowed) => originOf(allowed) === origin);
}

/** The origin the shopper's browser sees: `publicOrigin` behind a proxy, else the request's own. */
export function ownOrigin(request: Request, publicOrigin: string | undefined): string {
  return (publicOrigin && originOf(publicOrigin)) || new URL(request.url).origin;
}

/**
 * CSRF: a browser names the page that sent a POST in `Origin`. A page on another origin may only
 * post when the shop listed it; `Origin: null` (sandboxed frames, some redirects) never may. Without
 * `Origin` the caller is not a browser (curl, a server), which cannot ride on a shopper's cookies,
 * unless `Sec-Fetch-Site` says a browser sent it from elsewhere.
 */
export function crossOriginRefusal(request: Request, own: string, allowed: OriginRule | undefined): Refusal | undefined {
  const origin = request.headers.get('origin');
  if (origin === null) {
    const site = request.headers.get('sec-fetch-site');
    return site && site !== 'same-origin' && site !== 'none' ? refuse(403, 'Cross-site request refused: the page that sent it is not on an allowed origin', 'Origin') : undefined;
  }
  if (origin === own || (origin !== 'null' && matchesOrigin(allowed, origin))) return undefined;
  return refuse(403, `Cross-origin request refused: ${truncate(origin)} is not an allowed origin`, 'Origin');
}

const ALLOWED_HEADERS = ['Content-Type', 'Accept', 'Accept-Language', 'Authorization', 'Idempotency-Key'];

/** CORS headers for an allowed cross-origin caller; none for same-origin or refused callers. */
export function corsHeaders(request: Request, own: string, allowed: OriginRule | undefined, extraHeaders: readonly string[] = []): Record<string, string> {
  const origin = request.headers.get('origin');
  if (!origin || origin === own || origin === 'null' || !matchesOrigin(allowed, origin)) return {};
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    'access-control-allow-methods': 'POST, OPTIONS',
    'access-control-allow-headers': [...ALLOWED_HEADERS, ...extraHeaders].join(', '),
    'access-control-expose-headers': 'X-Request-Id, Retry-After',
    'access-control-max-age': '600',
    vary: 'Origin',
  };
}

// Whitespace, control characters and backslashes are parsed away (or turned into "/") by URL parsers,
// which is how "https:\\evil.example" and "https://shop.example\t@evil" tricks work; none belong in a redirect.
const SUSPICIOUS = /[\s\u0000-\u001f\u007f\\]/;

/**
 * Why `value` may not be a post-payment redirect, or undefined. The schema already checked it is an
 * absolute https URL (http only on localhost); the value is passed on exactly as sent, so
 * `{CHECKOUT_SESSION_ID}` stays literal.
 */
export function redirectProblem(value: string, own: string, allowed: OriginRule | undefined): string | undefined {
  if (SUSPICIOUS.test(value)) return 'must not contain spaces, control characters or backslashes';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an absolute URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must use https:';
  if (url.username || url.password || value.slice(url.protocol.length + 2).split(/[/?#]/)[0]!.includes('@')) return 'must not contain a user name or password';
  if (url.origin === own || matchesOrigin(allowed, url.origin)) return undefined;
  return `must be on this shop's origin (${own})${allowed ? ' or an allowed origin' : ''}, not ${url.origin}`;
}

const truncate = (value: string) => (value.length > 100 ? `${value.slice(0, 100)}…` : value);
