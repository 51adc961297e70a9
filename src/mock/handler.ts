import { isLocalHost } from '../core/url';
import { CheckoutProviderError, createCheckoutHandler, type CheckoutHandlerOptions, type CheckoutProvider } from '../server';
import { parseFault, type MockFault } from './faults';
import { PAY_PAGE_CSP, payPageAsset, renderPayPage, successRedirect } from './payPage';
import { SessionStore, type StoredSession } from './store';

export interface MockCheckoutOptions {
  /** Fault acted out on every session request unless the request names its own (header `X-Mock-Fault` or `?fault=`). */
  fault?: MockFault | string;
  /** Origins allowed by CORS. Default: any http(s) origin on localhost, 127.0.0.1 or [::1]. `'*'` allows all. */
  allowedOrigins?: string[] | '*';
  /** Base of the hosted page URLs returned. Default: the origin of the request. */
  publicUrl?: string;
  /** Path of the session endpoint. Default `/checkout/session`. */
  endpointPath?: string;
  /** Share sessions between handlers (e.g. a dev server and a test). */
  store?: SessionStore;
}

export type MockCheckoutHandler = ((request: Request) => Promise<Response>) & { store: SessionStore };

const MAX_BODY_BYTES = 100 * 1024;
let requestCounter = 0;
const nextRequestId = () => `req_mock_${(++requestCounter).toString().padStart(6, '0')}`;

/**
 * A fetch-style backend for `POST /checkout/session` and its fake hosted page: `createCheckoutHandler`
 * from `checkout-widget/server` (the code a shop deploys) with a fake provider that keeps sessions in
 * the store. Usable from node:http, a Vite dev server, MSW or a service worker.
 */
export function createMockCheckoutHandler(options: MockCheckoutOptions = {}): MockCheckoutHandler {
  const store = options.store ?? new SessionStore();
  const endpointPath = options.endpointPath ?? '/checkout/session';
  const defaultFault = typeof options.fault === 'string' ? parseFault(options.fault) : options.fault;
  // The mock numbers its answers (req_mock_000001) across all routes; the server half uses the same ids.
  const requestIds = new WeakMap<Request, string>();
  const checkout = createCheckoutHandler({ ...demoPolicy(options.allowedOrigins), provider: fakeProvider(store, options.publicUrl), requestId: (request) => requestIds.get(request) ?? nextRequestId() });

  const handler = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const cors = corsHeaders(request.headers.get('origin'), options.allowedOrigins);
    const requestId = nextRequestId();
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}) =>
      new Response(typeof body === 'string' ? body : JSON.stringify(body, null, 2), {
        status,
        headers: { 'content-type': typeof body === 'string' ? 'text/html; charset=utf-8' : 'application/json', 'x-request-id': requestId, ...cors, ...headers },
      });
    const error = (status: number, message: string, param?: string, extra: Record<string, string> = {}) =>
      reply(status, { error: { type: 'invalid_request_error', message, ...(param ? { param } : {}) } }, extra);

    const path = url.pathname.replace(/\/+$/, '') || '/';
    if (path === endpointPath) {
      if (request.method === 'POST') {
        let fault: MockFault | undefined;
        try {
          fault = parseFault(request.headers.get('x-mock-fault') ?? url.searchParams.get('fault')) ?? defaultFault;
        } catch (problem) {
          return error(400, `X-Mock-Fault: ${(problem as Error).message}`, 'X-Mock-Fault');
        }
        if (fault && store.takeFault(request.headers.get('idempotency-key') ?? 'no-key', fault.times)) {
          const faulty = await actOut(fault, request.signal);
          if (faulty) return faulty;
        }
      }
      requestIds.set(request, requestId);
      return checkout(request);
    }
    if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: { ...cors, 'access-control-max-age': '600' } });
    if (path === '/checkout/sessions' && request.method === 'GET') return reply(200, { data: store.list() });
    if (path === '/__mock/reset' && request.method === 'POST') {
      store.reset();
      return reply(200, { ok: true });
    }
    const sessionMatch = /^\/checkout\/session\/([\w-]+)$/.exec(path);
    if (sessionMatch && request.method === 'GET') {
      const session = store.sessions.get(sessionMatch[1]!);
      return session ? reply(200, session) : error(404, `No such checkout session: ${sessionMatch[1]}`, 'id');
    }
    // The hosted page's CSS and icon, so the page is complete from MSW or a service worker too.
    const asset = request.method === 'GET' || request.method === 'HEAD' ? payPageAsset(path) : undefined;
    if (asset) return asset;
    const payMatch = /^\/pay\/([\w-]+)(?:\/(complete|cancel))?$/.exec(path);
    if (payMatch) {
      const session = store.sessions.get(payMatch[1]!);
      if (!session) return reply(404, '<!doctype html><title>Not found</title><p>No such checkout session.</p>');
      if (!payMatch[2]) return request.method === 'GET' ? reply(200, renderPayPage(session), { 'content-security-policy': PAY_PAGE_CSP }) : error(405, 'Use GET');
      if (request.method !== 'POST') return error(405, 'Use POST');
      session.status = payMatch[2] === 'complete' ? 'paid' : 'canceled';
      const location = payMatch[2] === 'complete' ? successRedirect(session) : (session.request.cancel_url ?? `/pay/${session.id}`);
      return new Response(null, { status: 303, headers: { location, 'x-request-id': requestId } });
    }
    return error(404, `No mock route for ${request.method} ${path}`);

    async function actOut(fault: MockFault, signal: AbortSignal): Promise<Response | undefined> {
      if (fault.delayMs) await delay(fault.delayMs, signal);
      // The client went away while we waited: like a real backend that never got the body, create nothing.
      if (signal.aborted || fault.drop) return Response.error();
      if (fault.html) {
        return new Response('<!doctype html><html><body><h1>502 Bad Gateway</h1><script>alert(1)</script></body></html>', {
          status: fault.status ?? 500,
          headers: { 'content-type': 'text/html', 'x-request-id': requestId, ...cors },
        });
      }
      if (fault.status) {
        const headers: Record<string, string> = fault.status === 429 || fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter ?? 1) } : {};
        return error(fault.status, fault.message ?? defaultMessage(fault.status), undefined, headers);
      }
      if (fault.malformed) return new Response('{"url": "https://', { status: 201, headers: { 'content-type': 'application/json', 'x-request-id': requestId, ...cors } });
      if (fault.noUrl) return reply(201, { id: 'cs_test_no_url' });
      if (fault.unsafeUrl) return reply(201, { url: typeof fault.unsafeUrl === 'string' ? fault.unsafeUrl : 'javascript:alert(1)' });
      return undefined;
    }
  };
  return Object.assign(handler, { store });
}

/**
 * The mock's policy: PERMISSIVE, FOR DEMOS AND TESTS ONLY. It accepts any price id (recurring or not as
 * the body's mode says, any quantity, any trial), any coupon, any `expand`, the customer the browser
 * names, and success/cancel URLs on any origin; cross-origin POSTs only from `allowedOrigins` (default:
 * localhost). A real shop lists its prices and keeps the secure defaults (README, "Your backend").
 */
function demoPolicy(allowedOrigins: MockCheckoutOptions['allowedOrigins']): Omit<CheckoutHandlerOptions, 'provider'> {
  return {
    resolvePrice: () => ({ recurring: 'either', maxQuantity: Number.MAX_SAFE_INTEGER, trialPeriodDays: Number.MAX_SAFE_INTEGER }),
    allowedOrigins: (origin) => originAllowed(origin, allowedOrigins),
    redirectOrigins: () => true,
    resolveCustomer: (_request, claimed) => claimed,
    coupons: () => true,
    expand: () => true,
    maxBodyBytes: MAX_BODY_BYTES,
    allowHeaders: ['X-Mock-Fault'],
  };
}

/** Stands in for Stripe: keeps the session in the store, answers with its `/pay/:id` page; one session per Idempotency-Key. */
function fakeProvider(store: SessionStore, publicUrl: string | undefined): CheckoutProvider {
  return {
    async createSession(body, { idempotencyKey, request }) {
      const existing = store.findByIdempotencyKey(idempotencyKey ?? null);
      if (existing) {
        if (JSON.stringify(existing.request) !== JSON.stringify(body)) throw new CheckoutProviderError(409, 'This Idempotency-Key was already used with a different body', { param: 'Idempotency-Key' });
        return { url: existing.url, id: existing.id };
      }
      const id = store.nextId();
      const session: StoredSession = {
        id,
        status: 'open',
        createdAt: new Date().toISOString(),
        request: body,
        headers: inspectHeaders(request.headers),
        idempotencyKey,
        url: new URL(`/pay/${id}`, publicUrl ?? new URL(request.url).origin).href,
      };
      store.add(session);
      return { url: session.url, id };
    },
  };
}

function defaultMessage(status: number): string {
  if (status === 401) return 'Authentication required';
  if (status === 429) return 'Too many requests';
  if (status >= 500) return 'Internal server error';
  return `Mock error ${status}`;
}

function inspectHeaders(headers: Headers): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of headers) {
    if (['content-type', 'accept', 'idempotency-key', 'authorization', 'x-mock-fault', 'origin'].includes(name) || name.startsWith('x-')) {
      kept[name] = name === 'authorization' ? value.replace(/^(Bearer\s+)(.{0,4}).*$/i, '$1$2••••') : value;
    }
  }
  return kept;
}

function corsHeaders(origin: string | null, allowed: MockCheckoutOptions['allowedOrigins']): Record<string, string> {
  if (!origin || !originAllowed(origin, allowed)) return {};
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    'access-control-allow-methods': 'POST, GET, OPTIONS',
    'access-control-allow-headers': 'Content-Type, Accept, Authorization, Idempotency-Key, X-Mock-Fault',
    'access-control-expose-headers': 'X-Request-Id, Request-Id, Retry-After',
    vary: 'Origin',
  };
}

function originAllowed(origin: string, allowed: MockCheckoutOptions['allowedOrigins']): boolean {
  if (allowed === '*') return origin !== 'null';
  if (allowed) return allowed.includes(origin);
  try {
    return isLocalHost(new URL(origin).hostname);
  } catch {
    return false;
  }
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}
