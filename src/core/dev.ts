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

const SECRET_KEY = /\b(sk|rk)_(live|test)_[A-Za-z0-9]/;

/** True for strings shaped like a Stripe secret or restricted key, which must never reach a browser. */
export function looksLikeSecretKey(value: string): boolean {
  return SECRET_KEY.test(value);
}
