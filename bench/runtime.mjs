// Runtime rows (a–e). Each measurement runs in a fresh browser context per run, so every number
// is a first visit: empty HTTP cache, a new renderer process, no state left by the previous run.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  DIST_DIR,
  FORM_SIZES,
  IN_PAGE_TIMEOUT_MS,
  PAGES,
  RUNS,
  RUN_TIMEOUT_MS,
  SELECTORS,
  SESSION_PATH,
} from './config.mjs';
import { inFreshPage } from './chromium.mjs';
import { repeat, skippedRow, toRow } from './measure.mjs';

const MB = 1024 * 1024;

const LABELS = {
  mount: 'a. IIFE: `<script>` start → `<checkout-button>` shows its button',
  script: 'a. … of which: the IIFE `<script>` itself (download wait + compile + run)',
  clickToFetch: 'b. click → `fetch()` called',
  clickToWire: 'b. click → request on the wire (`requestStart`)',
  responseToEvent: 'c. response end → `checkout:redirect` event',
  responseToNavigation: 'c. response end → navigation started (`beforeunload`)',
  formMount: (n) => `d. form, ${n} item${n > 1 ? 's' : ''}: mount() → all rows rendered`,
  formEdit: (n) => `d. form, ${n} item${n > 1 ? 's' : ''}: quantity +1 → subtotal updated`,
  heapEmpty: 'e. JS heap after GC: empty page (baseline)',
  heapButton: 'e. JS heap after GC: IIFE + 1 `<checkout-button>`',
  heapForm: `e. JS heap after GC: IIFE + ${FORM_SIZES.at(-1)}-item form`,
};

const log = (message) => process.stderr.write(`bench: ${message}\n`);

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} origin  the bench server, e.g. http://127.0.0.1:40123
 * @returns {Promise<{ rows: object[], notes: string[] }>}
 */
export async function measureRuntime(browser, origin) {
  const notes = [];
  const iife = join(DIST_DIR, 'checkout-widget.iife.js');
  if (!existsSync(iife)) {
    // Same rows in the same order as a full run, so reports stay comparable line by line.
    const skip = (label, unit) => skippedRow(label, 'checkout-widget.iife.js not built', unit);
    return {
      rows: [
        skip(LABELS.mount),
        skip(LABELS.script),
        skip(LABELS.clickToFetch),
        skip(LABELS.clickToWire),
        skip(LABELS.responseToEvent),
        skip(LABELS.responseToNavigation),
        ...FORM_SIZES.flatMap((n) => [skip(LABELS.formMount(n)), skip(LABELS.formEdit(n))]),
        await heapRow(browser, LABELS.heapEmpty, (page) => loadEmpty(page, `${origin}${PAGES.empty}`)),
        skip(LABELS.heapButton, 'MB'),
        skip(LABELS.heapForm, 'MB'),
      ],
      notes,
    };
  }

  const url = (page, query = '') => `${origin}${page}${query}`;
  const buttonPage = url(
    PAGES.iifeButton,
    `?sel=${encodeURIComponent(SELECTORS.buyButton)}&timeout=${IN_PAGE_TIMEOUT_MS}`,
  );
  const rows = [];

  log('a. first mount');
  const firstMount = await repeat({ runs: RUNS, log: 'a' }, () =>
    inFreshPage(browser, RUN_TIMEOUT_MS, async (page) => {
      await page.goto(buttonPage, { waitUntil: 'domcontentloaded' });
      // Node's own clock is not used: the page's stamps bracket exactly the script and the render.
      return page.evaluate(async () => {
        const bench = window.__bench;
        const mounted = await bench.mounted;
        return { mount: mounted - bench.t0, script: bench.tScriptDone - bench.t0 };
      });
    }),
  );
  rows.push(toRow(LABELS.mount, firstMount, 'mount', { runs: RUNS }));
  rows.push(toRow(LABELS.script, firstMount, 'script', { runs: RUNS }));

  log('b, c. click → request → navigation');
  const click = await repeat({ runs: RUNS, log: 'b/c' }, () =>
    inFreshPage(browser, RUN_TIMEOUT_MS, (page) => clickThrough(page, buttonPage)),
  );
  rows.push(toRow(LABELS.clickToFetch, click, 'clickToFetch', { runs: RUNS }));
  rows.push(toRow(LABELS.clickToWire, click, 'clickToWire', { runs: RUNS }));
  rows.push(toRow(LABELS.responseToEvent, click, 'responseToEvent', { runs: RUNS }));
  rows.push(toRow(LABELS.responseToNavigation, click, 'responseToNavigation', { runs: RUNS }));

  const editMethods = new Set();
  for (const count of FORM_SIZES) {
    log(`d. form with ${count} items`);
    const form = await repeat({ runs: RUNS, log: `d${count}` }, () =>
      inFreshPage(browser, RUN_TIMEOUT_MS, async (page) => {
        const result = await mountForm(page, url(PAGES.iifeBlank), count);
        if (result.editMethod) editMethods.add(result.editMethod);
        return { mount: result.mount, edit: result.edit };
      }),
    );
    rows.push(toRow(LABELS.formMount(count), form, 'mount', { runs: RUNS }));
    rows.push(toRow(LABELS.formEdit(count), form, 'edit', { runs: RUNS }));
  }
  if (editMethods.size) notes.push(`d. quantity edits were done by: ${[...editMethods].join(', ')}.`);

  log('e. heap');
  rows.push(await heapRow(browser, LABELS.heapEmpty, (page) => loadEmpty(page, url(PAGES.empty))));
  rows.push(await heapRow(browser, LABELS.heapButton, (page) => loadButton(page, buttonPage)));
  const mountBiggestForm = (page) => mountForm(page, url(PAGES.iifeBlank), FORM_SIZES.at(-1));
  rows.push(await heapRow(browser, LABELS.heapForm, mountBiggestForm));
  return { rows, notes };
}

/** (b, c) One click on a freshly mounted button, followed to the page it navigates to. */
async function clickThrough(page, buttonPage) {
  await loadButton(page, buttonPage);
  await page.evaluate(
    ([selector, sessionPath]) => window.__bench.clickAndTrace('buy', selector, sessionPath),
    [SELECTORS.buyButton, SESSION_PATH],
  );
  await page.waitForURL('**/pay/**', { timeout: IN_PAGE_TIMEOUT_MS, waitUntil: 'commit' });
  // The old page writes its trace in beforeunload and again in pagehide; with a process swap the
  // pagehide write can land a moment after the new page commits, so wait briefly for it.
  const handle = await page
    .waitForFunction(
      () => {
        const trace = JSON.parse(sessionStorage.getItem('bench:trace') || 'null');
        return trace && trace.pagehide !== undefined ? trace : false;
      },
      undefined,
      { timeout: 2_000, polling: 20 },
    )
    .catch(() => null);
  const trace = handle
    ? await handle.jsonValue()
    : JSON.parse(await page.evaluate(() => sessionStorage.getItem('bench:trace') || 'null'));
  if (!trace) throw new Error('navigated, but the page left no trace (beforeunload/pagehide never ran)');

  const resource = trace.resource;
  const wire = resource?.requestStart > 0 ? resource.requestStart : undefined;
  return {
    clickToFetch:
      trace.fetchCalled !== undefined
        ? trace.fetchCalled - trace.click
        : `no fetch() to ${SESSION_PATH} seen (XHR or a fetch captured before the probe?)`,
    clickToWire: wire !== undefined ? wire - trace.click : 'no resource-timing entry with requestStart',
    responseToEvent:
      resource && trace.redirectEvent !== undefined
        ? trace.redirectEvent - resource.responseEnd
        : 'no `checkout:redirect` event reached window',
    responseToNavigation:
      resource && trace.beforeunload !== undefined
        ? trace.beforeunload - resource.responseEnd
        : 'no resource-timing entry or no beforeunload',
  };
}

/** (d, e) Loads the blank IIFE page and mounts a form with `count` items in it. */
async function mountForm(page, blankPage, count) {
  await page.goto(blankPage, { waitUntil: 'load' });
  return page.evaluate(
    ([n, selectors, timeoutMs]) => window.__bench.measureForm(n, selectors, timeoutMs),
    [count, SELECTORS, IN_PAGE_TIMEOUT_MS],
  );
}

const loadEmpty = (page, emptyPage) => page.goto(emptyPage, { waitUntil: 'load' });

/** Loads the IIFE page and waits until its <checkout-button> has rendered. */
async function loadButton(page, buttonPage) {
  await page.goto(buttonPage, { waitUntil: 'domcontentloaded' });
  await page.evaluate(() => window.__bench.mounted);
}

/**
 * (e) V8 heap of the page's isolate after a forced GC, via CDP: performance.memory is bucketed
 * and delayed in Chromium unless started with --enable-precise-memory-info.
 * @param {(page: import('playwright-core').Page) => Promise<unknown>} prepare
 *   brings the page to the state to weigh
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
