import type { CheckoutSessionRequest } from '../../core/wire';

/** What a provider gets besides the body. */
export interface CreateSessionContext {
  /** The shopper's `Idempotency-Key` (checked: 1–255 printable ASCII characters), the same across retries of one click. */
  idempotencyKey: string | undefined;
  /** Aborted when the shopper's request goes away. */
  signal: AbortSignal;
  /** The incoming request, for headers such as `Accept-Language`; never forward its cookies or Authorization. */
  request: Request;
}

/** The created session: `url` is the hosted payment page the widget sends the shopper to. */
export interface CreatedSession {
  url: string;
  id?: string;
}

/**
 * Creates a checkout session from a body that passed the policy. Throw `CheckoutProviderError` to
 * answer with a status and message; anything else thrown becomes a 502 with a generic message.
 */
export interface CheckoutProvider {
  createSession(body: CheckoutSessionRequest, context: CreateSessionContext): Promise<CreatedSession>;
}
