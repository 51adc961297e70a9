import { defineConfig, type Plugin, type ViteDevServer } from 'vite';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mockCheckoutPlugin } from '../src/mock/vite-plugin';

const fromDemo = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const iifePath = fromDemo('../dist/checkout-widget.iife.js');
const IIFE_URL = '/checkout-widget.iife.js';
const distDir = fromDemo('../dist/');
/** What the script tag loads on demand from beside itself: the form chunk and the locale files. */
const onDemand = (path: string) => /^\/(checkout-widget-form\.js|locales\/[\w-]+\.js)$/.test(path);

// Shown by script-tag.html when `npm run build` has not made dist/ yet: a visible note, not a blank page.
const notBuiltScript = `console.warn('[checkout-widget demo] dist/checkout-widget.iife.js is not built yet: run "npm run build", then reload.');
document.addEventListener('DOMContentLoaded', function () {
  var note = document.createElement('p');
  note.setAttribute('role', 'alert');
  note.className = 'demo-not-built';
  note.textContent = 'The script-tag bundle is not built yet. Run "npm run build" in the project folder, then reload this page.';
  document.body.prepend(note);
});`;

/**
 * The drop-in bundle: served from ../dist during `npm run demo` (read on every request, so a rebuild
 * shows up on reload) and copied into the static build next to the pages.
 */
function iifeBundlePlugin(): Plugin {
  return {
    name: 'checkout-widget-demo-iife',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        if (path === '/favicon.ico') {
          // The mock's hosted page has no icon link; answer so the browser logs no 404.
          res.writeHead(204).end();
          return;
        }
        if (onDemand(path) && existsSync(distDir + path.slice(1))) {
          res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
          res.end(readFileSync(distDir + path.slice(1)));
          return;
        }
        if (path !== IIFE_URL) return next();
        const built = existsSync(iifePath);
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
        res.end(built ? readFileSync(iifePath) : notBuiltScript);
      });
      printExtraUrls(server);
    },
    generateBundle() {
      if (!existsSync(iifePath)) {
        this.warn('dist/checkout-widget.iife.js is missing: script-tag.html will say so. Use "npm run build:demo", which builds it first.');
        this.emitFile({ type: 'asset', fileName: IIFE_URL.slice(1), source: notBuiltScript });
        return;
      }
      this.emitFile({ type: 'asset', fileName: IIFE_URL.slice(1), source: readFileSync(iifePath) });
      // The form chunk and the locales live beside the script, as on a shop's server.
      const locales = existsSync(distDir + 'locales') ? readdirSync(distDir + 'locales').map((name) => `locales/${name}`) : [];
      for (const file of ['checkout-widget-form.js', ...locales]) this.emitFile({ type: 'asset', fileName: file, source: readFileSync(distDir + file) });
    },
  };
}

function printExtraUrls(server: ViteDevServer): void {
  const printUrls = server.printUrls.bind(server);
  server.printUrls = () => {
    printUrls(); // "Local: http://127.0.0.1:5173/" is the playground
    const base = server.resolvedUrls?.local[0];
    if (!base) return;
    const color = process.stdout.isTTY ? (code: number, text: string) => `\x1b[${code}m${text}\x1b[0m` : (_: number, text: string) => text;
    const line = (label: string, text: string) => server.config.logger.info(`  ${color(32, '➜')}  ${label.padEnd(17)}${text}`);
    line('Script-tag page:', color(36, new URL('script-tag.html', base).href));
    line('Mock backend:', 'inside this server (POST /checkout/session, /pay/:id); nothing else to start');
  };
}

export default defineConfig(({ command }) => ({
  root: fromDemo('.'),
  publicDir: fromDemo('public'),
  plugins: [mockCheckoutPlugin(), iifeBundlePlugin()],
  // The static build has no server behind it: its pages run the mock in the page (demo/src/staticMock.ts).
  define: { __CHECKOUT_DEMO_STATIC_BUILD__: JSON.stringify(command === 'build') },
  resolve: {
    // The demo imports the package by its public names only, exactly as a shop would.
    alias: [
      { find: /^checkout-widget\/styles\.css$/, replacement: fromDemo('../src/styles/checkout-widget.css') },
      { find: /^checkout-widget\/core$/, replacement: fromDemo('../src/core/index.ts') },
      { find: /^checkout-widget\/mock$/, replacement: fromDemo('../src/mock/browser.ts') }, // the "browser" condition of the exports map
      { find: /^checkout-widget$/, replacement: fromDemo('../src/index.ts') },
    ],
  },
  // Known up front, so the first visit never triggers a "new dependencies optimized" full reload.
  optimizeDeps: { include: ['react', 'react/jsx-dev-runtime', 'react-dom/client', 'react-hook-form', '@tanstack/react-query', 'zod/mini'] },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  build: {
    outDir: fromDemo('../demo-dist'),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      // React Query marks its modules 'use client'; in a plain browser bundle the directive means nothing.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
      input: {
        index: fromDemo('index.html'),
        success: fromDemo('success.html'),
        cancel: fromDemo('cancel.html'),
        pay: fromDemo('pay.html'),
        'script-tag': fromDemo('script-tag.html'),
      },
    },
  },
}));
