// Ratios to floors (issue 18): each widget step runs beside the least code that does the same job, in
// the same Chromium, interleaved run by run (widget, floor, floor, widget…), each run in a fresh
// context. A ratio is widget / floor of the same statistic (median, p90) from the same runs, so
// machine noise moves both sides; absolute times stay beside it.
import { build } from 'esbuild';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_DIR, DIST_DIR, FLOOR_RUNS, IN_PAGE_TIMEOUT_MS, REPO_ROOT, RUN_TIMEOUT_MS, SELECTORS, SESSION_PATH, WARMUP_RUNS } from './config.mjs';
import { inFreshPage } from './chromium.mjs';

const FORM_COUNTS = [1, 20, 100];
const log = (message) => process.stderr.write(`bench: ${message}\n`);

/** The form pages: which scripts each loads (served as /form/<name>.html by server.mjs). */
export const FORM_PAGES = {
  iife: ['/dist/checkout-widget.iife.js', '/bundles/iife-mount.js'],
  'preact-floor': ['/bundles/preact-floor.js'],
  'react-widget': ['/bundles/react-widget.js'],
  'rhf-floor': ['/bundles/rhf-floor.js'],
};

/**
 * Rows: [metric, label, target ratio or null]. A step under 5 ms also passes within 2 ms of its floor
 * (timers are coarse: Chromium rounds performance.now() to 0.1 ms, and a task boundary costs more).
 */
const BUTTON_ROWS = [
  ['interactive', 'script start → interactive button', 1.5],
  ['clickToFetch', 'click → `fetch()` called', 1.5],
  ['responseToNavigation', 'response end → navigation (`beforeunload`)', 1.2],
];
const formRows = (what) => [
  ['firstMount', `${what}: first form on the page, 1 item (cold)`, null],
  ...FORM_COUNTS.map((count) => [`mount${count}`, `${what}: mount, ${count} item${count > 1 ? 's' : ''}`, 1.3]),
  [`edit${FORM_COUNTS.at(-1)}`, `${what}: quantity +1 → subtotal, ${FORM_COUNTS.at(-1)} items`, 1.5],
];

/** Builds the floor pages' scripts (and the React widget page) into a temporary folder served at /bundles/. */
export async function buildFloorBundles() {
  const dir = mkdtempSync(join(tmpdir(), 'checkout-widget-bench-'));
  const common = {
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    nodePaths: [join(REPO_ROOT, 'node_modules')],
    logLevel: 'silent',
    alias: { 'checkout-widget-dist': join(DIST_DIR, 'index.js') },
  };
  for (const name of ['preact-floor', 'rhf-floor', 'react-widget']) {
    await build({ ...common, entryPoints: [join(BENCH_DIR, 'floors', `${name}.js`)], outfile: join(dir, `${name}.js`) });
  }
  cpSync(join(BENCH_DIR, 'floors', 'iife-mount.js'), join(dir, 'iife-mount.js'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin
 * @returns {Promise<{ rows: object[], notes: string[] }>}
 */
export async function measureFloors(browser, origin) {
  const query = `?sel=${encodeURIComponent(SELECTORS.buyButton)}&timeout=${IN_PAGE_TIMEOUT_MS}`;
  const pairs = [
    { title: 'Buy button (script tag)', widget: `${origin}/pages/iife-button.html${query}`, floor: `${origin}/pages/floor-button.html${query}`, floorName: 'plain `<button>` + fetch + location.assign', run: buttonRun, rows: BUTTON_ROWS },
    { title: 'Form (script tag)', widget: `${origin}/form/iife.html`, floor: `${origin}/form/preact-floor.html`, floorName: 'same markup in Preact', run: formRun, rows: formRows('script-tag form') },
    { title: 'Form (React)', widget: `${origin}/form/react-widget.html`, floor: `${origin}/form/rhf-floor.html`, floorName: 'same markup in React + bare react-hook-form', run: formRun, rows: formRows('React form') },
  ];
  const rows = [];
  const notes = [];
  for (const pair of pairs) {
    log(`floors: ${pair.title} (${FLOOR_RUNS} runs each, interleaved)`);
    const samples = { widget: {}, floor: {} };
    const failures = { widget: [], floor: [] };
    for (let i = 0; i < WARMUP_RUNS + FLOOR_RUNS; i += 1) {
      // Alternate who goes first, so neither side always gets the warmer (or the noisier) slot.
      const order = i % 2 === 0 ? ['widget', 'floor'] : ['floor', 'widget'];
      for (const side of order) {
        try {
          const result = await inFreshPage(browser, RUN_TIMEOUT_MS, (page) => pair.run(page, pair[side]));
          if (i < WARMUP_RUNS) continue;
          for (const [metric, value] of Object.entries(result)) if (typeof value === 'number' && Number.isFinite(value)) (samples[side][metric] ??= []).push(value);
        } catch (error) {
          failures[side].push(error.message);
          if (failures[side].length >= 3) throw new Error(`${pair.title}, ${side}: ${failures[side][0]}`);
        }
      }
    }
    for (const [metric, label, target] of pair.rows) {
      rows.push(ratioRow(`${label}`, pair.floorName, samples.widget[metric], samples.floor[metric], target));
    }
    for (const side of ['widget', 'floor']) if (failures[side].length) notes.push(`${pair.title}, ${side}: ${failures[side].length} failed run(s): ${failures[side][0]}`);
  }
  return { rows, notes };
}

/** One page load of a Buy button, clicked, followed to the payment page: (a), (b) and (c) of the same run. */
async function buttonRun(page, url) {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const interactive = await page.evaluate(async () => (await window.__bench.mounted) - window.__bench.t0);
  // A shopper clicks once the page has settled, not in the frame the button appeared: both sides wait
  // for the same idle period (what the widget does then is work the click no longer has to do).
  await page.evaluate(() => new Promise((resolve) => setTimeout(() => requestIdleCallback(() => resolve(), { timeout: 1000 }), 300)));
  await page.evaluate(([selector, sessionPath]) => window.__bench.clickAndTrace('buy', selector, sessionPath), [SELECTORS.buyButton, SESSION_PATH]);
  await page.waitForURL('**/pay/**', { timeout: IN_PAGE_TIMEOUT_MS, waitUntil: 'commit' });
  const handle = await page
    .waitForFunction(() => {
      const trace = JSON.parse(sessionStorage.getItem('bench:trace') || 'null');
      return trace && trace.pagehide !== undefined ? trace : false;
    }, undefined, { timeout: 2_000, polling: 20 })
    .catch(() => null);
  const trace = handle ? await handle.jsonValue() : JSON.parse(await page.evaluate(() => sessionStorage.getItem('bench:trace') || 'null'));
  if (!trace) throw new Error('navigated, but the page left no trace');
  return {
    interactive,
    clickToFetch: trace.fetchCalled - trace.click,
    responseToNavigation: trace.resource && trace.beforeunload !== undefined ? trace.beforeunload - trace.resource.responseEnd : undefined,
  };
}

/** One form page: the first (cold) form, then 1, 20 and 100 items, then a quantity edit at 100. */
async function formRun(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  return page.evaluate(([counts, selectors, timeoutMs]) => window.__bench.measureFormSequence(counts, selectors, timeoutMs), [FORM_COUNTS, SELECTORS, IN_PAGE_TIMEOUT_MS]);
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

function ratioRow(label, floorName, widget = [], floor = [], target) {
  const w = { median: percentile(widget, 50), p90: percentile(widget, 90), n: widget.length };
  const f = { median: percentile(floor, 50), p90: percentile(floor, 90), n: floor.length };
  const ratio = (a, b) => (a === undefined || b === undefined || b <= 0 ? undefined : a / b);
  const row = { label, floor: floorName, widget: w, floorTimes: f, ratioMedian: ratio(w.median, f.median), ratioP90: ratio(w.p90, f.p90), target };
  if (target !== null && row.ratioMedian !== undefined) {
    const withinTimer = w.median < 5 && w.median - f.median <= 2;
    row.pass = row.ratioMedian <= target || withinTimer;
    row.passBy = row.ratioMedian <= target ? 'ratio' : withinTimer ? 'under 5 ms, within 2 ms' : undefined;
  }
  return row;
}
