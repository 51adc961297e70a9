// `npm run docs:screenshots`: README's playground screenshots (docs/screenshots/*.png), taken by the
// accessibility test of the playground with DOCS_SCREENSHOTS set. `npm test` runs the same test and
// writes nothing; run this after a visible change to the playground and commit the pictures.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const run = spawnSync(process.execPath, [vitest, 'run', '--project', 'browser', 'e2e/demo-a11y.test.ts', '-t', 'saves the README screenshots'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, DOCS_SCREENSHOTS: '1' },
});
process.exit(run.status ?? 1);
