import { abortedError, CheckoutError, validationError, type CheckoutIssue } from './errors';
import { clientConfigIssues } from './clientConfig';
import { looksLikeSecretKey, warnOnce } from './dev';
import { defaultBaseUrl, toRequestBody } from './params';
import { httpError, isRetryableStatus, parseErrorBody, parseRetryAfter, readRequestId, readSessionUrl } from './response';
import type { CheckoutSession, CheckoutSessionParams, ClientConfig } from './types';

export const DEFAULT_ENDPOINT = '/checkout/session';
export const DEFAULT_TIMEOUT_MS = 15000;
export const DEFAULT_RETRIES = 2;
const DEFAULT_RETRY_DELAY_MS = 500;
const MAX_RETRY_DELAY_MS = 5000;
/** A Retry-After longer than this is not waited out automatically: the shopper sees it and decides. */
const MAX_RETRY_AFTER_MS = 10000;

export interface CreateCheckoutSessionOptions {
  signal?: AbortSignal;
  /** Reuse a key for a manual retry of the same purchase. Default: a new random UUID per call. */
  idempotencyKey?: string;
}

/**
 * POSTs one checkout session to the shop's backend and returns the hosted page URL.
 * Retries only what is safe to retry, always with the same Idempotency-Key, so one call creates at most one session.
 */
export async function createCheckoutSession(
  params: CheckoutSessionParams,
  config: ClientConfig = {},
  options: CreateCheckoutSessionOptions = {},
): Promise<CheckoutSession> {
  const configIssues = clientConfigIssues(config);
  if (configIssues.length > 0) throw validationError(configIssues, 'Invalid checkout config (no request was sent)');
  const baseUrl = config.baseUrl ?? defaultBaseUrl();
  const body = JSON.stringify(toRequestBody(params, { baseUrl }));
  const endpoint = resolveEndpoint(config.endpoint ?? DEFAULT_ENDPOINT, baseUrl);
  const headers = await buildHeaders(config, options.idempotencyKey ?? randomId());
  const fetchImpl = config.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function') throw setupError('No fetch implementation: pass config.fetch when running where fetch is missing');
  const retries = Math.max(0, config.retries ?? DEFAULT_RETRIES);
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  for (let attempt = 0; ; attempt++) {
    throwIfAborted(options.signal);
    let retryAfterMs: number | undefined;
    let failure: CheckoutError;
    const attemptSignal = timeoutSignal(timeoutMs, options.signal);
    try {
      const response = await fetchImpl(endpoint, {
        method: 'POST',
        headers,
        body,
        credentials: config.credentials ?? 'same-origin',
        signal: attemptSignal.signal,
      });
      const requestId = readRequestId(response.headers);
      const text = await response.text();
      if (response.ok) return { url: readSessionUrl(text, requestId), requestId };
      failure = httpError(response.status, parseErrorBody(text, response.headers.get('content-type')), requestId);
      if (!isRetryableStatus(response.status)) throw failure;
      retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
    } catch (error) {
      if (error instanceof CheckoutError) throw error;
      if (options.signal?.aborted) throw abortedError(error);
      if (attemptSignal.timedOut()) {
        throw new CheckoutError('timeout', `The checkout server did not answer within ${Math.round(timeoutMs / 1000)} s`, { retryable: true, cause: error });
      }
      failure = new CheckoutError('network', 'Could not reach the checkout server', { retryable: true, cause: error });
    } finally {
      attemptSignal.dispose();
    }
    if (attempt >= retries || (retryAfterMs ?? 0) > MAX_RETRY_AFTER_MS) throw failure;
    const backoff = Math.min(MAX_RETRY_DELAY_MS, (config.retryDelayMs ?? DEFAULT_RETRY_DELAY_MS) * 2 ** attempt);
    await sleep(retryAfterMs ?? backoff, options.signal);
  }
}

/** A mistake in the config (never worth retrying): `message` says how to fix it, `issue` names the setting. */
function setupError(message: string, issue?: CheckoutIssue): CheckoutError {
  return new CheckoutError('validation', message, { issues: issue && [issue], retryable: false });
}

function resolveEndpoint(endpoint: string, baseUrl: string | undefined): string {
  if (typeof endpoint !== 'string' || endpoint.trim() === '') {
    const fix = 'must be a URL or a path such as "/checkout/session"';
    throw setupError(`config.endpoint ${fix}`, { path: 'endpoint', message: fix });
  }
  try {
    return new URL(endpoint, baseUrl).href;
  } catch {
    if (baseUrl === undefined) {
      throw setupError(`config.endpoint "${endpoint}" is relative and there is no page to resolve it against: pass an absolute URL or config.baseUrl`, {
        path: 'endpoint',
        message: 'must be absolute outside a browser (or set baseUrl)',
      });
    }
    throw setupError(`config.endpoint "${endpoint}" is not a valid URL`, { path: 'endpoint', message: 'is not a valid URL' });
  }
}

async function buildHeaders(config: ClientConfig, idempotencyKey: string): Promise<Headers> {
  const extra = typeof config.headers === 'function' ? await config.headers() : config.headers;
  const headers = new Headers(extra);
  headers.set('Content-Type', 'application/json');
  headers.set('Accept', 'application/json');
  headers.set('Idempotency-Key', idempotencyKey);
  const token = config.getAccessToken ? await config.getAccessToken() : undefined;
  if (token) headers.set('Authorization', `Bearer ${token}`);
  for (const [name, value] of headers) {
    if (looksLikeSecretKey(value)) {
      const message = `The "${name}" header carries what looks like a secret API key (sk_/rk_). Secret keys must never be in a browser: create the checkout session on your server with it, and give the widget a shopper token or a cookie session instead.`;
      warnOnce(`secret-${name}`, message);
      throw setupError(message, { path: name === 'authorization' ? 'getAccessToken' : 'headers', message: 'looks like a secret API key' });
    }
  }
  return headers;
}

function timeoutSignal(timeoutMs: number, parent: AbortSignal | undefined) {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  parent?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    dispose: () => {
      clearTimeout(timer);
      parent?.removeEventListener('abort', onAbort);
    },
  };
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortedError();
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

/** crypto.randomUUID exists only in secure contexts; a shop on plain http (a LAN test box) still needs a key. */
export function randomId(): string {
  const cryptoApi = globalThis.crypto;
  if (typeof cryptoApi?.randomUUID === 'function') return cryptoApi.randomUUID();
  const bytes = new Uint8Array(16);
  if (cryptoApi?.getRandomValues) cryptoApi.getRandomValues(bytes);
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
