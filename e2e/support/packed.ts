import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { REPO_ROOT } from './server';

/**
 * The package as npm would publish it (`npm pack` of the built dist/), packed once per test run and
 * shared by every suite that installs it (publish checks, the packed React apps, the Next.js shop).
 * Needs `npm run build` first, as `npm test` does.
 */
export async function packedTarball(): Promise<string> {
  let dir: string;
  try {
    dir = inject('packDir');
  } catch {
    dir = '';
  }
  // Run without the globalSetup (a single file from an editor): a private folder.
  if (!dir) dir = (process.env.CHECKOUT_WIDGET_PACK_DIR ??= mkdtempSync(join(tmpdir(), 'checkout-widget-pack-')));
  mkdirSync(dir, { recursive: true });
  const done = join(dir, 'package');
  const lock = join(dir, 'packing');
  for (let waited = 0; waited < 120_000; waited += 200) {
    const tarball = readTarball(done);
    if (tarball) return tarball;
    try {
      mkdirSync(lock); // atomic: one worker packs, the others wait for its result
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
      continue;
    }
    try {
      if (!existsSync(join(REPO_ROOT, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
      const staging = mkdtempSync(join(dir, 'staging-'));
      execFileSync('npm', ['pack', '--silent', '--pack-destination', staging], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
      renameSync(staging, done);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  throw new Error(`No packed tarball appeared in ${dir} within 2 minutes`);
}

function readTarball(folder: string): string | undefined {
  if (!existsSync(folder)) return undefined;
  const name = readdirSync(folder).find((file) => file.endsWith('.tgz'));
  return name && join(folder, name);
}
