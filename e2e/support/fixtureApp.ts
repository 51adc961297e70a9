import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './server';

/** Runs a command, resolving with its output; the error carries both streams. */
export function run(command: string, args: string[], cwd: string, timeout: number, env: NodeJS.ProcessEnv = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, timeout, maxBuffer: 32 * 1024 * 1024, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(' ')} failed in ${cwd}: ${error.message}\n${stdout}\n${stderr}`));
      else resolve(`${stdout}${stderr}`);
    });
  });
}

/**
 * A consumer app from e2e/fixtures/<name> (its own package.json and lockfile) with the packed tarball
 * installed as a shop installs it (`npm install <tarball>`). The app lives outside the repository, in
 * the system temp folder, so no lockfile or node_modules of ours is above it; its node_modules is kept
 * between runs while the fixture's lockfile is unchanged (`npm ci` only then). Returns the app folder.
 */
export async function installFixtureApp(name: string, tarball: string, timeoutMs = 8 * 60_000): Promise<string> {
  const fixture = join(REPO_ROOT, 'e2e/fixtures', name);
  const app = join(tmpdir(), `checkout-widget-${name}`);
  mkdirSync(app, { recursive: true });
  for (const entry of readdirSync(app)) if (entry !== 'node_modules') rmSync(join(app, entry), { recursive: true, force: true });
  cpSync(fixture, app, { recursive: true, filter: (source) => !/[/\\](node_modules|\.next|dist)([/\\]|$)/.test(source.slice(fixture.length)) });
  const lockHash = createHash('sha256').update(readFileSync(join(fixture, 'package-lock.json'))).digest('hex');
  const marker = join(app, 'node_modules/.fixture-lock');
  if (!existsSync(marker) || readFileSync(marker, 'utf8') !== lockHash) {
    await run('npm', ['ci', '--no-audit', '--no-fund'], app, timeoutMs);
    writeFileSync(marker, lockHash);
  }
  await run('npm', ['install', '--no-audit', '--no-fund', tarball], app, timeoutMs);
  return app;
}

/** `npm ls --all` of the app: exits non-zero on a missing or invalid (peer) dependency anywhere in the tree. */
export function npmLs(app: string): Promise<string> {
  return run('npm', ['ls', '--all'], app, 60_000).catch((error: Error) => `FAILED ${error.message}`);
}

/** npm ls output with a problem: a failure, an invalid or missing package, an unmet non-optional peer. */
export const NPM_LS_PROBLEM = /^FAILED|\binvalid\b|\bmissing\b|UNMET (?!OPTIONAL)/m;
