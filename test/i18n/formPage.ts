// A shop page with React's CheckoutForm for the Chromium suites (e2e/form-a11y, e2e/i18n-rtl) and the
// RTL screenshot script: src/index.ts bundled with React 19 by esbuild, as a shop's bundler would, and
// served by a tiny local server (no dist/ needed), with a checkout endpoint the test answers itself.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const AXE_SOURCE_PATH = `${ROOT}node_modules/axe-core/axe.min.js`;

let bundled: Promise<string> | undefined;

/** The page script: `window.renderForm(props)` renders <CheckoutForm> into #root (functions as props stay in the page). */
export function formBundle(): Promise<string> {
  bundled ??= build({
    stdin: {
      contents: `
        import { createElement } from 'react';
        import { createRoot } from 'react-dom/client';
        import { CheckoutForm, registerLocale } from './src/index.ts';
        let root;
        window.registerLocale = registerLocale;
        window.renderForm = (props) => {
          root ??= createRoot(document.getElementById('root'));
          root.render(createElement(CheckoutForm, { redirect: (url) => { window.redirectedTo = url; }, ...props }));
        };`,
      resolveDir: ROOT,
      loader: 'js',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'error',
  }).then((result) => result.outputFiles[0]!.text);
  return bundled;
}

const html = (lang: string, dir: string) => `<!doctype html>
<html lang="${lang}" dir="${dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Shop</title>
<link rel="stylesheet" href="/checkout-widget.css"><script src="/form.js"></script>
<style>body { margin: 0; font-family: system-ui, sans-serif; } main { padding: 16px; max-width: 40rem; }</style></head>
<body><main><h1>Cart</h1><div id="root"></div></main></body></html>`;

export interface FormPage {
  /** The page's origin, e.g. http://127.0.0.1:41234 */
  url: string;
  /** The bodies POSTed to the checkout endpoint, parsed. */
  bodies: unknown[];
  /** Answers the request waiting at the endpoint (201 with a payment page URL by default). */
  answer: (status?: number, body?: unknown) => Promise<void>;
  /** Stops the server (open pages keep what they loaded). */
  close: () => Promise<void>;
}

/**
 * Serves the shop page from a local HTTP server (a real one, so Chromium keeps the page in its
 * back-forward cache) and opens it. Requests to /checkout/session wait until `answer()` (so a test
 * sees the pending state for as long as it likes, with no timers). /away is a page to leave to.
 */
export async function openFormPage(page: Page, options: { lang?: string; dir?: string } = {}): Promise<FormPage> {
  const script = await formBundle();
  const css = readFileSync(`${ROOT}src/styles/checkout-widget.css`, 'utf8');
  const bodies: unknown[] = [];
  const waiting: ServerResponse[] = [];
  const files: Record<string, [string, string]> = {
    '/': [html(options.lang ?? 'en', options.dir ?? 'ltr'), 'text/html'],
    '/form.js': [script, 'text/javascript'],
    '/checkout-widget.css': [css, 'text/css'],
    '/away': ['<!doctype html><html lang="en"><title>Away</title><main><h1>Away</h1></main></html>', 'text/html'],
  };
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/checkout/session' && request.method === 'POST') {
      let text = '';
      request.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      request.on('end', () => {
        bodies.push(JSON.parse(text));
        waiting.push(response);
      });
      return;
    }
    const file = files[path];
    // `no-cache` (revalidate), not `no-store`: Chromium keeps only cacheable pages in the bfcache.
    response.writeHead(file ? 200 : 404, { 'content-type': `${file?.[1] ?? 'text/plain'}; charset=utf-8`, 'cache-control': 'no-cache' });
    response.end(file?.[0] ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await page.goto(`${url}/`);
  return {
    url,
    bodies,
    answer: async (status = 201, body = { url: 'https://pay.test/cs_1' }) => {
      const response = waiting.shift();
      if (!response) throw new Error('no checkout request is waiting');
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    },
    close: () => {
      for (const response of waiting.splice(0)) response.destroy();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Runs axe-core on the page: the violations as readable lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_SOURCE_PATH });
  const violations = await page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<Result> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${violation.help} at ${node.target.join(' ')}`));
}
