import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMockServer, type StoredSession } from '../../src/mock';
import { IIFE_PATH, type TestServer } from '../support';

export interface MatrixServerOptions {
  pagesDir: string;
  /** Served name → file on disk. */
  files: Record<string, string>;
  csp: string;
}

/**
 * e2e/support's startTestServer, with one difference: pages are served `Cache-Control: no-cache`
 * (revalidated on every visit) instead of `no-store`. Chromium never keeps a `no-store` page in the
 * back-forward cache, and a shop's pages normally are cacheable, so Back can restore the page as a
 * shopper's browser would.
 */
export async function startMatrixServer(options: MatrixServerOptions): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'checkout-widget-matrix-pages-'));
  cpSync(options.pagesDir, dir, { recursive: true });
  cpSync(IIFE_PATH, join(dir, 'checkout-widget.iife.js'));
  for (const [name, source] of Object.entries(options.files)) cpSync(source, join(dir, name));
  writeFileSync(join(dir, 'favicon.ico'), tinyIcon()); // a 404 would be a console error on every page
  const server = await startMockServer({
    host: '127.0.0.1',
    port: 0,
    staticDir: dir,
    staticHeaders: { 'Content-Security-Policy': options.csp, 'cache-control': 'no-cache' },
  });
  return {
    url: server.url,
    dir,
    async sessions() {
      const response = await fetch(`${server.url}/checkout/sessions`);
      return ((await response.json()) as { data: StoredSession[] }).data;
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

/** A valid 1×1 transparent .ico. */
function tinyIcon(): Buffer {
  const bitmap = Buffer.alloc(48);
  bitmap.writeUInt32LE(40, 0); // BITMAPINFOHEADER
  bitmap.writeInt32LE(1, 4); // width
  bitmap.writeInt32LE(2, 8); // height: image + mask
  bitmap.writeUInt16LE(1, 12); // planes
  bitmap.writeUInt16LE(32, 14); // bits per pixel
  const entry = Buffer.alloc(16);
  entry.writeUInt8(1, 0);
  entry.writeUInt8(1, 1);
  entry.writeUInt16LE(1, 4);
  entry.writeUInt16LE(32, 6);
  entry.writeUInt32LE(bitmap.length, 8);
  entry.writeUInt32LE(22, 12);
  return Buffer.concat([Buffer.from([0, 0, 1, 0, 1, 0]), entry, bitmap]);
}
