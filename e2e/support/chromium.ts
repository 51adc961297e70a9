import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer, type LaunchOptions } from 'playwright-core';
import { describe, inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

export { CHROMIUM_ARGS, CHROMIUM_PATH };

/**
 * Why browser tests cannot run on this machine, or undefined when they can. With CI set a missing
 * browser throws: a suite that silently skips in CI looks green and tests nothing.
 */
export function chromiumMissing(): string | undefined {
  if (existsSync(CHROMIUM_PATH)) return undefined;
  const reason = `Chromium not found at ${CHROMIUM_PATH}: install it (apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary`;
  if (process.env.CI) throw new Error(`${reason}. Browser tests never skip in CI.`);
  console.warn(`[e2e] skipping browser tests: ${reason}`);
  return reason;
}

/**
 * `describe` for suites that need a real browser: skipped with a message when Chromium is missing on
 * a developer machine, an error in CI. Usage: `describeInChromium('…', () => { … })`.
 */
export const describeInChromium = chromiumMissing() ? describe.skip : describe;

/**
 * The system Chromium headless with the project's flags. Without options, a connection to the run's
 * shared Chromium (started once by e2e/support/globalSetup.ts): starting a browser per suite costs
 * seconds on a 2-core machine. `close()` then closes this suite's contexts and disconnects. With
 * options (other flags), a browser of its own.
 */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const missing = chromiumMissing();
  if (missing) throw new Error(missing);
  const shared = Object.keys(options).length === 0 ? sharedEndpoint() : '';
  if (shared) return chromium.connect(shared);
  return chromium.launch({ headless: true, ...options, executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...(options.args ?? [])] });
}

/** The shared browser of a run, for globalSetup. */
export function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer({ headless: true, executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, host: '127.0.0.1' });
}

function sharedEndpoint(): string {
  try {
    return inject('chromiumWsEndpoint') ?? '';
  } catch {
    return ''; // outside a vitest run with the globalSetup
  }
}
