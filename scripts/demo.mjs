// `npm run demo`: builds the script-tag bundle (for demo/script-tag.html), then starts the playground
// with the mock backend inside the dev server. One command, nothing else to run.
import { fileURLToPath } from 'node:url';

// The demo config imports the mock's TypeScript source, whose extensionless imports make Vite 8 print
// a long notice about its future 'native' config loader; it changes nothing today.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const { build, createServer } = await import('vite');

await build({ configFile: 'vite.iife.config.ts', logLevel: 'warn' });
const server = await createServer({ configFile: 'demo/vite.config.ts' });
await server.listen();
server.printUrls();
server.bindCLIShortcuts({ print: true });
