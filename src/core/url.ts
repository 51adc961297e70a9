export const MAX_URL_LENGTH = 5000;
const SESSION_TEMPLATE = '{CHECKOUT_SESSION_ID}';
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True for the hosts where plain http is acceptable (a developer's own machine). */
export function isLocalHost(hostname: string): boolean {
  return LOCAL_HOSTS.has(hostname);
}

/**
 * Why `value` is not an acceptable absolute URL for checkout traffic, or null when it is.
 * Rules: absolute, https (http only on localhost), at most 5000 characters.
 */
export function urlProblem(value: string): string | null {
  if (value.length > MAX_URL_LENGTH) return `must be at most ${MAX_URL_LENGTH} characters (got ${value.length})`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `must be an absolute URL such as "https://shop.example/thanks" (got ${JSON.stringify(truncate(value))})`;
  }
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:') {
    return isLocalHost(url.hostname) ? null : 'must use https: (http: is only allowed for localhost, 127.0.0.1 and [::1])';
  }
  return `must use https: (got ${url.protocol})`;
}

/**
 * Resolves a relative URL against `baseUrl` and keeps the literal {CHECKOUT_SESSION_ID} template,
 * which URL parsing would otherwise percent-encode in paths and the backend would then not fill in.
 */
export function resolveUrl(value: string, baseUrl: string | undefined): string {
  let resolved = value;
  try {
    new URL(value);
    return value; // already absolute: send it exactly as the developer wrote it
  } catch {
    // relative: resolve below
  }
  try {
    resolved = new URL(value, baseUrl).href;
  } catch {
    return value;
  }
  return resolved.split('%7BCHECKOUT_SESSION_ID%7D').join(SESSION_TEMPLATE);
}

export function truncate(value: string, max = 80): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}
