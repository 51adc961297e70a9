import { isLocalHost } from '../core/url';

/**
 * The widget only navigates to https pages (http on localhost); a provider answering anything else
 * (a `javascript:` URL from a compromised upstream, an http page) is treated as a failed provider.
 */
export function isSafeSessionUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 5000) return false;
  try {
    const url = new URL(value);
    if (url.username || url.password) return false;
    return url.protocol === 'https:' || (url.protocol === 'http:' && isLocalHost(url.hostname));
  } catch {
    return false;
  }
}
