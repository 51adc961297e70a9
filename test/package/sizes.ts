import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const reactExternal = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'];

export interface Size {
  min: number;
  gzip: number;
  brotli: number;
}

export function measure(code: string | Uint8Array): Size {
  const bytes = typeof code === 'string' ? Buffer.from(code) : Buffer.from(code);
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Bundles `source` the way a storefront's bundler would: minified, tree-shaken, React external, production mode. */
export async function bundle(source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    treeShaking: true,
    external: reactExternal,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** The four artefacts of the size budgets, measured from dist/. */
export async function artefactSizes() {
  return {
    iife: measure(readFileSync(`${root}/dist/checkout-widget.iife.js`)),
    reactForm: measure(await bundle(`import { CheckoutForm } from './dist/index.js'; console.log(CheckoutForm);`)),
    reactButton: measure(await bundle(`import { CheckoutButton } from './dist/index.js'; console.log(CheckoutButton);`)),
    core: measure(await bundle(`import * as core from './dist/core.js'; console.log(core);`)),
  };
}
