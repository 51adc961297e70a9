// Every knob the bench has, in one place, so a change in the widget's markup or a slower machine
// means editing this file only.
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BENCH_DIR = fileURLToPath(new URL('.', import.meta.url));
export const PAGES_DIR = join(BENCH_DIR, 'pages');
export const RESULTS_FILE = join(BENCH_DIR, 'results.md');

// BENCH_DIST lets the bench run against a throwaway build (e.g. /tmp/fake-dist) before ours exists.
export const DIST_DIR = resolve(process.env.BENCH_DIST || join(REPO_ROOT, 'dist'));

export { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';

// 20 measured runs per row is the floor the report promises; BENCH_RUNS may raise it (or lower it
// for a quick smoke test, in which case the report says so in its "runs" column).
export const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 20);
// Runs per side of each floor comparison (bench/floors.mjs): 30 at least, so a p90 is a real run.
export const FLOOR_RUNS = Math.max(1, Number(process.env.BENCH_FLOOR_RUNS) || Math.max(30, RUNS));
// The first runs in a fresh browser pay for process start-up and cold code caches, which is not
// what a shopper on a warm browser sees; they are run and thrown away.
export const WARMUP_RUNS = 2;

// One run of one measurement, page load included. A widget that never renders costs at most this.
export const RUN_TIMEOUT_MS = 10_000;
// In-page waits give up a little earlier than the Node side, so the page's own (more specific)
// reason reaches the report instead of a bare "timed out".
export const IN_PAGE_TIMEOUT_MS = 8_000;
// Stop repeating a measurement that keeps failing: the widget is clearly not there yet. Two keeps
// the worst case (every row timing out) at 8 rows x 2 x 10 s, inside the 6-minute budget.
export const MAX_CONSECUTIVE_FAILURES = 2;

export const FORM_SIZES = [1, 20, 100];

// How the bench finds things inside the widget's shadow root. Adjust here if the markup changes.
export const SELECTORS = {
  // (a, b) the clickable element rendered by <checkout-button>
  buyButton: 'button',
  // (d) the form root, one quantity input per line item, the +1 control, the subtotal text
  form: 'form',
  quantityInput: 'input[type=number]',
  incrementButton: 'button[aria-label^="Increase"]',
  subtotal: '[data-part="subtotal"]',
};

// The request the widget sends on click, matched against resource-timing entry URLs.
export const SESSION_PATH = '/checkout/session';

export const PAGES = {
  empty: '/pages/empty.html',
  iifeButton: '/pages/iife-button.html',
  iifeBlank: '/pages/iife-blank.html',
};
