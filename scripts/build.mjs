// One command for every artefact of the exports map: ESM entries, IIFE, stylesheet, declarations.
import { build, loadConfigFromFile } from 'vite';
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
await buildCommonJs();
await build({ configFile: 'vite.iife.config.ts', logLevel: 'warn' });
mkdirSync('dist', { recursive: true });
copyFileSync('src/styles/checkout-widget.css', 'dist/styles.css');
chmodSync('dist/mock-cli.js', 0o755);
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
addDeclarationExtensions('dist/types');
// The stylesheet's types condition (exports["./styles.css"]): importing it has a side effect only.
writeFileSync('dist/types/styles.d.ts', '// checkout-widget/styles.css: a stylesheet; importing it only adds the styles.\nexport {};\n');
writeFileSync('dist/checkout-widget.iife.d.ts', readFileSync('src/element/iife-global.d.ts', 'utf8').replace("from './index.js'", "from './types/element/index.js'"));
// require() of the script-tag bundle (a classic script is valid CommonJS too): same file, .cjs name.
copyFileSync('dist/checkout-widget.iife.js', 'dist/checkout-widget.iife.cjs');
addCommonJsDeclarations('dist');

/**
 * The library entries again as CommonJS in dist/cjs/*.cjs, for the exports map's "require" condition:
 * a CommonJS app or tool (and TypeScript's node16 resolution from a .cts file) gets a real module
 * instead of an ES module it may only import(). Same entries and externals as vite.config.ts.
 */
async function buildCommonJs() {
  const { config } = await loadConfigFromFile({ command: 'build', mode: 'production' }, 'vite.config.ts', root, 'silent');
  const { 'mock-cli': _cli, ...entry } = config.build.lib.entry;
  const output = { ...config.build.rolldownOptions.output, banner: undefined, entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs', exports: 'named' };
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ...config.build,
      outDir: 'dist/cjs',
      emptyOutDir: false,
      sourcemap: false,
      lib: { entry, formats: ['cjs'] },
      rolldownOptions: { ...config.build.rolldownOptions, output },
    },
  });
}

/**
 * A .d.cts beside every .d.ts (relative imports pointing at .cjs), so TypeScript reads the "require"
 * condition's types as CommonJS; the .d.ts files stay the ESM types of the "import" condition.
 */
function addCommonJsDeclarations(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'cjs' && entry.name !== 'chunks' && entry.name !== 'locales') addCommonJsDeclarations(path);
      continue;
    }
    if (!entry.name.endsWith('.d.ts')) continue;
    const source = readFileSync(path, 'utf8');
    writeFileSync(path.replace(/\.d\.ts$/, '.d.cts'), source.replace(/(from\s+|import\()(['"])(\.{1,2}\/[^'"]*)\.js\2/g, '$1$2$3.cjs$2'));
  }
}

// Our sources import without extensions (bundler style); Node's ESM resolution, which TypeScript
// applies to consumers on "moduleResolution": "node16", needs them in the published .d.ts files.
function addDeclarationExtensions(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      addDeclarationExtensions(path);
      continue;
    }
    if (!entry.name.endsWith('.d.ts')) continue;
    const source = readFileSync(path, 'utf8');
    const fixed = source.replace(/(from\s+|import\()(['"])(\.{1,2}\/[^'"]*)\2/g, (match, lead, quote, specifier) => {
      if (/\.(js|css)$/.test(specifier) || specifier.endsWith('?inline')) return match;
      const target = join(dirname(path), specifier);
      const resolved = existsSync(`${target}.d.ts`) ? `${specifier}.js` : existsSync(join(target, 'index.d.ts')) ? `${specifier}/index.js` : specifier;
      return `${lead}${quote}${resolved}${quote}`;
    });
    if (fixed !== source) writeFileSync(path, fixed);
  }
}
console.log('built dist/: index.js core.js schema.js element.js server.js mock.js mock-vite.js mock-cli.js checkout-widget.iife.js styles.css types/');
