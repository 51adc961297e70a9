import { priceLookup } from './catalogue';
import { CheckoutProviderError, errorResponse, jsonResponse, refuse, type Refusal } from './errors';
import type { AuthorizeResult, CheckoutHandlerOptions } from './options';
import { corsHeaders, crossOriginRefusal, originOf, ownOrigin } from './origins';
import { DEFAULT_MAX_BODY_BYTES, idempotencyKeyOf, parseCheckoutRequest } from './parse';
import { applyPolicy } from './policy';
import { isSafeSessionUrl } from './sessionUrl';

export type CheckoutHandler = (request: Request) => Promise<Response>;

/**
 * `POST /checkout/session` for the widget, as a fetch-style handler (Next.js route, Hono, Workers,
 * Deno, Bun; `toNodeHandler` for node:http and Express). In order: method, origin (CSRF), parsing,
 * `authorize`, the policy, then the provider; a request refused at any step never reaches the provider.
 */
export function createCheckoutHandler(options: CheckoutHandlerOptions): CheckoutHandler {
  if (!options?.provider || typeof options.provider.createSession !== 'function') {
    throw new Error('createCheckoutHandler: `provider` is required: stripeProvider(stripe), forwardProvider({ url, headers }) or an object with createSession(body, context)');
  }
  const resolvePrice = priceLookup(options.prices, options.resolvePrice);
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!Number.isInteger(maxBodyBytes) || maxBodyBytes < 1) throw new Error(`createCheckoutHandler: maxBodyBytes must be a positive whole number of bytes (got ${String(options.maxBodyBytes)})`);
  if (options.publicOrigin !== undefined && !originOf(options.publicOrigin)) throw new Error(`createCheckoutHandler: publicOrigin must be an http(s) origin such as "https://shop.example" (got ${JSON.stringify(options.publicOrigin)})`);
  const reportError = options.onError ?? ((error: unknown) => console.error('checkout-widget/server:', error));

  return async (request) => {
    const own = ownOrigin(request, options.publicOrigin);
    const headers: Record<string, string> = { ...corsHeaders(request, own, options.allowedOrigins, options.allowHeaders), 'x-request-id': options.requestId?.(request) ?? randomRequestId() };
    const fail = (refusal: Refusal) => errorResponse(refusal.status, refusal.message, refusal.param, { ...headers, ...refusal.headers });

    if (request.method === 'OPTIONS') {
      const refusal = crossOriginRefusal(request, own, options.allowedOrigins);
      return refusal ? fail(refusal) : new Response(null, { status: 204, headers: { ...headers, allow: 'POST, OPTIONS' } });
    }
    if (request.method !== 'POST') return fail(refuse(405, `Use POST to create a checkout session (got ${request.method})`, undefined, { allow: 'POST, OPTIONS' }));
    const crossOrigin = crossOriginRefusal(request, own, options.allowedOrigins);
    if (crossOrigin) return fail(crossOrigin);

    const parsed = await parseCheckoutRequest(request, maxBodyBytes);
    if (!('body' in parsed)) return fail(parsed);
    const idempotency = idempotencyKeyOf(request);
    if (!('key' in idempotency)) return fail(idempotency);

    let checked: Awaited<ReturnType<typeof applyPolicy>>;
    try {
      const denied = authorizationRefusal(options.authorize ? await options.authorize(request) : true);
      if (denied) return fail(denied);
      checked = await applyPolicy(parsed.body, request, own, options, resolvePrice);
    } catch (error) {
      // authorize, resolvePrice or resolveCustomer failed (a database down): nothing was created, so
      // 503 lets the widget retry with the same key; the shop's error stays in its logs.
      reportError(error, request);
      return fail(refuse(503, 'Checkout is unavailable for a moment; try again', undefined, { 'retry-after': '1' }));
    }
    if (!checked.ok) return fail(checked);

    try {
      const session = await options.provider.createSession(checked.body, { idempotencyKey: idempotency.key, signal: request.signal, request });
      if (!session || !isSafeSessionUrl(session.url)) {
        reportError(new Error(`The provider answered without a safe https session url (got ${JSON.stringify(session?.url)?.slice(0, 200)})`), request);
        return fail(refuse(502, 'The payment provider answered without a payment page; try again'));
      }
      if (options.onSession) {
        // The session exists and the shopper should reach it; a failing log or record must not stop that.
        await Promise.resolve(options.onSession({ request, body: checked.body, session })).catch((error: unknown) => reportError(error, request));
      }
      return jsonResponse(201, { url: session.url }, headers);
    } catch (error) {
      if (error instanceof CheckoutProviderError) {
        const retry: Record<string, string> = error.retryAfter !== undefined ? { 'retry-after': String(error.retryAfter) } : {};
        return errorResponse(error.status, error.message, error.param, { ...headers, ...retry }, error.code);
      }
      reportError(error, request);
      return fail(refuse(502, 'The payment provider could not create the session; try again'));
    }
  };
}

function authorizationRefusal(result: AuthorizeResult): Refusal | undefined {
  if (result === true) return undefined;
  if (result === 'unauthenticated') return refuse(401, 'Sign in to check out');
  return refuse(403, 'You may not create this checkout session');
}

function randomRequestId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `req_${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
