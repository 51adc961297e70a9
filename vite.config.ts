import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

/** Packages the user's app provides or installs with us: never bundled into the ESM entries. */
const external = [/^react($|\/)/, /^react-dom($|\/)/, /^react-hook-form($|\/)/, /^zod($|\/)/, /^@tanstack\/react-query($|\/)/, /^node:/];

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
        element: src('element/index.ts'),
        mock: src('mock/index.ts'),
        'mock-browser': src('mock/browser.ts'),
        'mock-cli': src('mock/cli.ts'),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external,
      output: {
        // Next.js needs the directive on the React entry's first line; bundlers drop module-level
        // directives, so it is put back here. The CLI needs its shebang.
        banner: (chunk) => (chunk.isEntry && chunk.name === 'index' ? "'use client';" : chunk.isEntry && chunk.name === 'mock-cli' ? '#!/usr/bin/env node' : ''),
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['test/setup.ts'],
        },
      },
      {
        test: {
          name: 'browser',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          maxWorkers: 2,
        },
      },
    ],
  },
});
