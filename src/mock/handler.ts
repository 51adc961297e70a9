import { checkoutSessionRequestSchema, issuesFromZod } from '../schema';
import { toWirePath } from '../core/params';
import { isLocalHost } from '../core/url';
import { parseFault, type MockFault } from './faults';
import { renderPayPage, successRedirect } from './payPage';
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

/**
 * A fetch-style backend for `POST /checkout/session` and its fake hosted page, validating with the
 * same schema as the widget. Usable from node:http, a Vite dev server, MSW or a service worker.
 */
export function createMockCheckoutHandler(options: MockCheckoutOptions = {}): MockCheckoutHandler {
  const store = options.store ?? new SessionStore();
  const endpointPath = options.endpointPath ?? '/checkout/session';
  const defaultFault = typeof options.fault === 'string' ? parseFault(options.fault) : options.fault;

  const handler = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const cors = corsHeaders(request.headers.get('origin'), options.allowedOrigins);
    const requestId = `req_mock_${(++requestCounter).toString().padStart(6, '0')}`;
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}) =>
      new Response(typeof body === 'string' ? body : JSON.stringify(body, null, 2), {
        status,
        headers: { 'content-type': typeof body === 'string' ? 'text/html; charset=utf-8' : 'application/json', 'x-request-id': requestId, ...cors, ...headers },
      });
    const error = (status: number, message: string, param?: string, extra: Record<string, string> = {}) =>
      reply(status, { error: { type: 'invalid_request_error', message, ...(param ? { param } : {}) } }, extra);

    if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: { ...cors, 'access-control-max-age': '600' } });
    const path = url.pathname.replace(/\/+$/, '') || '/';

    if (path === endpointPath) {
      if (request.method !== 'POST') return error(405, `Use POST for ${endpointPath}`, undefined, { allow: 'POST, OPTIONS' });
      return createSession(request, url);
    }
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
    const payMatch = /^\/pay\/([\w-]+)(?:\/(complete|cancel))?$/.exec(path);
    if (payMatch) {
      const session = store.sessions.get(payMatch[1]!);
      if (!session) return reply(404, '<!doctype html><title>Not found</title><p>No such checkout session.</p>');
      if (!payMatch[2]) return request.method === 'GET' ? reply(200, renderPayPage(session)) : error(405, 'Use GET');
      if (request.method !== 'POST') return error(405, 'Use POST');
      if (payMatch[2] === 'complete') {
        session.status = 'paid';
        return new Response(null, { status: 303, headers: { location: successRedirect(session), 'x-request-id': requestId } });
      }
      session.status = 'canceled';
      const back = session.request.cancel_url ?? `/pay/${session.id}`;
      return new Response(null, { status: 303, headers: { location: back, 'x-request-id': requestId } });
    }
    return error(404, `No mock route for ${request.method} ${path}`);

    async function createSession(request: Request, url: URL): Promise<Response> {
      const idempotencyKey = request.headers.get('idempotency-key');
      let fault: MockFault | undefined;
      try {
        fault = parseFault(request.headers.get('x-mock-fault') ?? url.searchParams.get('fault')) ?? defaultFault;
      } catch (problem) {
        return error(400, `X-Mock-Fault: ${(problem as Error).message}`, 'X-Mock-Fault');
      }
      if (fault && store.takeFault(idempotencyKey ?? 'no-key', fault.times)) {
        const faulty = await actOut(fault, url, request.signal);
        if (faulty) return faulty;
      }
      if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) {
        return error(415, 'Send the body as JSON with Content-Type: application/json');
      }
      const declared = Number(request.headers.get('content-length') ?? 0);
      if (declared > MAX_BODY_BYTES) return error(413, `The body is over ${MAX_BODY_BYTES / 1024} KB`);
      const text = await request.text();
      if (new TextEncoder().encode(text).length > MAX_BODY_BYTES) return error(413, `The body is over ${MAX_BODY_BYTES / 1024} KB`);
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        return error(400, 'The body is not valid JSON');
      }
      const parsed = checkoutSessionRequestSchema.safeParse(json);
      if (!parsed.success) {
        const first = issuesFromZod(parsed.error)[0]!;
        const param = toWirePath(first.path) || 'body';
        return error(400, `${param}: ${first.message}`, param);
      }
      const existing = store.findByIdempotencyKey(idempotencyKey);
      if (existing) {
        if (JSON.stringify(existing.request) !== JSON.stringify(parsed.data)) {
          return error(409, 'This Idempotency-Key was already used with a different body', 'Idempotency-Key');
        }
        return reply(201, { url: existing.url });
      }
      const id = store.nextId();
      const base = options.publicUrl ?? url.origin;
      const session: StoredSession = {
        id,
        status: 'open',
        createdAt: new Date().toISOString(),
        request: parsed.data,
        headers: inspectHeaders(request.headers),
        idempotencyKey: idempotencyKey ?? undefined,
        url: new URL(`/pay/${id}`, base).href,
      };
      store.add(session);
      return reply(201, { url: session.url });
    }

    async function actOut(fault: MockFault, url: URL, signal: AbortSignal): Promise<Response | undefined> {
      if (fault.delayMs) await delay(fault.delayMs, signal);
      // The client went away while we waited: like a real backend that never got the body, create nothing.
      if (signal.aborted) return Response.error();
      if (fault.drop) return Response.error();
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
      void url;
      return undefined;
    }
  };
  return Object.assign(handler, { store });
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
  if (allowed === '*') return true;
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
