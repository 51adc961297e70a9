import { CheckoutProviderError } from '../errors';

interface UpstreamError {
  message?: string;
  param?: string;
  code?: string;
}

/**
 * The message and field of an upstream's error body, in the shapes of the backend contract, in order:
 * Stripe `{"error": {"message", "param", "code"}}`, the Connhex gateway `{"errors": [{"detail",
 * "source": {"pointer"}}]}`, google.rpc.Status `{"code", "message", "details"}`, then short plain text.
 */
export function readUpstreamError(text: string, contentType: string): UpstreamError {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // Plain text is kept only when short and not an HTML page: a proxy's error page is no message.
    const plain = text.trim();
    return /json|html|xml/i.test(contentType) || plain.startsWith('<') || plain.length === 0 || plain.length > 300 ? {} : { message: plain };
  }
  if (typeof json !== 'object' || json === null) return {};
  const body = json as Record<string, unknown>;
  const stripe = body.error;
  if (typeof stripe === 'object' && stripe !== null && typeof (stripe as UpstreamError).message === 'string') {
    const { message, param, code } = stripe as UpstreamError;
    return { message, ...(typeof param === 'string' ? { param } : {}), ...(typeof code === 'string' ? { code } : {}) };
  }
  if (typeof stripe === 'string') return { message: stripe };
  if (Array.isArray(body.errors)) {
    const first = body.errors[0] as { detail?: unknown; title?: unknown; source?: { pointer?: unknown; parameter?: unknown } } | undefined;
    const message = typeof first?.detail === 'string' ? first.detail : typeof first?.title === 'string' ? first.title : undefined;
    const pointer = first?.source?.pointer ?? first?.source?.parameter;
    return { ...(message ? { message } : {}), ...(typeof pointer === 'string' ? { param: fromJsonPointer(pointer) } : {}) };
  }
  if (typeof body.message === 'string') {
    const violation = Array.isArray(body.details) ? body.details.flatMap((detail: { fieldViolations?: { field?: unknown }[] }) => detail?.fieldViolations ?? [])[0] : undefined;
    return { message: body.message, ...(typeof violation?.field === 'string' ? { param: violation.field } : {}) };
  }
  return {};
}

/** `/line_items/0/price` → `line_items[0].price`. */
function fromJsonPointer(pointer: string): string {
  return pointer
    .replace(/^\/(data\/)?/, '')
    .split('/')
    .filter(Boolean)
    .map((segment, index) => (/^\d+$/.test(segment) ? `[${segment}]` : index === 0 ? segment : `.${segment}`))
    .join('');
}

/**
 * An upstream's failure as the widget's answer. The shopper's mistakes (400, 404, 409, 422) keep their
 * status, message and field; 429 and 503 keep `Retry-After`; 401 and 403 mean the shop's own token
 * was refused, a setup fault (500, not retried, no message passed on); other failures are a 502.
 */
export function fromUpstreamFailure(status: number, error: UpstreamError, retryAfterHeader: string | null): CheckoutProviderError {
  const retryAfter = Number(retryAfterHeader);
  const retry = retryAfterHeader !== null && Number.isFinite(retryAfter) && retryAfter >= 0 ? { retryAfter: Math.min(Math.ceil(retryAfter), 3600) } : {};
  const detail = { ...(error.param ? { param: error.param } : {}), ...(error.code ? { code: error.code } : {}) };
  if ([400, 404, 409, 422].includes(status)) return new CheckoutProviderError(status, error.message || 'The checkout session was refused', detail);
  if (status === 429) return new CheckoutProviderError(429, error.message || 'Too many checkout requests right now; try again in a moment', { retryAfter: 1, ...retry });
  if (status === 401 || status === 403) return new CheckoutProviderError(500, 'The shop’s payment setup is incomplete; please contact the shop', { code: 'provider_setup' });
  if (status === 503 || status === 504) return new CheckoutProviderError(status, 'The payment service is unavailable; try again', retry);
  return new CheckoutProviderError(502, 'The payment service failed; try again', retry);
}
