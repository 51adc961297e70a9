// A deliberately dumb origin for the runtime bench: static pages, the built dist, and a checkout
// endpoint that answers instantly, so the numbers are the widget's time, not a backend's.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { DIST_DIR, PAGES_DIR, SESSION_PATH } from './config.mjs';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
};

// Resolve a URL path inside `base`, refusing anything that climbs out of it.
function fileUnder(base, urlPath) {
  const full = normalize(join(base, decodeURIComponent(urlPath)));
  return full.startsWith(base.endsWith(sep) ? base : base + sep) ? full : null;
}

async function sendFile(res, file) {
  try {
    const body = await readFile(file);
    res.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      // Every run must pay for the download and compile like a first visit would.
      'Cache-Control': 'no-store',
    });
    res.end(body);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
  }
}

/**
 * @returns {Promise<{ origin: string, stats: { sessionsCreated: number, lastBody: unknown },
 *                     close(): Promise<void> }>}
 */
export async function startBenchServer({ bundlesDir, formPages = {} } = {}) {
  const stats = { sessionsCreated: 0, lastBody: undefined };
  let origin = '';

  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');

    if (req.method === 'POST' && pathname === SESSION_PATH) {
      let raw = '';
      for await (const chunk of req) raw += chunk;
      stats.sessionsCreated += 1;
      try {
        stats.lastBody = JSON.parse(raw);
      } catch {
        stats.lastBody = raw;
      }
      // Absolute and same-origin: http: is only allowed by the widget on 127.0.0.1 / localhost,
      // and staying on this origin keeps sessionStorage readable on the next page.
      res.writeHead(201, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      res.end(JSON.stringify({ url: `${origin}/pay/x` }));
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    if (pathname.startsWith('/dist/')) {
      const file = fileUnder(DIST_DIR, pathname.slice('/dist/'.length));
      return file ? sendFile(res, file) : res.writeHead(403).end();
    }
    if (bundlesDir && pathname.startsWith('/bundles/')) {
      const file = fileUnder(bundlesDir, pathname.slice('/bundles/'.length));
      return file ? sendFile(res, file) : res.writeHead(403).end();
    }
    // (floors) /form/<name>.html: the probe, then the scripts of one form implementation.
    const form = /^\/form\/([\w-]+)\.html$/.exec(pathname);
    if (form && formPages[form[1]]) {
      const scripts = ['/pages/probe.js', ...formPages[form[1]]].map((src) => `<script src="${src}"></script>`).join('');
      res.writeHead(200, { 'Content-Type': CONTENT_TYPES['.html'], 'Cache-Control': 'no-store' });
      return res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench: ${form[1]}</title>${scripts}</head><body></body></html>`);
    }
    if (pathname.startsWith('/pages/')) {
      const file = fileUnder(PAGES_DIR, pathname.slice('/pages/'.length));
      return file ? sendFile(res, file) : res.writeHead(403).end();
    }
    // The hosted payment page and success page the widget navigates to.
    if (pathname.startsWith('/pay/')) return sendFile(res, join(PAGES_DIR, 'pay.html'));
    if (pathname === '/thanks') return sendFile(res, join(PAGES_DIR, 'pay.html'));
    // Chromium asks for it on every page; a 404 would show up as a console error in the report.
    if (pathname === '/favicon.ico') return void res.writeHead(204).end();
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  origin = `http://127.0.0.1:${server.address().port}`;

  return {
    origin,
    stats,
    close: () =>
      new Promise((resolve) => {
        // Chromium keeps idle keep-alive sockets open; without this close() would wait on them.
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
