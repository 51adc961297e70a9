import { readBoundedText } from '../body';
import { CheckoutProviderError } from '../errors';
import { isSafeSessionUrl } from '../sessionUrl';
import { urlProblem } from '../../core/url';
import { fromUpstreamFailure, readUpstreamError } from './upstreamErrors';
import type { CheckoutProvider } from './types';

export interface ForwardProviderOptions {
  /** The upstream endpoint, e.g. Connhex Pay's `https://api.example/checkout/session`. https only (http on localhost for development). Required. */
  url: string;
  /** Headers for every upstream request, typically `{ authorization: `Bearer ${process.env.PAY_TOKEN}` }`: the shop's server-held token. */
  headers?: Record<string, string>;
  /** Headers per request (a short-lived token); merged over `headers`. The browser's request is given for reading, never to copy its cookies or Authorization. */
  getHeaders?: (request: Request) => Record<string, string> | Promise<Record<string, string>>;
  /** Give up on the upstream after this long and answer 504. Default 15000 ms. */
  timeoutMs?: number;
  /** Largest upstream answer read, in bytes. Default 65536 (64 KB). */
  maxResponseBytes?: number;
  /** The fetch to use (tests, instrumentation). Default: the global `fetch`. */
  fetch?: typeof fetch;
}

/**
 * Sends the checked body on to an upstream `/checkout/session` with the shop's own credentials and
 * answers with its hosted page URL, after checking the URL is https.
 */
export function forwardProvider(options: ForwardProviderOptions): CheckoutProvider {
  const endpoint = checkEndpoint(options.url);
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxResponseBytes = options.maxResponseBytes ?? 64 * 1024;
  return {
    async createSession(body, { idempotencyKey, signal, request }) {
      // Only headers built here go upstream: nothing of the browser's request is copied.
      const headers = new Headers({ ...options.headers, ...(options.getHeaders ? await options.getHeaders(request) : {}) });
      headers.set('content-type', 'application/json');
      headers.set('accept', 'application/json');
      if (idempotencyKey) headers.set('idempotency-key', idempotencyKey);
      const language = request.headers.get('accept-language');
      if (language && !headers.has('accept-language')) headers.set('accept-language', language.slice(0, 200));

      const timeout = new AbortController();
      const timer = setTimeout(() => timeout.abort(), timeoutMs);
      const abort = () => timeout.abort();
      signal.addEventListener('abort', abort, { once: true });
      try {
        const response = await (options.fetch ?? fetch)(endpoint, { method: 'POST', headers, body: JSON.stringify(body), signal: timeout.signal, redirect: 'error' });
        const text = await readBoundedText(response.body, maxResponseBytes);
        if (!response.ok) throw fromUpstreamFailure(response.status, readUpstreamError(text ?? '', response.headers.get('content-type') ?? ''), response.headers.get('retry-after'));
        const session = parseSession(text);
        if (!isSafeSessionUrl(session?.url)) throw new CheckoutProviderError(502, 'The payment service answered without a safe payment page; try again');
        return { url: session.url, ...(typeof session.id === 'string' ? { id: session.id } : {}) };
      } catch (error) {
        if (error instanceof CheckoutProviderError) throw error;
        if (timeout.signal.aborted && !signal.aborted) throw new CheckoutProviderError(504, 'The payment service took too long to answer; try again');
        throw new CheckoutProviderError(502, 'The payment service could not be reached; try again');
      } finally {
        clearTimeout(timer);
        signal.removeEventListener('abort', abort);
      }
    },
  };
}

function checkEndpoint(value: string): string {
  // core's rule for checkout URLs: absolute, https (http only on localhost), at most 5000 characters.
  if (typeof value !== 'string' || urlProblem(value)) {
    throw new Error(`forwardProvider: url must be an absolute https URL such as "https://pay.example/checkout/session" (got ${JSON.stringify(value)}); the body and your token must not travel in clear text`);
  }
  const url = new URL(value);
  if (url.username || url.password) throw new Error('forwardProvider: put credentials in `headers`, not in the url');
  return url.href;
}

function parseSession(text: string | undefined): { url?: unknown; id?: unknown } | undefined {
  try {
    const json: unknown = JSON.parse(text ?? '');
    return typeof json === 'object' && json !== null ? (json as { url?: unknown; id?: unknown }) : undefined;
  } catch {
    return undefined;
  }
}
