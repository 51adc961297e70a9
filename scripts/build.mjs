// One command for every artefact of the exports map: ESM entries, IIFE, stylesheet, declarations.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
await build({ configFile: 'vite.iife.config.ts', logLevel: 'warn' });
mkdirSync('dist', { recursive: true });
copyFileSync('src/styles/checkout-widget.css', 'dist/styles.css');
chmodSync('dist/mock-cli.js', 0o755);
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
console.log('built dist/: index.js core.js element.js mock.js mock-cli.js checkout-widget.iife.js styles.css types/');
