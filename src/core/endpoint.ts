import { CheckoutError, type CheckoutIssue } from './errors';
import { looksLikeSecretKey } from './dev';
import { isLocalHost } from './url';

/** A mistake in the config (never worth retrying): `message` says how to fix it, `issue` names the setting. */
export function setupError(message: string, issue?: CheckoutIssue): CheckoutError {
  return new CheckoutError('validation', message, { issues: issue && [issue], retryable: false });
}

/**
 * The absolute URL to POST to, or a setup error that says the fix. Refused: blank, unparsable,
 * credentials in the URL (`user:pass@`: the browser would send them to anyone who can read the page),
 * a secret key anywhere in it, a non-http(s) scheme, and plain `http:` from an `https:` page (mixed
 * content the browser blocks with a vague network error) unless the endpoint is on the shopper's own machine.
 */
export function resolveEndpoint(endpoint: unknown, baseUrl: string | undefined): URL {
  const issue = (message: string) => ({ path: 'endpoint', message });
  if (typeof endpoint !== 'string' || endpoint.trim() === '') {
    const fix = 'must be a URL or a path such as "/checkout/session"';
    throw setupError(`config.endpoint ${fix}`, issue(fix));
  }
  if (looksLikeSecretKey(endpoint)) {
    throw setupError('config.endpoint carries what looks like a secret API key: secret keys belong on your server, never in a page. Point the widget at your own /checkout/session.', issue('looks like it carries a secret API key'));
  }
  let url: URL;
  try {
    url = new URL(endpoint, baseUrl);
  } catch {
    if (baseUrl === undefined) {
      throw setupError(`config.endpoint "${endpoint}" is relative and there is no page to resolve it against: pass an absolute URL or config.baseUrl`, issue('must be absolute outside a browser (or set baseUrl)'));
    }
    throw setupError(`config.endpoint is not a valid URL: use a path such as "/checkout/session" or an https URL`, issue('is not a valid URL'));
  }
  if (url.username !== '' || url.password !== '') {
    throw setupError('config.endpoint must not contain a user name or password before the host: send credentials with config.getAccessToken or a cookie session instead', issue('must not contain a user name or password'));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw setupError(`config.endpoint must be an http(s) URL or a path (got ${url.protocol})`, issue('must be an https URL or a path'));
  }
  const page = safeUrl(baseUrl);
  if (url.protocol === 'http:' && page?.protocol === 'https:' && !isLocalHost(url.hostname)) {
    throw setupError(`config.endpoint ${endpointLabel(url)} uses http: on an https: page, which the browser blocks: use https:`, issue('must use https: on an https: page'));
  }
  return url;
}

/** How messages name the endpoint: its path (and origin when it is not the page's), never its query string. */
export function endpointLabel(url: URL, pageUrl?: string): string {
  const page = safeUrl(pageUrl);
  return page?.origin === url.origin ? url.pathname : `${url.origin}${url.pathname}`;
}

function safeUrl(value: string | undefined): URL | undefined {
  if (value === undefined) return undefined;
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}
