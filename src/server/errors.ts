/** What the widget reads from an error answer: `{"error": {"message", "param"?}}` (Stripe's shape). */
export interface ErrorBody {
  error: { type: 'invalid_request_error' | 'api_error'; message: string; param?: string; code?: string };
}

export interface CheckoutProviderErrorInit {
  /** The field the message is about, as a wire path (`line_items[0].price`), shown next to it by the widget. */
  param?: string;
  /** Seconds for `Retry-After` (with status 429 or 503). */
  retryAfter?: number;
  /** A machine-readable code, e.g. Stripe's `resource_missing`. */
  code?: string;
}

/**
 * Thrown by a provider to answer the widget with `status` and a message the shopper may read. Anything
 * else a provider throws becomes a 502 with a generic message: its text could hold a secret.
 */
export class CheckoutProviderError extends Error {
  readonly status: number;
  readonly param: string | undefined;
  readonly retryAfter: number | undefined;
  readonly code: string | undefined;

  constructor(status: number, message: string, init: CheckoutProviderErrorInit = {}) {
    super(message);
    this.name = 'CheckoutProviderError';
    this.status = status;
    this.param = init.param;
    this.retryAfter = init.retryAfter;
    this.code = init.code;
  }
}

// Secret and restricted keys, bearer tokens and webhook secrets never leave the server, even inside
// a message an upstream wrote.
const SECRETS = /\b(?:sk|rk|whsec)_(?:live|test)?_?[A-Za-z0-9*]{4,}|\bBearer\s+[^\s"',]+/g;

/** `message` with anything that looks like a key replaced, cut to a length a shopper can read. */
export function safeMessage(message: string, max = 500): string {
  const clean = message.replace(SECRETS, '[redacted]').replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

/** A JSON answer in the widget's error shape. */
export function errorResponse(status: number, message: string, param?: string, headers: HeadersInit = {}, code?: string): Response {
  const body: ErrorBody = {
    error: { type: status >= 500 ? 'api_error' : 'invalid_request_error', message: safeMessage(message), ...(param ? { param } : {}), ...(code ? { code } : {}) },
  };
  return jsonResponse(status, body, headers);
}

export function jsonResponse(status: number, body: unknown, headers: HeadersInit = {}): Response {
  const merged = new Headers(headers);
  merged.set('content-type', 'application/json; charset=utf-8');
  merged.set('cache-control', 'no-store');
  return new Response(JSON.stringify(body), { status, headers: merged });
}

/** A refusal decided by the handler or its policy, before the provider is called. */
export interface Refusal {
  status: number;
  message: string;
  param?: string;
  headers?: Record<string, string>;
}

export const refuse = (status: number, message: string, param?: string, headers?: Record<string, string>): Refusal => ({ status, message, ...(param ? { param } : {}), ...(headers ? { headers } : {}) });
