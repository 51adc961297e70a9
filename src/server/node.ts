// node:http, Express 5 and Connect, with structural types: this file is part of the entry that also
// loads in workerd, so it may not import anything from node:.

/** The parts of `http.IncomingMessage` (and Express's request) the adapter reads. */
export interface NodeRequestLike {
  method?: string | undefined;
  url?: string | undefined;
  /** Express: the URL before mounting stripped its prefix. */
  originalUrl?: string;
  headers: Record<string, string | string[] | undefined>;
  socket: { encrypted?: boolean; remoteAddress?: string | undefined } & object;
  readableEnded?: boolean;
  /** False while the request body has not all arrived. */
  complete?: boolean;
  /** Set by body parsers such as `express.json()`, which would have consumed the stream already. */
  body?: unknown;
  on(event: 'data', listener: (chunk: Uint8Array) => void): unknown;
  on(event: 'end' | 'close', listener: () => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  pause(): unknown;
  resume(): unknown;
}

/** The parts of `http.ServerResponse` the adapter writes. */
export interface NodeResponseLike {
  headersSent: boolean;
  writableEnded: boolean;
  writeHead(status: number, headers: Record<string, string | string[]>): unknown;
  end(chunk?: Uint8Array, callback?: () => void): unknown;
  on(event: 'close', listener: () => void): unknown;
}

export interface NodeHandlerOptions {
  /**
   * Take the public origin from `X-Forwarded-Proto` / `X-Forwarded-Host` (set by your proxy or load
   * balancer). Only turn this on behind a proxy that overwrites them: otherwise any client can claim
   * any origin. Default false (the origin is `http(s)://` + `Host`).
   */
  trustProxy?: boolean;
}

type FetchHandler = (request: Request) => Promise<Response>;

/**
 * `(req, res, next?)` for node:http, Express 5 and Connect around a fetch-style handler. The body is
 * streamed to the handler, so its size limit holds without buffering; mount it before any body
 * parser (`express.json()` would have read the stream already).
 */
export function toNodeHandler(handler: FetchHandler, options: NodeHandlerOptions = {}) {
  return async (req: NodeRequestLike, res: NodeResponseLike, next?: (error?: unknown) => void): Promise<void> => {
    try {
      if (req.body !== undefined && req.body !== null && typeof req.body === 'object' && Object.keys(req.body).length > 0) {
        throw new Error('toNodeHandler: the request body was already read by a body parser (such as express.json()); mount the checkout route before it');
      }
      const aborter = new AbortController();
      res.on('close', () => {
        if (!res.writableEnded) aborter.abort();
      });
      const method = (req.method ?? 'GET').toUpperCase();
      const init: RequestInit & { duplex?: 'half' } = { method, headers: toHeaders(req.headers), signal: aborter.signal };
      const body = method !== 'GET' && method !== 'HEAD' ? toStream(req) : undefined;
      if (body) {
        init.body = body.stream;
        init.duplex = 'half';
      }
      const response = await handler(new Request(new URL(req.originalUrl ?? req.url ?? '/', originOf(req, options.trustProxy === true)), init));
      const headers: Record<string, string | string[]> = {};
      response.headers.forEach((value, name) => {
        headers[name] = value;
      });
      if (body && req.complete === false) {
        // Answered before the body was all read (413, 415, 403…): drop the rest unread and close the
        // connection, so the unread bytes are never parsed as a next request.
        body.stop();
        headers.connection = 'close';
      }
      const cookies = response.headers.getSetCookie?.() ?? [];
      if (cookies.length > 0) headers['set-cookie'] = cookies;
      // Our answers are small JSON; the read is still bounded by what the handler wrote.
      const bytes = new Uint8Array(await response.arrayBuffer());
      res.writeHead(response.status, headers);
      res.end(bytes);
    } catch (error) {
      if (next) return next(error);
      console.error('checkout-widget/server:', error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
      if (!res.writableEnded) res.end(new TextEncoder().encode('{"error":{"type":"api_error","message":"Internal server error"}}'));
    }
  };
}

const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.split(',')[0]?.trim();

function originOf(req: NodeRequestLike, trustProxy: boolean): string {
  const forwardedProto = trustProxy ? first(req.headers['x-forwarded-proto'])?.toLowerCase() : undefined;
  const proto = forwardedProto === 'https' || forwardedProto === 'http' ? forwardedProto : req.socket.encrypted ? 'https' : 'http';
  const host = (trustProxy ? first(req.headers['x-forwarded-host']) : undefined) ?? first(req.headers.host);
  // A Host header that is not a host name must not turn into some other URL: fall back to localhost.
  return `${proto}://${host && HOST.test(host) ? host : 'localhost'}`;
}

function toHeaders(source: NodeRequestLike['headers']): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(source)) {
    if (name.startsWith(':') || value === undefined) continue; // HTTP/2 pseudo-headers
    try {
      headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    } catch {
      // A header value the fetch Headers class refuses is dropped, as a fetch runtime would.
    }
  }
  return headers;
}

/** The request body as a web stream with back-pressure; cancelling it (the 413 path) stops reading. */
function toStream(req: NodeRequestLike): { stream: ReadableStream<Uint8Array>; stop(): void } {
  let done = false;
  const stop = () => {
    done = true;
    req.resume(); // flowing into nothing until the connection closes: no buffering, no back-pressure stall
  };
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      req.on('data', (chunk) => {
        if (done) return;
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 0) <= 0) req.pause();
      });
      req.on('end', () => {
        if (!done) controller.close();
        done = true;
      });
      req.on('error', (error) => {
        if (!done) controller.error(error);
        done = true;
      });
    },
    pull() {
      req.resume();
    },
    cancel() {
      done = true;
      req.pause();
    },
  });
  return { stream, stop };
}
