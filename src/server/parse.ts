import { toWirePath } from '../core/params';
import type { CheckoutSessionRequest } from '../core/wire';
import { checkoutSessionRequestSchema, issuesFromZod } from '../schema';
import { readBoundedText } from './body';
import { refuse, type Refusal } from './errors';

export const DEFAULT_MAX_BODY_BYTES = 32 * 1024;

/**
 * The request body as a checked wire body, or the refusal to answer: 415 for anything but JSON, 413
 * past `maxBytes` (from Content-Length before reading anything, else while reading), 400 for bad
 * JSON or the first schema issue, named by its wire path.
 */
export async function parseCheckoutRequest(request: Request, maxBytes: number): Promise<{ body: CheckoutSessionRequest } | Refusal> {
  if (!/^application\/json\s*(;|$)/i.test(request.headers.get('content-type') ?? '')) {
    return refuse(415, 'Send the body as JSON with Content-Type: application/json', 'Content-Type');
  }
  const tooLarge = refuse(413, `The body is over ${formatBytes(maxBytes)}`, 'body', { connection: 'close' });
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge;
  const text = await readBoundedText(request.body, maxBytes);
  if (text === undefined) return tooLarge;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse(400, 'body: is not valid JSON', 'body');
  }
  const parsed = checkoutSessionRequestSchema.safeParse(json);
  if (parsed.success) return { body: parsed.data };
  const first = issuesFromZod(parsed.error)[0];
  const param = (first && toWirePath(first.path)) || 'body';
  return refuse(400, `${param}: ${first?.message ?? 'is not a checkout session body'}`, param);
}

// Printable ASCII without spaces, as Stripe accepts; the widget's keys are far shorter than 255.
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/** The Idempotency-Key header (absent: undefined), or a refusal when it could not be a key. */
export function idempotencyKeyOf(request: Request): { key: string | undefined } | Refusal {
  const key = request.headers.get('idempotency-key');
  if (key === null) return { key: undefined };
  if (IDEMPOTENCY_KEY.test(key)) return { key };
  return refuse(400, 'Idempotency-Key: must be 1 to 255 printable ASCII characters without spaces', 'Idempotency-Key');
}

const formatBytes = (bytes: number) => (bytes % 1024 === 0 ? `${bytes / 1024} KB` : `${bytes} bytes`);
