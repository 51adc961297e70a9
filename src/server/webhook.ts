import { readBoundedText } from './body';
import { errorResponse, jsonResponse } from './errors';

/** A Stripe Checkout Session as the webhook delivers it (the fields most shops read; the rest is there too). */
export interface CompletedCheckoutSession {
  id: string;
  object: 'checkout.session';
  payment_status: 'paid' | 'unpaid' | 'no_payment_required';
  customer?: string | null;
  client_reference_id?: string | null;
  amount_total?: number | null;
  currency?: string | null;
  metadata?: Record<string, string> | null;
  [field: string]: unknown;
}

interface StripeEventLike {
  id: string;
  type: string;
  data: { object: unknown };
}

/** The part of the `stripe` client the webhook handler calls (structural: the entry never imports `stripe`). */
export interface StripeWebhookClient {
  webhooks: { constructEventAsync(payload: string, header: string, secret: string, tolerance?: number): Promise<StripeEventLike> };
}

export interface WebhookHandlerOptions {
  /** The shop's instance of the official `stripe` client. Required. */
  stripe: StripeWebhookClient;
  /** The endpoint's signing secret (`whsec_…`). Required; when empty (not set at build time) each event is answered 500 and reported. */
  secret: string;
  /**
   * Called once per `checkout.session.completed` event: fulfil the order. Check `session.payment_status`
   * (`unpaid` for delayed methods until `checkout.session.async_payment_succeeded`). Throwing answers
   * 500, so Stripe delivers the event again later.
   */
  onCompleted: (session: CompletedCheckoutSession, event: StripeEventLike) => void | Promise<void>;
  /**
   * Your own record of handled event ids (a database survives restarts and spans instances): return
   * true when `eventId` was already handled. Default: only the in-memory record below.
   */
  seen?: (eventId: string) => boolean | Promise<boolean>;
  /** How many handled event ids to remember in memory (oldest forgotten first). Default 10000. */
  rememberEvents?: number;
  /** Oldest signature timestamp accepted, in seconds (replay protection). Default 300, Stripe's own. */
  toleranceSeconds?: number;
  /** Largest event body read, in bytes. Default 262144 (256 KB). */
  maxBodyBytes?: number;
  /** Where failures of `onCompleted` are reported. Default `console.error`. */
  onError?: (error: unknown) => void;
}

/**
 * `POST` endpoint for Stripe's webhooks: verifies the signature over the raw body, calls `onCompleted`
 * once per completed-checkout event id, and answers every other event type with 200 at once.
 */
export function createWebhookHandler(options: WebhookHandlerOptions): (request: Request) => Promise<Response> {
  if (!options?.stripe?.webhooks || typeof options.stripe.webhooks.constructEventAsync !== 'function') throw new Error('createWebhookHandler: pass `stripe`, your instance of the official client');
  // A missing secret is reported per request, not thrown: route modules are imported at build time
  // (next build), where runtime secrets are often not set. A wrong kind of secret is thrown at once.
  const missingSecret = options.secret === undefined || options.secret === '';
  if (!missingSecret && (typeof options.secret !== 'string' || !options.secret.startsWith('whsec_'))) throw new Error('createWebhookHandler: `secret` must be the endpoint signing secret ("whsec_…", from the Stripe dashboard or `stripe listen`)');
  if (typeof options.onCompleted !== 'function') throw new Error('createWebhookHandler: `onCompleted(session)` is required: it is where the order is fulfilled');
  const remembered = new Set<string>();
  const limit = options.rememberEvents ?? 10_000;
  const remember = (id: string) => {
    remembered.add(id);
    // A Set iterates in insertion order: the first entry is the oldest.
    if (remembered.size > limit) remembered.delete(remembered.values().next().value as string);
  };

  const reportError = options.onError ?? ((problem: unknown) => console.error('checkout-widget/server webhook:', problem));

  return async (request) => {
    if (request.method !== 'POST') return errorResponse(405, 'Use POST', undefined, { allow: 'POST' });
    if (missingSecret) {
      reportError(new Error('createWebhookHandler: `secret` is empty: set it to the endpoint signing secret ("whsec_…", e.g. from STRIPE_WEBHOOK_SECRET)'));
      return errorResponse(500, 'The webhook endpoint is not set up');
    }
    const signature = request.headers.get('stripe-signature');
    if (!signature) return errorResponse(400, 'Missing Stripe-Signature header', 'Stripe-Signature');
    // The signature covers the exact bytes Stripe sent: read them raw, never re-serialised JSON.
    const payload = await readBoundedText(request.body, options.maxBodyBytes ?? 256 * 1024);
    if (payload === undefined) return errorResponse(413, 'The event body is too large');
    let event: StripeEventLike;
    try {
      event = await options.stripe.webhooks.constructEventAsync(payload, signature, options.secret, options.toleranceSeconds ?? 300);
    } catch {
      return errorResponse(400, 'Invalid Stripe signature', 'Stripe-Signature');
    }
    if (event.type !== 'checkout.session.completed') return jsonResponse(200, { received: true });
    if (remembered.has(event.id) || (options.seen && (await options.seen(event.id)))) return jsonResponse(200, { received: true, duplicate: true });
    // Remembered before the await, so a delivery racing this one is a duplicate too.
    remember(event.id);
    try {
      await options.onCompleted(event.data.object as CompletedCheckoutSession, event);
    } catch (error) {
      remembered.delete(event.id);
      reportError(error);
      return errorResponse(500, 'The event could not be handled; Stripe will send it again');
    }
    return jsonResponse(200, { received: true });
  };
}
