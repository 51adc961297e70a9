// Vitest globalSetup (vite.config.ts): what a whole `vitest run` shares instead of every suite redoing it.
// - a folder for the packed tarball: the first suite that needs it packs once (packedTarball());
// - for the browser project, one Chromium (a Playwright browser server) that every suite connects to,
//   instead of each suite starting its own (launchChromium() without options connects to it).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder where packedTarball() leaves `npm pack`'s output for this run. */
    packDir: string;
    /** ws endpoint of the run's shared Chromium, or '' when each suite launches its own. */
    chromiumWsEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Both projects run this file; they share one pack folder through the main process's environment.
  const packDir = (process.env.CHECKOUT_WIDGET_PACK_DIR ??= mkdtempSync(join(tmpdir(), 'checkout-widget-pack-')));
  project.provide('packDir', packDir);

  let stopChromium = async () => {};
  let wsEndpoint = '';
  if (project.name === 'browser' && !process.env.E2E_OWN_CHROMIUM) {
    const { chromiumMissing, launchChromiumServer } = await import('./chromium');
    if (!chromiumMissing()) {
      const server = await launchChromiumServer();
      wsEndpoint = server.wsEndpoint();
      stopChromium = () => server.close();
    }
  }
  project.provide('chromiumWsEndpoint', wsEndpoint);

  // The last project to finish removes the folder (setups all run before the first test).
  process.env.CHECKOUT_WIDGET_PACK_USERS = String(Number(process.env.CHECKOUT_WIDGET_PACK_USERS ?? 0) + 1);
  return async () => {
    await stopChromium();
    const users = Number(process.env.CHECKOUT_WIDGET_PACK_USERS) - 1;
    process.env.CHECKOUT_WIDGET_PACK_USERS = String(users);
    if (users <= 0) {
      rmSync(packDir, { recursive: true, force: true });
      delete process.env.CHECKOUT_WIDGET_PACK_DIR;
    }
  };
}
