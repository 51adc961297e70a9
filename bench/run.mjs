#!/usr/bin/env node
// Bench entry: `npm run build && node bench/run.mjs`. Prints a Markdown report to stdout and writes
// the same text to bench/results.md; progress goes to stderr so stdout stays pure Markdown.
//
// Flags: --json (print the numbers as JSON instead, for comparing two commits; writes no file),
//        --no-write (print the report, write nothing). Tests use one of them: no tracked file changes.
// Environment: BENCH_DIST (default <repo>/dist), CHROMIUM_PATH (default /usr/bin/chromium),
// BENCH_RUNS (default 20, the heap rows), BENCH_FLOOR_RUNS (default 30, each side of a floor ratio).
import { writeFileSync } from 'node:fs';
import { RESULTS_FILE } from './config.mjs';
import { measureSizes } from './sizes.mjs';
import { startBenchServer } from './server.mjs';
import { launchChromium } from './chromium.mjs';
import { buildFloorBundles, FORM_PAGES, measureFloors } from './floors.mjs';
import { measureHeap } from './runtime.mjs';
import { collectMachine } from './machine.mjs';
import { renderReport } from './markdown.mjs';

const json = process.argv.includes('--json');
const write = !json && !process.argv.includes('--no-write');
const started = performance.now();

// Sizes first and alone: esbuild would otherwise compete with Chromium for the two cores and
// distort the timings.
const sizes = await measureSizes();

let floors = { rows: [], notes: [] };
let runtime = { rows: [], notes: [] };
let chromiumVersion = 'unknown (Chromium did not start)';
let server;
let browser;
let bundles;
try {
  bundles = await buildFloorBundles();
  server = await startBenchServer({ bundlesDir: bundles.dir, formPages: FORM_PAGES });
  browser = await launchChromium();
  chromiumVersion = browser.version();
  floors = await measureFloors(browser, server.origin);
  runtime = await measureHeap(browser, server.origin);
  if (server.stats.sessionsCreated > 0) runtime.notes.push(`The bench server created ${server.stats.sessionsCreated} checkout sessions.`);
} catch (error) {
  // A missing browser must not cost the size table: report why and carry on.
  runtime.error = error.message.split('\n')[0];
  process.stderr.write(`bench: runtime skipped: ${error.stack}\n`);
} finally {
  await browser?.close().catch(() => {});
  await server?.close();
  bundles?.remove();
}

const machine = collectMachine(chromiumVersion);
const seconds = (performance.now() - started) / 1000;
if (json) {
  process.stdout.write(`${JSON.stringify({ generated: new Date().toISOString(), seconds, machine, sizes, floors, runtime }, null, 2)}\n`);
} else {
  const report = renderReport({ sizes, floors, runtime, machine, seconds });
  if (write) writeFileSync(RESULTS_FILE, report);
  process.stdout.write(report);
}
