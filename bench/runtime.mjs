// Heap rows (e). Each measurement runs in a fresh browser context per run, so every number is a first
// visit: empty HTTP cache, a new renderer process, no state left by the previous run. The timing rows
// (a–d) are in floors.mjs, beside their floors.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_DIR, FORM_SIZES, IN_PAGE_TIMEOUT_MS, PAGES, RUNS, RUN_TIMEOUT_MS, SELECTORS } from './config.mjs';
import { inFreshPage } from './chromium.mjs';
import { repeat, skippedRow, toRow } from './measure.mjs';

const MB = 1024 * 1024;

const LABELS = {
  heapEmpty: 'e. JS heap after GC: empty page (baseline)',
  heapButton: 'e. JS heap after GC: IIFE + 1 `<checkout-button>`',
  heapForm: `e. JS heap after GC: IIFE + ${FORM_SIZES.at(-1)}-item form (with its chunk)`,
};

const log = (message) => process.stderr.write(`bench: ${message}\n`);

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin  the bench server, e.g. http://127.0.0.1:40123
 * @returns {Promise<{ rows: object[], notes: string[] }>}
 */
export async function measureHeap(browser, origin) {
  const url = (page, query = '') => `${origin}${page}${query}`;
  const rows = [];
  log('e. heap');
  rows.push(await heapRow(browser, LABELS.heapEmpty, (page) => page.goto(url(PAGES.empty), { waitUntil: 'load' })));
  if (!existsSync(join(DIST_DIR, 'checkout-widget.iife.js'))) {
    rows.push(skippedRow(LABELS.heapButton, 'checkout-widget.iife.js not built', 'MB'), skippedRow(LABELS.heapForm, 'checkout-widget.iife.js not built', 'MB'));
    return { rows, notes: [] };
  }
  const buttonPage = url(PAGES.iifeButton, `?sel=${encodeURIComponent(SELECTORS.buyButton)}&timeout=${IN_PAGE_TIMEOUT_MS}`);
  rows.push(
    await heapRow(browser, LABELS.heapButton, async (page) => {
      await page.goto(buttonPage, { waitUntil: 'domcontentloaded' });
      await page.evaluate(() => window.__bench.mounted);
    }),
  );
  rows.push(
    await heapRow(browser, LABELS.heapForm, async (page) => {
      await page.goto(url(PAGES.iifeBlank), { waitUntil: 'load' });
      await page.evaluate(([n, selectors, timeoutMs]) => window.__bench.measureForm(n, selectors, timeoutMs), [FORM_SIZES.at(-1), SELECTORS, IN_PAGE_TIMEOUT_MS]);
    }),
  );
  return { rows, notes: [] };
}

/**
 * (e) V8 heap of the page's isolate after a forced GC, via CDP: performance.memory is bucketed
 * and delayed in Chromium unless started with --enable-precise-memory-info.
 * @param {(page: import('playwright-core').Page) => Promise<unknown>} prepare  brings the page to the state to weigh
 */
async function heapRow(browser, label, prepare) {
  const heap = await repeat({ runs: RUNS, log: label }, () =>
    inFreshPage(browser, RUN_TIMEOUT_MS, async (page, context) => {
      await prepare(page);
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return { used: usedSize / MB };
    }),
  );
  return toRow(label, heap, 'used', { runs: RUNS, unit: 'MB' });
}
