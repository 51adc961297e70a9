import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';
import { describe } from 'vitest';
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

/** Starts the system Chromium headless with the project's flags. */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const missing = chromiumMissing();
  if (missing) throw new Error(missing);
  return chromium.launch({ headless: true, ...options, executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...(options.args ?? [])] });
}
