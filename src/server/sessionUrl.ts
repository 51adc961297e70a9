import { checkRedirectUrl } from '../core/redirect';

/**
 * A provider's session URL passes only if the widget will open it: the browser's own check
 * (checkRedirectUrl: absolute `https://` (http on localhost), no user info, at most 5000 characters
 * once encoded), so the server never answers 201 with a page the shopper's browser then refuses. A
 * `javascript:` URL from a compromised upstream, or an http page, is a failed provider.
 */
export function isSafeSessionUrl(value: unknown): value is string {
  try {
    checkRedirectUrl(value);
    return true;
  } catch {
    return false;
  }
}
