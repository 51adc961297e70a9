#!/usr/bin/env node
// Where a step's time goes, for the floor table's misses: a V8 CPU profile (CDP, 100 µs sampling) of
// one step, summed by function over several runs. Build a readable copy first so the names mean something:
//   CHECKOUT_WIDGET_IIFE_OUT=/tmp/cw-readable CHECKOUT_WIDGET_IIFE_MINIFY=0 npx vite build -c vite.iife.config.ts
//   BENCH_DIST=/tmp/cw-readable node bench/trace.mjs button-load|click|form-mount [runs] [iife|preact-floor|react-widget|rhf-floor|floor] [items]
// (form-mount profiles the mount of `items` rows and the quantity edit on it, after a warm-up form.)
import { buildFloorBundles, FORM_PAGES } from './floors.mjs';
import { startBenchServer } from './server.mjs';
import { launchChromium } from './chromium.mjs';
import { IN_PAGE_TIMEOUT_MS, SELECTORS, SESSION_PATH } from './config.mjs';

const [step = 'form-mount', runsArg = '8', page = 'iife', countArg = '100'] = process.argv.slice(2);
const count = Number(countArg) || 100;
const runs = Number(runsArg) || 8;
const bundles = await buildFloorBundles();
const server = await startBenchServer({ bundlesDir: bundles.dir, formPages: FORM_PAGES });
const browser = await launchChromium();
const totals = new Map();
let totalMs = 0;

try {
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    const query = `?sel=${encodeURIComponent(SELECTORS.buyButton)}&timeout=${IN_PAGE_TIMEOUT_MS}`;
    if (step === 'button-load') {
      await cdp.send('Profiler.start');
      await tab.goto(`${server.origin}/pages/${page === 'floor' ? 'floor-button' : 'iife-button'}.html${query}`, { waitUntil: 'domcontentloaded' });
      await tab.evaluate(() => window.__bench.mounted);
    } else if (step === 'click') {
      await tab.goto(`${server.origin}/pages/iife-button.html${query}`, { waitUntil: 'domcontentloaded' });
      await tab.evaluate(() => new Promise((resolve) => window.__bench.mounted.then(() => setTimeout(() => requestIdleCallback(() => resolve(), { timeout: 1000 }), 300))));
      await tab.evaluate(() => document.addEventListener('checkout:redirect', (event) => event.preventDefault()));
      await cdp.send('Profiler.start');
      await tab.evaluate(([selector, path]) => window.__bench.clickAndTrace('buy', selector, path), [SELECTORS.buyButton, SESSION_PATH]);
      await tab.waitForTimeout(300);
    } else {
      await tab.goto(`${server.origin}/form/${page}.html`, { waitUntil: 'load' });
      await tab.evaluate(([selectors, timeoutMs]) => window.__bench.measureFormSequence([1], selectors, timeoutMs), [SELECTORS, IN_PAGE_TIMEOUT_MS]);
      await cdp.send('Profiler.start');
      await tab.evaluate(([counts, selectors, timeoutMs]) => window.__bench.measureFormSequence(counts, selectors, timeoutMs), [[count], SELECTORS, IN_PAGE_TIMEOUT_MS]);
    }
    const { profile } = await cdp.send('Profiler.stop');
    addProfile(profile);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
  bundles.remove();
}

const rows = [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25);
console.log(`${step} (${page}), ${runs} runs, ${(totalMs / runs).toFixed(1)} ms sampled per run; self time per run:`);
for (const [name, ms] of rows) console.log(`${(ms / runs).toFixed(2).padStart(8)} ms  ${name}`);

function addProfile(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const deltas = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i += 1) {
    const node = byId.get(profile.samples[i]);
    const ms = (deltas[i] ?? 0) / 1000;
    const frame = node.callFrame;
    if (frame.functionName === '(idle)') continue;
    const file = frame.url ? frame.url.split('/').pop().split('?')[0] : '';
    const name = `${frame.functionName || '(anonymous)'}${file ? ` ${file}:${frame.lineNumber + 1}` : ''}`;
    totals.set(name, (totals.get(name) ?? 0) + ms);
    totalMs += ms;
  }
}
