import { build as viteBuild, defineConfig, type InlineConfig, type Plugin, type UserConfig } from 'vite';
import { build as esbuild } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
// CHECKOUT_WIDGET_IIFE_OUT and CHECKOUT_WIDGET_IIFE_MINIFY=0: a readable build elsewhere, for profiles
// (function names in a trace); the published build is always the minified one in dist/.
const OUT_DIR = process.env.CHECKOUT_WIDGET_IIFE_OUT ?? here('./dist');
const MINIFY = process.env.CHECKOUT_WIDGET_IIFE_MINIFY !== '0';
const FORM_FILE = 'checkout-widget-form.js';
const LOCALE_INDEX = 'locales/index.js';
const LOCALES_DIR = here('./src/i18n/locales');
const SHARED_LIST = here('./src/element/sharedModules.ts');
// Left to the chunk: the button uses one small function of format.ts, and sharing more would put
// money formatting into the main file for every button page.
const NOT_SHARED = ['core/format', 'core/money'];
// Modules with state the whole page must share (the locale registry): every export comes from the main file.
const SHARED_WHOLE = ['i18n/registry'];

// The script-tag bundle: dist/checkout-widget.iife.js is one self-contained classic script (global
// CheckoutWidget) with the elements, mount(), the plain-DOM button over core's checkout flow, English
// and the CSS. No React: the form (React 19 → preact/compat, ~4 KB instead of ~60 KB; react-hook-form)
// is dist/checkout-widget-form.js and each other locale is dist/locales/<code>.js, classic scripts
// beside it that src/element/loadChunk.ts loads on demand with their SHA-384 baked in here. No zod
// inside: the widget parses with src/core/validate.ts, so loading it adds no global but CheckoutWidget.
const target = ['chrome111', 'edge111', 'firefox114', 'safari16.4'];
const reactAsPreact = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-runtime' },
  // preact/compat, with a default export that holds only what react-hook-form reads (see the file).
  { find: /^react$/, replacement: here('./scripts/preact-as-react.mjs') },
];

/** Swaps modules by resolved path: the script tag's loaders for the bundler ones (dynamic import() cannot be in an IIFE). */
function swapModules(swaps: Record<string, string>): Plugin {
  return {
    name: 'checkout-widget-swap-modules',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !source.startsWith('.')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const swapped = resolved && swaps[resolved.id.replace(/\?.*$/, '')];
      return swapped ? { id: swapped } : null;
    },
  };
}

const loaderSwaps = {
  [here('./src/element/loadFormView.ts')]: here('./src/element/loadFormView.iife.ts'),
  // The elements bind to core's controller directly: the form chunk needs no TanStack query client.
  [here('./src/react/useCheckoutSession.ts')]: here('./src/react/useCheckoutSession.iife.ts'),
  [here('./src/i18n/localeFiles.ts')]: here('./src/element/loadLocaleFile.iife.ts'),
};

/** The files of an entry's module graph, relative to the repo (esbuild's metafile). */
async function moduleGraph(entry: string): Promise<string[]> {
  const inline = 'inline-css';
  const result = await esbuild({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    outdir: '/virtual',
    logLevel: 'silent',
    external: ['react', 'react-dom', 'react/*', 'react-dom/*', 'react-hook-form', '@tanstack/*'],
    define: { __CHECKOUT_WIDGET_CHUNKS__: '{}' },
    plugins: [
      {
        name: inline,
        setup(build) {
          build.onResolve({ filter: /\?inline$/ }, () => ({ path: 'css', namespace: inline }));
          build.onLoad({ filter: /.*/, namespace: inline }, () => ({ contents: 'export default ""', loader: 'js' }));
          build.onResolve({ filter: /^\.\/(localeFiles|loadFormView)$/ }, (args) => ({ path: join(args.resolveDir, `${args.path}.ts`), external: true }));
        },
      },
    ],
  });
  return Object.keys(result.metafile.inputs).filter((path) => /^src\/.*\.tsx?$/.test(path));
}

/** Which names each file of `files` imports (or re-exports) from each other src file: resolved path → names. */
function importedNames(files: string[]): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  const statement = /(?:import|export)\s+(type\s+)?\{([^}]*)\}\s*from\s*['"](\.[^'"]+)['"]/g;
  for (const file of files) {
    for (const [, typeOnly, list, specifier] of readFileSync(here(`./${file}`), 'utf8').matchAll(statement)) {
      if (typeOnly) continue;
      const base = join(dirname(here(`./${file}`)), specifier!);
      const target = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((candidate) => existsSync(candidate));
      if (!target) continue;
      const set = names.get(target) ?? new Set<string>();
      for (const item of list!.split(',')) {
        const name = item.trim().replace(/^type\s+.*/, '').split(/\s+as\s+/)[0]!.trim();
        if (name) set.add(name);
      }
      names.set(target, set);
    }
  }
  return names;
}

/**
 * What the form chunk takes from the main file instead of carrying a copy: each name the chunk imports
 * from a src/core or src/i18n module that the main file imports too (so the main file pays nothing
 * for it). A form page then downloads most of core once, with one locale registry and one CheckoutError class.
 */
async function sharedModules(): Promise<Record<string, string[]>> {
  const mainFiles = await moduleGraph(here('./src/element/iife.ts'));
  const chunkFiles = await moduleGraph(here('./src/element/formChunk.iife.ts'));
  const inMain = importedNames(mainFiles);
  const inChunk = importedNames(chunkFiles.filter((file) => !mainFiles.includes(file)));
  const shared: Record<string, string[]> = {};
  for (const [path, names] of inChunk) {
    const key = path.slice(here('./src/').length).replace(/\.tsx?$/, '');
    if (!/^(core|i18n)\//.test(key) || NOT_SHARED.includes(key) || !mainFiles.includes(`src/${key}.ts`)) continue;
    const both = [...names].filter((name) => inMain.get(path)?.has(name)).sort();
    if (both.length > 0) shared[key] = both;
  }
  for (const key of SHARED_WHOLE) shared[key] = await exportNames(here(`./src/${key}.ts`));
  return shared;
}

async function exportNames(path: string): Promise<string[]> {
  const result = await esbuild({ entryPoints: [path], bundle: false, format: 'esm', write: false, metafile: true, outdir: '/virtual', logLevel: 'silent' });
  return Object.values(result.metafile.outputs).flatMap((output) => output.exports).filter((name) => name !== 'default');
}

/**
 * Main file: sharedModules.ts becomes a plain object of the shared functions. Form chunk: each shared
 * module becomes those names read from the main file, plus its own copy of the rest.
 */
function shareModules(shared: Record<string, string[]>, side: 'main' | 'chunk'): Plugin {
  const byPath = new Map(Object.keys(shared).map((key) => [here(`./src/${key}.ts`), key]));
  const ORIGINAL = '?checkout-widget-original';
  return {
    name: `checkout-widget-share-modules-${side}`,
    enforce: 'pre',
    resolveId(source) {
      return source.endsWith(ORIGINAL) ? source : null;
    },
    load(id) {
      if (side === 'main' && id === SHARED_LIST) {
        const keys = Object.keys(shared);
        const imports = keys.map((key, index) => `import { ${shared[key]!.map((name) => `${name} as m${index}_${name}`).join(', ')} } from ${JSON.stringify(here(`./src/${key}.ts`))};`);
        const entries = keys.map((key, index) => `${JSON.stringify(key)}: { ${shared[key]!.map((name) => `${name}: m${index}_${name}`).join(', ')} }`);
        return `${imports.join('\n')}\nexport const sharedModules = { ${entries.join(', ')} };\n`;
      }
      if (side !== 'chunk') return null;
      if (id.endsWith(ORIGINAL)) return readFileSync(id.slice(0, -ORIGINAL.length), 'utf8');
      const key = byPath.get(id);
      if (!key) return null;
      // The module's own code for the names the main file does not have, the main file's for the rest.
      const original = JSON.stringify(id + ORIGINAL);
      return `export * from ${original};\nconst shared = globalThis.CheckoutWidget.__shared[${JSON.stringify(key)}];\nexport const { ${shared[key]!.join(', ')} } = shared;\n`;
    },
  };
}

// The stylesheet in two halves: the main file adopts what a button and the messages need, the form
// chunk adopts the rest (everything from the form's root rule on) when the first form mounts.
function splitStyles(half: 'common' | 'form'): Plugin {
  return {
    name: `checkout-widget-styles-${half}`,
    enforce: 'post',
    transform(code, id) {
      if (!/checkout-widget\.css\?inline$/.test(id)) return null;
      const match = /export default ("(?:[^"\\]|\\.)*")/.exec(code);
      if (!match) return null;
      const css = JSON.parse(match[1]!) as string;
      const at = css.search(/\.cw-root\.cw-checkout-form\s*\{/);
      // No marker (the stylesheet was reorganised): the main file keeps all of it, which is only bigger.
      const part = at < 0 ? (half === 'common' ? css : '') : half === 'common' ? css.slice(0, at) : css.slice(at);
      return { code: code.replace(match[1]!, JSON.stringify(part)), map: null };
    },
  };
}

/**
 * V8's explicit compile hint (Chromium 136+), the file's first line: compile every function while the
 * file streams in, off the main thread, instead of lazily on first call. The first render and the first
 * click run most of this file at once, so lazy compilation would land on the steps the shopper waits for.
 */
function compileHint(): Plugin {
  return {
    name: 'checkout-widget-compile-hint',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
    },
  };
}

const sri = (file: string) => `sha384-${createHash('sha384').update(readFileSync(join(OUT_DIR, file))).digest('base64')}`;
const version = () => /version = '([^']+)'/.exec(readFileSync(here('./src/element/version.ts'), 'utf8'))![1]!;

/** Builds the chunks first, so their hashes can be baked into the main file. */
async function buildChunks(shared: Record<string, string[]>): Promise<Record<string, { file: string; integrity: string }>> {
  const form: InlineConfig = {
    configFile: false,
    logLevel: 'warn',
    plugins: [swapModules(loaderSwaps), shareModules(shared, 'chunk'), splitStyles('form'), compileHint()],
    resolve: { alias: reactAsPreact },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: OUT_DIR,
      emptyOutDir: false,
      sourcemap: false,
      minify: MINIFY,
      target,
      rolldownOptions: {
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return; // TanStack's "use client" means nothing here
          handler(level, log);
        },
      },
      lib: { entry: here('./src/element/formChunk.iife.ts'), formats: ['iife'], name: 'CheckoutWidgetForm', fileName: () => FORM_FILE },
    },
  };
  await viteBuild(form);
  const manifest: Record<string, { file: string; integrity: string }> = { form: { file: FORM_FILE, integrity: sri(FORM_FILE) } };

  // One classic script per shipped locale (English is in the main file): locales/<code>.js.
  const locales: Record<string, { file: string; integrity: string }> = {};
  const localeFiles = existsSync(LOCALES_DIR) ? readdirSync(LOCALES_DIR).filter((name) => /^[\w-]+\.ts$/.test(name) && name !== 'en.ts' && !name.endsWith('.test.ts')) : [];
  await Promise.all(
    localeFiles.map(async (name) => {
      const code = name.slice(0, -3);
      const file = `locales/${code}.js`;
      const result = await esbuild({
        stdin: {
          contents: `import texts from ${JSON.stringify(join(LOCALES_DIR, name))};\nglobalThis.CheckoutWidget?.__chunk?.(${JSON.stringify(`locale/${code}`)}, ${JSON.stringify(version())}, { default: texts });\n`,
          resolveDir: LOCALES_DIR,
          loader: 'ts',
        },
        bundle: true,
        minify: true,
        format: 'iife',
        target,
        write: false,
        logLevel: 'silent',
      });
      mkdirSync(dirname(join(OUT_DIR, file)), { recursive: true });
      writeFileSync(join(OUT_DIR, file), result.outputFiles[0]!.text);
      locales[`locale/${code}`] = { file, integrity: sri(file) };
    }),
  );
  if (Object.keys(locales).length > 0) {
    // One hash in the main file for all of them: locales/index.js lists each file's.
    const sorted = Object.fromEntries(Object.entries(locales).sort(([a], [b]) => a.localeCompare(b)));
    writeFileSync(join(OUT_DIR, LOCALE_INDEX), `globalThis.CheckoutWidget?.__chunk?.("locale/",${JSON.stringify(version())},${JSON.stringify(sorted)});\n`);
    manifest['locale/'] = { file: LOCALE_INDEX, integrity: sri(LOCALE_INDEX) };
  }
  return Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)));
}

export default defineConfig(async ({ command }): Promise<UserConfig> => {
  const shared = command === 'build' ? await sharedModules() : {};
  const chunks = command === 'build' ? await buildChunks(shared) : {};
  return {
    plugins: [swapModules(loaderSwaps), shareModules(shared, 'main'), splitStyles('common'), compileHint()],
    resolve: { alias: reactAsPreact },
    define: { 'process.env.NODE_ENV': JSON.stringify('production'), __CHECKOUT_WIDGET_CHUNKS__: JSON.stringify(chunks) },
    build: {
      outDir: OUT_DIR,
      emptyOutDir: false,
      sourcemap: false,
      minify: MINIFY,
      // Vite's own 'baseline-widely-available' browsers: class fields and #private stay native (smaller
      // than their ES2020 lowering), and every browser a shop supports in 2026 runs it.
      target,
      cssCodeSplit: false,
      rolldownOptions: {
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
  };
});
