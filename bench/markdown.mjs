// Turns the collected numbers into the Markdown report (the only thing run.mjs prints to stdout).
import { relative } from 'node:path';
import { DIST_DIR, FLOOR_RUNS, REPO_ROOT, RUNS, WARMUP_RUNS } from './config.mjs';

const KB = 1024;

// A stray "|" in a note would split a table cell in two.
const cell = (text) => String(text).replaceAll('|', '\\|').replaceAll('\n', ' ');

function table(header, rows) {
  const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const kb = (bytes) => (bytes === undefined ? '–' : (bytes / KB).toFixed(2));

function formatValue(value, unit) {
  if (value === undefined) return '–';
  // performance.now() is coarsened to 0.1 ms in Chromium; more digits than that would be noise.
  if (unit === 'ms') return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
  return `${value.toFixed(2)} ${unit}`;
}

function sizesTable(rows) {
  return table(
    ['artefact', 'min KB', 'gzip KB', 'brotli KB', 'loads real UI remotely?'],
    rows.map((r) =>
      r.error
        ? [r.label, r.error, '–', '–', r.remote]
        : [r.label, kb(r.min), kb(r.gzip), kb(r.brotli), r.remote],
    ),
  );
}

function runtimeTable(rows) {
  return table(
    ['measurement', 'runs', 'min', 'median', 'max'],
    rows.map((r) => {
      const runs = r.runs === 0 ? '–' : r.n === r.runs ? String(r.n) : `${r.n}/${r.runs}`;
      if (!r.n) return [r.label, runs, '–', `n/a (${r.reason})`, '–'];
      const note = r.reason ? ` (missing runs: ${r.reason})` : '';
      const [min, median, max] = [r.min, r.median, r.max].map((v) => formatValue(v, r.unit));
      return [r.label, runs + note, min, median, max];
    }),
  );
}

const ms = (value) => (value === undefined ? '–' : `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`);
const times = (t) => (t.n ? `${ms(t.median)} / ${ms(t.p90)}` : 'n/a');
const x = (ratio) => (ratio === undefined ? '–' : `${ratio.toFixed(2)}×`);

function floorsTable(rows) {
  return table(
    ['step', 'widget median / p90', 'floor median / p90', 'ratio median', 'ratio p90', 'target', 'floor'],
    rows.map((r) => [
      r.label,
      times(r.widget),
      times(r.floorTimes),
      x(r.ratioMedian),
      x(r.ratioP90),
      r.target === null ? '–' : `≤ ${r.target}× ${r.pass === undefined ? '' : r.pass ? (r.passBy === 'ratio' ? '✓' : '✓ (< 5 ms, ≤ 2 ms over)') : '✗'}`.trim(),
      r.floor,
    ]),
  );
}

// Heap rows are absolute; the number a reader wants is what the widget adds to a page.
function heapDeltas(rows) {
  const median = (prefix) => rows.find((r) => r.label.startsWith(prefix) && r.n)?.median;
  const base = median('e. JS heap after GC: empty');
  if (base === undefined) return '';
  const parts = rows
    .filter((r) => r.label.startsWith('e. JS heap') && !r.label.includes('empty') && r.n)
    .map((r) => `${r.label.replace('e. JS heap after GC: ', '')}: +${(r.median - base).toFixed(2)} MB`);
  return parts.length ? `Median heap added over the empty page: ${parts.join('; ')}.\n` : '';
}

const METHOD = `
How the memory numbers are taken: every run is a first visit in a fresh browser context (new renderer
process, empty cache; the bench server sends \`Cache-Control: no-store\`); the first ${WARMUP_RUNS} runs are
thrown away. After the page is in the state named (the button rendered; a 100-item form mounted, with its
chunk), CDP \`HeapProfiler.collectGarbage\`, then \`Runtime.getHeapUsage\` (\`usedSize\`, 1 MB = 1024² bytes).
`;

const FLOORS_METHOD = `
Each step runs beside its floor: the least code that does the same job, built by this run
(\`bench/pages/floor-button.*\`, \`bench/floors/*.js\`). Both sides load the same probe and run in the same
Chromium, interleaved (widget, floor, floor, widget, …), each run in a fresh context; ${FLOOR_RUNS} runs a side after
${WARMUP_RUNS} thrown away. "ratio median" is the widget's median over the floor's median, "ratio p90" the same for the
90th percentiles. A target passes on the median ratio, or, for a step under 5 ms, within 2 ms of its floor.

- **Buy button**: \`iife-button.html\` (\`<checkout-button>\`, script in \`<head>\`) against \`floor-button.html\` (a
  \`<button>\` in the page, one click listener: \`fetch\` then \`location.assign\`). Script start → interactive: from
  just before the \`<script>\` tag to the first mutation after which the button exists. Click → fetch: the probe's
  wrapper of \`window.fetch\`. Response end → navigation: the POST's \`responseEnd\` to the page's \`beforeunload\`.
- **Forms**: one page per implementation, each mounting through \`__benchMount(host, { lineItems })\`: first a 1-item
  form (cold; the script tag loads \`checkout-widget-form.js\` here), then 1, 20 and 100 items in fresh hosts, then
  the first row's "Increase" button until the subtotal text changes. Script tag: \`CheckoutWidget.mount()\` against
  the same markup in Preact (\`useState\`, one cached \`Intl.NumberFormat\`). React: \`CheckoutForm\` of
  \`dist/index.js\` with React 19 against the same markup in React 19 + bare react-hook-form.
`;

/**
 * @param {{ sizes: object[], floors?: { rows: object[], notes: string[] }, runtime: { rows: object[], notes: string[], error?: string },
 *           machine: ReturnType<import('./machine.mjs').collectMachine>, seconds: number }} report
 */
export function renderReport({ sizes, floors = { rows: [], notes: [] }, runtime, machine, seconds }) {
  // Relative when it is the repo's own dist, absolute when BENCH_DIST points elsewhere.
  const fromRepo = relative(REPO_ROOT, DIST_DIR);
  const distShown = fromRepo.startsWith('..') ? DIST_DIR : fromRepo || '.';
  const m = machine;
  const stamp = new Date().toISOString();
  const runtimeBody = [
    runtime.error ? `Runtime measurements did not run: ${runtime.error}\n\n` : '',
    runtime.rows.length ? runtimeTable(runtime.rows) : '',
  ].join('');
  return `# checkout-widget benchmark

Generated ${stamp} by \`node bench/run.mjs\` in ${seconds.toFixed(0)} s, against \`${distShown}\`.

## Sizes

Each row is bundled by esbuild in this run from a one-line entry that imports and references the
named exports (\`bundle\`, \`minify\`, \`format: esm\`, \`process.env.NODE_ENV = "production"\`,
\`react\`/\`react-dom\` and their subpaths external, everything else bundled). Our IIFE and Shopify's
\`buybutton.min.js\` are measured as shipped. KB = 1024 bytes; gzip is level 9, brotli quality 11
(both node:zlib).

${sizesTable(sizes)}

What an SDK fetches from its vendor at run time (Stripe.js, paddle.js, the Polar iframe, Shopify's
product data) is not in these numbers.

## Speed against floors (Chromium, ${FLOOR_RUNS} runs a side, interleaved)

${floors.rows.length ? floorsTable(floors.rows) : 'No floor runs (see below).'}

${floors.notes.map((n) => `${n}\n`).join('')}${FLOORS_METHOD}
## Memory (Chromium, median of ${RUNS} runs)

${runtimeBody}

${heapDeltas(runtime.rows)}${runtime.notes.map((n) => `${n}\n`).join('')}${METHOD}
## Machine

- Node: ${m.node}
- OS: ${m.os}
- CPU: ${m.cpu}
- Memory: ${m.memory}
- Chromium: ${m.chromium}

${table(['package', 'version'], m.packages)}
`;
}
