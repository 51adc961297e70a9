#!/usr/bin/env node
// Bench entry: `npm run build && node bench/run.mjs`. Prints a Markdown report to stdout and writes
// the same text to bench/results.md; progress goes to stderr so stdout stays pure Markdown.
//
// Environment: BENCH_DIST (default <repo>/dist), CHROMIUM_PATH (default /usr/bin/chromium),
// BENCH_RUNS (default 20; lower only for a smoke test).
import { writeFileSync } from 'node:fs';
import { RESULTS_FILE } from './config.mjs';
import { measureSizes } from './sizes.mjs';
import { startBenchServer } from './server.mjs';
import { launchChromium } from './chromium.mjs';
import { measureRuntime } from './runtime.mjs';
import { collectMachine } from './machine.mjs';
import { renderReport } from './markdown.mjs';

const started = performance.now();

// Sizes first and alone: esbuild would otherwise compete with Chromium for the two cores and
// distort the timings.
const sizes = await measureSizes();

let runtime = { rows: [], notes: [] };
let chromiumVersion = 'unknown (Chromium did not start)';
let server;
let browser;
try {
  server = await startBenchServer();
  browser = await launchChromium();
  chromiumVersion = browser.version();
  runtime = await measureRuntime(browser, server.origin);
  if (server.stats.sessionsCreated > 0) {
    runtime.notes.push(`The bench server created ${server.stats.sessionsCreated} checkout sessions.`);
  }
} catch (error) {
  // A missing browser must not cost the size table: report why and carry on.
  runtime.error = error.message.split('\n')[0];
  process.stderr.write(`bench: runtime skipped: ${error.stack}\n`);
} finally {
  await browser?.close().catch(() => {});
  await server?.close();
}

const report = renderReport({
  sizes,
  runtime,
  machine: collectMachine(chromiumVersion),
  seconds: (performance.now() - started) / 1000,
});
writeFileSync(RESULTS_FILE, report);
process.stdout.write(report);
