// Bundlers replace `process.env.NODE_ENV` textually; the try keeps a bare browser (no `process`) in dev mode.
export function isProduction(): boolean {
  try {
    return process.env.NODE_ENV === 'production';
  } catch {
    return false;
  }
}

const warned = new Set<string>();

/** Logs a message for the integrating developer once per page, never in production builds. */
export function warnOnce(key: string, message: string): void {
  if (isProduction() || warned.has(key)) return;
  warned.add(key);
  console.warn(`[checkout-widget] ${message}`);
}

// A Stripe secret (sk_), restricted (rk_) or webhook signing (whsec_) key, wherever it sits: after a
// space, `Bearer_`, `key=`, a colon of Basic credentials. `_` counts as a separator on purpose.
const SECRET_KEY = /(?:^|[^A-Za-z0-9])(?:(?:sk|rk)_(?:live|test)_[A-Za-z0-9]|whsec_[A-Za-z0-9])/;
const BASE64_TOKEN = /[A-Za-z0-9+/_-]{16,}={0,2}/g;

/**
 * True for strings that carry a Stripe secret, restricted or webhook key, which must never reach a
 * browser: as written, percent-encoded (`?key=sk_live_…`), or base64-encoded (`Basic` credentials).
 */
export function looksLikeSecretKey(value: string): boolean {
  if (SECRET_KEY.test(value)) return true;
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    // a lone % is not a secret
  }
  if (decoded !== value && SECRET_KEY.test(decoded)) return true;
  for (const token of value.match(BASE64_TOKEN) ?? []) {
    const text = decodeBase64(token);
    if (text !== undefined && SECRET_KEY.test(text)) return true;
  }
  return false;
}

function decodeBase64(token: string): string | undefined {
  if (typeof atob !== 'function') return undefined;
  try {
    return atob(token.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return undefined;
  }
}
