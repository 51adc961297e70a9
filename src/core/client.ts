import { abortedError, CheckoutError, validationError } from './errors';
import { clientConfigIssues } from './clientConfig';
import { looksLikeSecretKey, warnOnce } from './dev';
import { endpointLabel, resolveEndpoint, setupError } from './endpoint';
import { idempotencyKeyFor, settleIdempotencyKey } from './idempotencyKeys';
import { defaultBaseUrl, toRequestBody } from './params';
import { readLimitedText } from './readBody';
import { normalizeOrigins } from './redirect';
import { httpError, isRetryableStatus, parseErrorBody, parseRetryAfter, readRequestId, readSessionUrl } from './response';
import type { CheckoutSession, CheckoutSessionParams, ClientConfig } from './types';
import type { CheckoutSessionRequest } from './wire';

export { randomId } from './randomId';

export const DEFAULT_ENDPOINT = '/checkout/session';
export const DEFAULT_TIMEOUT_MS = 15000;
export const DEFAULT_RETRIES = 2;
const DEFAULT_RETRY_DELAY_MS = 500;
const MAX_RETRY_DELAY_MS = 5000;
/** A Retry-After longer than this is not waited out automatically: the shopper sees it and decides. */
const MAX_RETRY_AFTER_MS = 10000;

export interface CreateCheckoutSessionOptions {
  signal?: AbortSignal;
  /** Reuse a key for a manual retry of the same purchase. Default: the key kept for this exact body (see idempotencyKeys.ts). */
  idempotencyKey?: string;
}

/** One checkout request, built and checked once: what onRequest sees is byte for byte what is sent. */
export interface PreparedCheckout {
  body: CheckoutSessionRequest;
  /** The JSON text that is POSTed. */
  json: string;
  endpoint: URL;
  /** How messages name the endpoint (path, never the query string). */
  endpointLabel: string;
  config: ClientConfig;
}

/** Checks the config, resolves the endpoint and builds the body: every setup mistake throws here, before anything is sent. */
export function prepareCheckout(params: CheckoutSessionParams, config: ClientConfig = {}): PreparedCheckout {
  const configIssues = clientConfigIssues(config);
  if (configIssues.length > 0) throw validationError(configIssues, 'Invalid checkout config (no request was sent)');
  const baseUrl = config.baseUrl ?? defaultBaseUrl();
  const endpoint = resolveEndpoint(config.endpoint ?? DEFAULT_ENDPOINT, baseUrl);
  // Checked before anything is sent: an allow-list no URL can pass would create sessions nobody can open.
  if (config.allowedRedirectOrigins !== undefined) normalizeOrigins(config.allowedRedirectOrigins);
  const body = toRequestBody(params, { baseUrl });
  return { body, json: JSON.stringify(body), endpoint, endpointLabel: endpointLabel(endpoint, baseUrl), config };
}

/**
 * POSTs one checkout session to the shop's backend and returns the hosted page URL.
 * Retries only what is safe to retry, always with the same Idempotency-Key, so one call creates at most one session.
 */
export function createCheckoutSession(params: CheckoutSessionParams, config: ClientConfig = {}, options: CreateCheckoutSessionOptions = {}): Promise<CheckoutSession> {
  let prepared: PreparedCheckout;
  try {
    prepared = prepareCheckout(params, config);
  } catch (error) {
    return Promise.reject(error);
  }
  return sendCheckout(prepared, options);
}

/**
 * Sends a prepared checkout. The key is the one kept for this body, so a retry after a lost answer, and
 * a click after a reload, reuse it; how the request ended decides whether it is kept. With static headers
 * and no token getter, fetch is called synchronously, in the task of the click.
 */
export async function sendCheckout(prepared: PreparedCheckout, options: CreateCheckoutSessionOptions = {}): Promise<CheckoutSession> {
  const key = options.idempotencyKey ?? idempotencyKeyFor(prepared.json);
  try {
    const session = await sendWithRetries(prepared, key, options.signal);
    settleIdempotencyKey(prepared.json, null);
    return session;
  } catch (error) {
    settleIdempotencyKey(prepared.json, error instanceof CheckoutError ? error : null);
    throw error;
  }
}

async function sendWithRetries({ json, endpoint, endpointLabel: label, config }: PreparedCheckout, idempotencyKey: string, signal: AbortSignal | undefined): Promise<CheckoutSession> {
  const fetchImpl = config.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function') throw setupError('No fetch implementation: pass config.fetch when running where fetch is missing');
  const retries = config.retries ?? DEFAULT_RETRIES;
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let headers: Headers | undefined;

  for (let attempt = 0; ; attempt++) {
    if (signal?.aborted) throw abortedError();
    let retryAfterMs: number | undefined;
    let failure: CheckoutError;
    // One deadline covers everything this attempt waits for: the host's headers() and getAccessToken,
    // fetch, and reading the body. A host fetch that ignores `signal` is raced, not trusted.
    const deadline = createDeadline(timeoutMs, signal);
    let phase: 'headers' | 'request' = 'headers';
    try {
      const pending = headers ?? buildHeaders(config, idempotencyKey);
      headers = pending instanceof Headers ? pending : await deadline.race(pending);
      phase = 'request';
      const response = await deadline.race(
        fetchImpl(endpoint.href, { method: 'POST', headers, body: json, credentials: config.credentials ?? 'same-origin', redirect: 'manual', signal: deadline.signal }),
      );
      if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
        throw setupError(`POST ${label} answered with a redirect, which the widget does not follow (it would send the body and headers elsewhere): set config.endpoint to the final URL`, {
          path: 'endpoint',
          message: 'answered with a redirect: set it to the final URL',
        });
      }
      const requestId = readRequestId(response.headers);
      const { text, truncated } = await deadline.race(readLimitedText(response));
      if (response.ok) {
        if (truncated) throw new CheckoutError('response', 'The checkout server sent an answer larger than 64 KB', { requestId, retryable: true });
        return { url: readSessionUrl(text, requestId), requestId };
      }
      failure = httpError(response.status, parseErrorBody(text, response.headers.get('content-type')), requestId, { endpoint: label, statusText: response.statusText });
      if (!isRetryableStatus(response.status)) throw failure;
      retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
    } catch (error) {
      if (error instanceof CheckoutError) throw error;
      if (signal?.aborted) throw abortedError(error);
      if (deadline.timedOut()) {
        throw new CheckoutError('timeout', `POST ${label} did not answer within ${Math.round(timeoutMs / 1000)} s`, { retryable: true, cause: error });
      }
      if (phase === 'headers') throw hostCodeError(error);
      failure = new CheckoutError('network', `Could not reach POST ${label}`, { retryable: true, cause: error });
    } finally {
      deadline.dispose();
    }
    if (attempt >= retries || (retryAfterMs ?? 0) > MAX_RETRY_AFTER_MS) throw failure;
    const backoff = Math.min(MAX_RETRY_DELAY_MS, (config.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS) * 2 ** attempt);
    await sleep(retryAfterMs ?? backoff, signal);
  }
}

/** Host code (headers(), getAccessToken, a fetch wrapper) threw something of its own: a setup problem, not a network one. */
function hostCodeError(error: unknown): CheckoutError {
  const message = error instanceof Error ? error.message : String(error);
  return new CheckoutError('validation', `A checkout setting threw before the request was sent: ${message}`, { retryable: false, cause: error });
}

function buildHeaders(config: ClientConfig, idempotencyKey: string): Headers | Promise<Headers> {
  const extra = typeof config.headers === 'function' ? config.headers() : config.headers;
  const token = config.getAccessToken ? config.getAccessToken() : undefined;
  if (!isThenable(extra) && !isThenable(token)) return headersOf(extra, token, idempotencyKey);
  return Promise.all([extra, token]).then(([resolved, resolvedToken]) => headersOf(resolved, resolvedToken, idempotencyKey));
}

function headersOf(extra: HeadersInit | undefined, token: string | null | undefined, idempotencyKey: string): Headers {
  let headers: Headers;
  try {
    headers = new Headers(extra);
  } catch (cause) {
    throw new CheckoutError('validation', 'config.headers must be a Headers object, an array of pairs or a plain object of strings (no line breaks in values)', {
      issues: [{ path: 'headers', message: 'is not a valid set of headers' }],
      retryable: false,
      cause,
    });
  }
  headers.set('Content-Type', 'application/json');
  headers.set('Accept', 'application/json');
  headers.set('Idempotency-Key', idempotencyKey);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  for (const [name, value] of headers) {
    if (looksLikeSecretKey(value)) {
      const message = `The "${name}" header carries what looks like a secret API key (sk_/rk_/whsec_). Secret keys must never be in a browser: create the checkout session on your server with it, and give the widget a shopper token or a cookie session instead.`;
      warnOnce(`secret-${name}`, message);
      throw setupError(message, { path: name === 'authorization' ? 'getAccessToken' : 'headers', message: 'looks like a secret API key' });
    }
  }
  return headers;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as PromiseLike<unknown> | null)?.then === 'function';
}

interface Deadline {
  signal: AbortSignal;
  /** Settles with `promise`, or rejects when the time is up or the caller aborts, whichever comes first. */
  race<T>(promise: PromiseLike<T>): Promise<T>;
  timedOut(): boolean;
  dispose(): void;
}

function createDeadline(timeoutMs: number, parent: AbortSignal | undefined): Deadline {
  const controller = new AbortController();
  let timedOut = false;
  let expire!: (reason: unknown) => void;
  const expired = new Promise<never>((_, reject) => (expire = reject));
  expired.catch(() => {}); // nobody may be racing at the moment it fires
  const stop = (reason: unknown) => {
    controller.abort(reason);
    expire(reason);
  };
  const timer = setTimeout(() => {
    timedOut = true;
    stop(new DOMException('The checkout request timed out', 'TimeoutError'));
  }, timeoutMs);
  const onAbort = () => stop(new DOMException('The checkout request was cancelled', 'AbortError'));
  if (parent?.aborted) onAbort();
  else parent?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    race: (promise) => Promise.race([promise, expired]),
    timedOut: () => timedOut,
    dispose: () => {
      clearTimeout(timer);
      parent?.removeEventListener('abort', onAbort);
    },
  };
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortedError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
