// The one place that says which Chromium runs and how: the browser tests (e2e/support/chromium.ts)
// and the benchmark (bench/config.mjs) both read it. Plain .mjs so the bench runs without a TS loader.

/** The system Chromium (Debian's /usr/bin/chromium); override with CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Quiet, offline, reproducible: no background traffic, no updates, no first-run UI. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
];
