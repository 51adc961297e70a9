import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MockCheckoutHandler } from './handler';
import { isPayPagePath, PAY_PAGE_CSP, payPageAsset } from './payPage';

export interface NodeAdapterOptions {
  /** Serve files from this folder for GETs the mock does not answer (a storefront page, the IIFE). */
  staticDir?: string;
  /** Extra headers on static files, e.g. a Content-Security-Policy to test a strict page. */
  staticHeaders?: Record<string, string>;
  /** Paths the mock owns; anything else goes to `next` (in a dev server) or the static folder. */
  ownsPath?: (pathname: string) => boolean;
}

const MAX_READ_BYTES = 1024 * 1024;
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

export function defaultOwnsPath(endpointPath = '/checkout/session'): (pathname: string) => boolean {
  return (pathname) => pathname === endpointPath || /^\/(checkout|pay|__mock)(\/|$)/.test(pathname);
}

/** Bridges node:http (and Connect-style dev servers) to the fetch-style handler. */
export function toNodeListener(handler: MockCheckoutHandler, options: NodeAdapterOptions = {}) {
  const owns = options.ownsPath ?? defaultOwnsPath();
  return async (req: IncomingMessage, res: ServerResponse, next?: () => void): Promise<void> => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
    try {
      if (!owns(url.pathname)) {
        if (options.staticDir && (req.method === 'GET' || req.method === 'HEAD') && (await serveStatic(options.staticDir, url.pathname, res, options.staticHeaders))) return;
        if (next) return next();
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
      const aborter = new AbortController();
      res.on('close', () => {
        if (!res.writableEnded) aborter.abort();
      });
      // The hosted page's stylesheet and icon (it has nothing inline, so it works under default-src 'self').
      const asset = req.method === 'GET' || req.method === 'HEAD' ? payPageAsset(url.pathname) : undefined;
      if (asset) return await send(asset, res);
      const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBody(req);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === 'string') headers.set(name, value);
        else if (Array.isArray(value)) headers.set(name, value.join(', '));
      }
      const response = await handler(new Request(url, { method: req.method, headers, body, signal: aborter.signal }));
      if (response.type === 'error') {
        req.socket.destroy();
        return;
      }
      const isPayPage = isPayPagePath(url.pathname) && /^text\/html/.test(response.headers.get('content-type') ?? '') && !response.headers.has('content-security-policy');
      await send(response, res, isPayPage ? { 'content-security-policy': PAY_PAGE_CSP } : {});
    } catch (error) {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: `Mock backend failed: ${(error as Error).message}` } }));
    }
  };
}

async function send(response: Response, res: ServerResponse, extra: Record<string, string> = {}): Promise<void> {
  const outHeaders: Record<string, string> = { ...extra };
  response.headers.forEach((value, name) => {
    outHeaders[name] = value;
  });
  res.writeHead(response.status, outHeaders);
  res.end(Buffer.from(await response.arrayBuffer()));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    // Keep reading past the limit only far enough for the handler to answer 413.
    if (size <= MAX_READ_BYTES) chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function serveStatic(root: string, pathname: string, res: ServerResponse, extra: Record<string, string> = {}): Promise<boolean> {
  // Loaded lazily so that importing checkout-widget/mock in a browser or service worker never touches node builtins.
  const { readFile, stat } = await import('node:fs/promises');
  const { extname, join, normalize, resolve, sep } = await import('node:path');
  const base = resolve(root);
  let file = normalize(join(base, decodeURIComponent(pathname)));
  if (file !== base && !file.startsWith(base + sep)) return false;
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const content = await readFile(file);
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...extra });
    res.end(content);
    return true;
  } catch {
    return false;
  }
}
