import { createMockCheckoutHandler, SessionStore, type StoredSession } from 'checkout-widget/mock';

// The static build has no server: the mock backend runs in the page (config.fetch routes to it) and
// its sessions live in sessionStorage, so the pay and success pages of the same tab can read them.
const STORAGE_KEY = 'checkout-widget-demo:sessions';
const MOCK_PATH = /^\/(checkout\/session|checkout\/sessions|pay|__mock)(\/|$)/;

/** True in the static build (`npm run build:demo`), or in dev with `?static` to try that path. */
export function isStaticMode(): boolean {
  return __CHECKOUT_DEMO_STATIC_BUILD__ || new URLSearchParams(location.search).has('static');
}

function loadStore(): SessionStore {
  const store = new SessionStore();
  try {
    const saved = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]') as StoredSession[];
    for (const session of saved) store.add(session);
  } catch {
    // A damaged entry only loses earlier demo sessions.
  }
  return store;
}

const store = loadStore();
const handler = createMockCheckoutHandler({ store });

function save(): void {
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(store.list()));
}

/** The stored session of the in-page mock, when this tab created one with that id. */
export function findStaticSession(id: string): StoredSession | undefined {
  return store.sessions.get(id);
}

/** Asks the in-page mock, exactly as a server would be asked. */
export async function callInPageMock(request: Request): Promise<Response> {
  const response = await handler(request);
  save();
  return response;
}

/** The stand-in for the hosted page in the static build: pay.html?session=… */
function payStandInUrl(url: string): string {
  const match = /\/pay\/([\w-]+)$/.exec(new URL(url).pathname);
  return match ? new URL(`/pay.html?session=${match[1]}`, location.href).href : url;
}

/** Rejects like a real fetch when the widget gives up (its timeout), even though the mock is still waiting. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  const abortError = () => new DOMException('The operation was aborted.', 'AbortError');
  if (signal.aborted) return Promise.reject(abortError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError());
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * A fetch that answers the mock's routes in the page and passes everything else to the network.
 * A dropped connection becomes the TypeError a real fetch throws; hosted page URLs point at pay.html.
 */
export function createInPageMockFetch(): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    if (url.origin !== location.origin || !MOCK_PATH.test(url.pathname)) return window.fetch(input, init);
    const response = await untilAborted(callInPageMock(request), request.signal);
    if (response.type === 'error') throw new TypeError('Failed to fetch (the in-page mock dropped the connection)');
    if (request.method !== 'POST' || response.status !== 201) return response;
    const text = await response.text();
    let rewritten = text;
    try {
      const json = JSON.parse(text) as { url?: unknown };
      if (typeof json.url === 'string' && json.url.startsWith(location.origin)) rewritten = JSON.stringify({ ...json, url: payStandInUrl(json.url) }, null, 2);
    } catch {
      // Malformed on purpose (a fault): hand it over as it is.
    }
    return new Response(rewritten, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}
