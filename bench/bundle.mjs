// Bundles a tiny import-and-reference entry the way an app's production build would, so every
// row in the size table (ours and the anchors) is measured under the same rules.
import { build } from 'esbuild';
import { join } from 'node:path';
import { REPO_ROOT } from './config.mjs';

// The host app already ships React; counting it against a component library would drown the
// library's own cost. The wildcards cover react/jsx-runtime and react-dom/client.
const REACT_EXTERNALS = ['react', 'react-dom', 'react/*', 'react-dom/*'];

/**
 * @param {string} source  ESM entry code, e.g. `import { X } from 'pkg'; console.log(X)`
 * @returns {Promise<{ js: Buffer, css: Buffer | null }>}
 */
export async function bundleEntry(source) {
  const result = await build({
    stdin: { contents: source, resolveDir: REPO_ROOT, sourcefile: 'bench-entry.js', loader: 'js' },
    // A BENCH_DIST outside the repo still resolves its bare imports (zod, react-hook-form, ...)
    // from the repo's node_modules.
    nodePaths: [join(REPO_ROOT, 'bench', 'node_modules'), join(REPO_ROOT, 'node_modules')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    external: REACT_EXTERNALS,
    define: { 'process.env.NODE_ENV': '"production"' },
    // An outdir (never written) lets esbuild emit CSS imported by JS as a separate file.
    outdir: '/bench-virtual-out',
    write: false,
    logLevel: 'silent',
    // What a page loads up front: code behind a dynamic import() (a locale, the element's form) is a
    // chunk of its own in an app's build, loaded only when used.
    plugins: [{ name: 'dynamic-imports-apart', setup: (build) => void build.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined)) }],
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'));
  const css = result.outputFiles.find((f) => f.path.endsWith('.css'));
  return { js: Buffer.from(js.contents), css: css ? Buffer.from(css.contents) : null };
}
