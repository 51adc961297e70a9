import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { HeavyFirstSequencer } from './scripts/vitest-sequencer.mjs';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

/** Packages the user's app provides or installs with us: never bundled into the ESM entries. */
const external = [/^stripe($|\/)/, /^react($|\/)/, /^react-dom($|\/)/, /^react-hook-form($|\/)/, /^zod($|\/)/, /^@tanstack\/react-query($|\/)/, /^node:/];

// `vite build` builds the ESM library entries of the exports map; scripts/build.mjs adds the
// script-tag IIFE (vite.iife.config.ts), the stylesheet and the type declarations.
export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    target: 'es2022',
    lib: {
      entry: {
        index: src('index.ts'),
        core: src('core/index.ts'),
        schema: src('schema/index.ts'),
        element: src('element/index.ts'),
        server: src('server/index.ts'),
        mock: src('mock/index.ts'),
        'mock-browser': src('mock/browser.ts'),
        'mock-vite': src('mock/vite.ts'),
        'mock-cli': src('mock/cli.ts'),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external,
      // Rolldown warns that src/index.ts's 'use client' may be lost; it is kept (checked below and in tests).
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
      output: {
        // The CLI needs its shebang. (Rolldown keeps the React entry's own 'use client' directive on its
        // first line, which Next.js needs; test/package/publish.test.ts checks it.)
        banner: (chunk) => (chunk.isEntry && chunk.name === 'mock-cli' ? '#!/usr/bin/env node' : ''),
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
  test: {
    // Suites that build a whole app (Next.js, Vite) start first: see the file.
    sequence: { sequencer: HeavyFirstSequencer },
    projects: [
      {
        test: {
          name: 'unit',
          // Unit and integration tests first (fast, parallel), then the browser suites (two workers).
          sequence: { groupOrder: 0 },
          include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['test/setup.ts'],
          globalSetup: ['e2e/support/globalSetup.ts'],
        },
      },
      {
        test: {
          name: 'browser',
          sequence: { groupOrder: 1 },
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          // One packed tarball and one Chromium for the whole run (see the file).
          globalSetup: ['e2e/support/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          maxWorkers: 2,
        },
      },
    ],
  },
});
