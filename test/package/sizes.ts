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
    // What a page loads up front: code behind a dynamic import() (a locale, the element's form) is a
    // separate chunk in a shop's build, loaded only when used.
    plugins: [{ name: 'dynamic-imports-apart', setup: (build) => void build.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined)) }],
  });
  return result.outputFiles[0]!.text;
}

/** The artefacts of the size budgets, measured from dist/. */
export async function artefactSizes() {
  const main = readFileSync(`${root}/dist/checkout-widget.iife.js`);
  const form = readFileSync(`${root}/dist/checkout-widget-form.js`);
  return {
    // The script tag's main file: all that a page with <checkout-button>s downloads (issue 18's button path).
    buttonPath: measure(main),
    // Loaded beside it when the first <checkout-form> or mount({ kind: 'form' }) appears.
    formChunk: measure(form),
    // What a page with a form downloads in all: both files (was one 44.5 KB file before the split).
    formPage: { ...measure(main), gzip: measure(main).gzip + measure(form).gzip, brotli: measure(main).brotli + measure(form).brotli, min: main.length + form.length },
    reactForm: measure(await bundle(`import { CheckoutForm } from './dist/index.js'; console.log(CheckoutForm);`)),
    reactButton: measure(await bundle(`import { CheckoutButton } from './dist/index.js'; console.log(CheckoutButton);`)),
    core: measure(await bundle(`import * as core from './dist/core.js'; console.log(core);`)),
  };
}
