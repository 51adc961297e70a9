// Test helpers for the React layer: a fetch that records what went out, and small utilities.
import type { ClientConfig } from '../../src/core/types';

export interface RecordedRequest {
  url: string;
  method: string;
  headers: Headers;
  /** The parsed JSON body. */
  body: unknown;
  signal: AbortSignal | undefined;
}

export type Responder = (request: RecordedRequest, index: number) => Response | Promise<Response>;

export const PAY_URL = 'https://pay.example/cs_test_1';

export const created = (url = PAY_URL, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ url }), { status: 201, headers: { 'content-type': 'application/json', ...headers } });

export const stripeError = (status: number, message: string, requestId?: string) =>
  new Response(JSON.stringify({ error: { message } }), {
    status,
    headers: { 'content-type': 'application/json', ...(requestId ? { 'x-request-id': requestId } : {}) },
  });

/** A fetch that records each request and answers with `responder` (default: 201 with PAY_URL). */
export function recordingFetch(responder: Responder = () => created()) {
  const requests: RecordedRequest[] = [];
  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const request: RecordedRequest = {
      url: String(input),
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      signal: init.signal ?? undefined,
    };
    requests.push(request);
    return responder(request, requests.length - 1);
  }) as typeof globalThis.fetch;
  return { fetch, requests };
}

/** A response that never arrives unless the request is aborted (then it rejects like fetch does). */
export function hang(request: RecordedRequest): Promise<Response> {
  return new Promise((_, reject) => {
    request.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')), { once: true });
  });
}

export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

/** Config for component tests: an injected fetch, an absolute base for relative URLs, fast retries. */
export function testConfig(fetch: typeof globalThis.fetch, extra: ClientConfig = {}): ClientConfig {
  return { fetch, baseUrl: 'https://shop.example/cart', retryDelayMs: 1, ...extra };
}

/** Intl puts NO-BREAK SPACE / NARROW NO-BREAK SPACE in money; compare with plain spaces. */
export function normalise(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
}
