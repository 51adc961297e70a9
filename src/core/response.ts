import { CheckoutError } from './errors';

/** Reads the request id a backend attaches for support. */
export function readRequestId(headers: Headers): string | undefined {
  return headers.get('x-request-id') ?? headers.get('request-id') ?? undefined;
}

export interface ParsedErrorBody {
  message?: string;
  code?: string;
  param?: string;
}

/**
 * Error bodies are undocumented; read the shapes seen in the wild, in this order:
 * Stripe `{error:{message,code,param}}`, Connhex gateway `{errors:[{detail}]}`, google.rpc.Status
 * `{code,message,details}`, then short plain text. HTML error pages are never shown to a shopper.
 */
export function parseErrorBody(text: string, contentType: string | null): ParsedErrorBody {
  const trimmed = text.trim();
  if (trimmed === '') return {};
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch {
    if (/html/i.test(contentType ?? '') || /^</.test(trimmed) || trimmed.length > 300) return {};
    return { message: trimmed };
  }
  if (!isRecord(json)) return typeof json === 'string' ? { message: json } : {};
  const stripe = json.error;
  if (isRecord(stripe) && typeof stripe.message === 'string') {
    return { message: stripe.message, code: stringOrUndefined(stripe.code), param: stringOrUndefined(stripe.param) };
  }
  if (typeof stripe === 'string') return { message: stripe };
  if (Array.isArray(json.errors)) {
    const details = json.errors
      .map((entry) => (isRecord(entry) ? stringOrUndefined(entry.detail) ?? stringOrUndefined(entry.message) ?? stringOrUndefined(entry.title) : undefined))
      .filter((detail): detail is string => detail !== undefined);
    if (details.length > 0) return { message: details.join(' ') };
  }
  if (typeof json.message === 'string') return { message: json.message, code: json.code === undefined ? undefined : String(json.code) };
  return {};
}

/** 429, 502, 503, 504 may go through on a later try; 400, 401, 403, 404, 409, 422 never will. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 502 || status === 503 || status === 504;
}

/** Retry-After in ms (seconds or an HTTP date), or undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The most of a server's message a shopper sees; the full text stays in `error.message` for logs. */
export const MAX_SHOWN_MESSAGE = 300;

/**
 * The failure for a non-2xx answer. `message` (for developers and logs) names the status and the
 * endpoint's path, never its query string: `POST /api/checkout/session answered 404 Not Found: …`.
 */
export function httpError(status: number, body: ParsedErrorBody, requestId: string | undefined, request: { endpoint?: string; statusText?: string } = {}): CheckoutError {
  const statusText = request.statusText || STATUS_TEXT[status] || '';
  const where = request.endpoint ? `POST ${request.endpoint}` : 'The checkout server';
  const message = `${where} answered ${status}${statusText ? ` ${statusText}` : ''}${body.message ? `: ${body.message}` : ''}`;
  const shown = body.message === undefined ? undefined : clip(body.message.trim(), MAX_SHOWN_MESSAGE);
  return new CheckoutError('http', message, {
    status,
    requestId,
    code: body.code,
    serverMessage: shown || undefined,
    issues: body.param && shown ? [{ path: body.param, message: shown }] : undefined,
    retryable: isRetryableStatus(status) || status >= 500 || status === 408,
  });
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  408: 'Request Timeout', 409: 'Conflict', 413: 'Content Too Large', 415: 'Unsupported Media Type',
  422: 'Unprocessable Content', 429: 'Too Many Requests', 500: 'Internal Server Error', 502: 'Bad Gateway',
  503: 'Service Unavailable', 504: 'Gateway Timeout',
};

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** A 2xx answer must be JSON with a string `url`; anything else is a broken backend, not a redirect. */
export function readSessionUrl(text: string, requestId: string | undefined): string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CheckoutError('response', 'The checkout server sent a response that is not JSON', { requestId, retryable: true });
  }
  if (!isRecord(json) || typeof json.url !== 'string' || json.url === '') {
    throw new CheckoutError('response', 'The checkout server did not send the payment page address (a string "url")', { requestId, retryable: true });
  }
  return json.url;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
