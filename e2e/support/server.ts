import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMockServer, type StoredSession } from '../../src/mock';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const PAGES_DIR = join(REPO_ROOT, 'e2e/pages');
/** The built script-tag bundle; E2E_IIFE_PATH points the suites at another build (a throwaway or older one). */
export const IIFE_PATH = process.env.E2E_IIFE_PATH || join(REPO_ROOT, 'dist/checkout-widget.iife.js');

/** The policy of a careful shop: nothing inline, nothing evaluated, nothing from elsewhere. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

export interface TestServerOptions {
  /** Folder of pages served at the root. Default e2e/pages. */
  pagesDir?: string;
  /** More files to serve: served name → file on disk. dist/checkout-widget.iife.js is always served as /checkout-widget.iife.js. */
  files?: Record<string, string>;
  /** Content-Security-Policy of the static files. Default STRICT_CSP; `false` sends none. */
  csp?: string | false;
  /**
   * Cache-Control of the static files. Default: the mock's `no-store`. The fault matrix sends `no-cache`
   * (revalidated on every visit): Chromium never keeps a `no-store` page in the back-forward cache, and
   * a shop's pages normally are cacheable, so Back can restore the page as a shopper's browser would.
   */
  cacheControl?: string;
}

export interface TestServer {
  /** http://127.0.0.1:<port> */
  url: string;
  /** The temporary folder being served. */
  dir: string;
  /** Every session the mock created, with `request` (the body as received) and `headers`. */
  sessions(): Promise<StoredSession[]>;
  /** Forgets all sessions and fault counters. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The mock backend on 127.0.0.1 with the test pages and the built IIFE as static files, served with a
 * strict CSP. Needs `npm run build` first (the IIFE is what a script-tag user loads).
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  if (!existsSync(IIFE_PATH)) throw new Error(`${IIFE_PATH} is missing: run \`npm run build\` before the browser tests (npm test does it for you)`);
  const dir = mkdtempSync(join(tmpdir(), 'checkout-widget-e2e-'));
  cpSync(options.pagesDir ?? PAGES_DIR, dir, { recursive: true });
  cpSync(IIFE_PATH, join(dir, 'checkout-widget.iife.js'));
  // What the script loads on demand from beside itself (checkout-widget-*.js, locales/), as a shop copies it.
  for (const name of readdirSync(dirname(IIFE_PATH))) {
    const onDemand = (/^checkout-widget-[\w.-]+\.js$/.test(name) && name !== basename(IIFE_PATH)) || name === 'locales';
    if (onDemand) cpSync(join(dirname(IIFE_PATH), name), join(dir, name), { recursive: true });
  }
  for (const [name, source] of Object.entries(options.files ?? {})) cpSync(source, join(dir, name), { recursive: true });
  // Chromium asks for /favicon.ico on every page; a 404 would be a console error in every test.
  if (!existsSync(join(dir, 'favicon.ico'))) writeFileSync(join(dir, 'favicon.ico'), tinyIcon());
  const csp = options.csp ?? STRICT_CSP;
  const staticHeaders: Record<string, string> = csp ? { 'Content-Security-Policy': csp } : {};
  if (options.cacheControl) staticHeaders['cache-control'] = options.cacheControl;
  const server = await startMockServer({ host: '127.0.0.1', port: 0, staticDir: dir, staticHeaders });
  return {
    url: server.url,
    dir,
    async sessions() {
      const response = await fetch(`${server.url}/checkout/sessions`);
      const json = (await response.json()) as { data: StoredSession[] };
      return json.data;
    },
    async reset() {
      await fetch(`${server.url}/__mock/reset`, { method: 'POST' });
    },
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A valid 1×1 transparent .ico (one 32-bit BMP image). */
function tinyIcon(): Buffer {
  const header = Buffer.from([0, 0, 1, 0, 1, 0]);
  const bitmap = Buffer.alloc(40 + 4 + 4);
  bitmap.writeUInt32LE(40, 0); // BITMAPINFOHEADER size
  bitmap.writeInt32LE(1, 4); // width
  bitmap.writeInt32LE(2, 8); // height: XOR + AND masks
  bitmap.writeUInt16LE(1, 12); // planes
  bitmap.writeUInt16LE(32, 14); // bits per pixel
  const entry = Buffer.alloc(16);
  entry.writeUInt8(1, 0);
  entry.writeUInt8(1, 1);
  entry.writeUInt16LE(1, 4);
  entry.writeUInt16LE(32, 6);
  entry.writeUInt32LE(bitmap.length, 8);
  entry.writeUInt32LE(header.length + entry.length, 12);
  return Buffer.concat([header, entry, bitmap]);
}
