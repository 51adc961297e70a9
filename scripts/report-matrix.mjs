// `npm run report:matrix`: runs the fault, security and accessibility matrix (e2e/matrix/) against the
// current build and writes test/reports/fault-matrix.md. `npm test` runs the same cases and leaves the
// report in node_modules/.cache; run this to refresh the committed report. Build first (npm run build).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const run = spawnSync(process.execPath, [vitest, 'run', '--project', 'browser', 'e2e/matrix'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, FAULT_MATRIX_REPORT: 'test/reports/fault-matrix.md' },
});
process.exit(run.status ?? 1);
