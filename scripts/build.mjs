// One command for every artefact of the exports map: ESM entries, IIFE, stylesheet, declarations.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
await build({ configFile: 'vite.iife.config.ts', logLevel: 'warn' });
mkdirSync('dist', { recursive: true });
copyFileSync('src/styles/checkout-widget.css', 'dist/styles.css');
chmodSync('dist/mock-cli.js', 0o755);
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
addDeclarationExtensions('dist/types');
// The stylesheet's types condition (exports["./styles.css"]): importing it has a side effect only.
writeFileSync('dist/types/styles.d.ts', '// checkout-widget/styles.css: a stylesheet; importing it only adds the styles.\nexport {};\n');
writeFileSync('dist/checkout-widget.iife.d.ts', readFileSync('src/element/iife-global.d.ts', 'utf8').replace("from './index.js'", "from './types/element/index.js'"));

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
