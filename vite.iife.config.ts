import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The script-tag bundle: one self-contained file with the UI, the CSS and all locales. React 19 alone
// is ~60 KB gzip, so react and react-dom are swapped for preact/compat (same hooks API, ~4 KB); the
// whole browser suite runs against this build, so the swap is checked, not assumed. No zod inside: the
// widget parses with src/core/validate.ts, so loading it adds no global but CheckoutWidget.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-runtime' },
      // preact/compat, with a default export that holds only what react-hook-form reads (see the file).
      { find: /^react$/, replacement: here('./scripts/preact-as-react.mjs') },
    ],
  },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: false,
    minify: true,
    // Vite's own 'baseline-widely-available' browsers: class fields and #private stay native (smaller
    // than their ES2020 lowering), and every browser a shop supports in 2026 runs it.
    target: ['chrome111', 'edge111', 'firefox114', 'safari16.4'],
    cssCodeSplit: false,
    rolldownOptions: {
      // TanStack's "use client" directives mean nothing inside a script-tag bundle.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
    lib: {
      entry: here('./src/element/iife.ts'),
      name: 'CheckoutWidget',
      formats: ['iife'],
      fileName: () => 'checkout-widget.iife.js',
    },
  },
});
