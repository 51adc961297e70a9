// Turns the collected numbers into the Markdown report (the only thing run.mjs prints to stdout).
import { relative } from 'node:path';
import { DIST_DIR, REPO_ROOT, RUNS, WARMUP_RUNS } from './config.mjs';

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
How the runtime numbers are taken. All times are \`performance.now()\` inside the page, so they share
one clock. Every run is a first visit: a fresh browser context (new renderer process, empty cache; the
bench server sends \`Cache-Control: no-store\`), so the IIFE is compiled cold each time; a reused tab
would be faster. The first ${WARMUP_RUNS} runs of each measurement are thrown away.

- **a.** Page \`iife-button.html\`: an inline script stamps \`t0\` right before
  \`<script src="checkout-widget.iife.js">\`, another stamps when it has run. A probe loaded first wraps
  \`Element.prototype.attachShadow\` (so closed roots count too) and observes each new shadow root with a
  \`MutationObserver\`; the end time is the first mutation after which the \`<checkout-button>\`'s root
  contains a \`button\`. That is "in the DOM", not "painted".
- **b.** The probe wraps \`window.fetch\` before the widget loads. The bench calls \`.click()\` on the
  shadow-root button from \`page.evaluate\`, stamping the time just before. "fetch() called" is the
  wrapper's stamp; "on the wire" is the POST's \`PerformanceResourceTiming.requestStart\` (the moment the
  browser starts sending the request on the connection). The bench server answers at once with
  \`201 {"url": "http://127.0.0.1:PORT/pay/x"}\`.
- **c.** From the POST's \`responseEnd\` to the widget's \`checkout:redirect\` event (listened to on
  \`window\`, capture, never \`preventDefault()\`ed) and to the page's \`beforeunload\`, the first event a
  document gets once a navigation has started. The page saves these stamps in \`sessionStorage\` in
  \`beforeunload\`/\`pagehide\`; the bench reads them on the \`/pay/x\` page it lands on.
- **d.** Page \`iife-blank.html\`, then \`CheckoutWidget.mount(host, { kind: 'form', lineItems, ... })\`;
  done when the shadow root has the \`form\` and one quantity input per item. The edit clicks the first
  "Increase…" button (or types into the first quantity input if there is none) and is done when the
  \`[data-part="subtotal"]\` text changes. Selectors live in \`bench/config.mjs\`.
- **e.** After the same mounts as a and d: CDP \`HeapProfiler.collectGarbage\`, then
  \`Runtime.getHeapUsage\` (\`usedSize\`, 1 MB = 1024² bytes) of the page's isolate.
`;

/**
 * @param {{ sizes: object[], runtime: { rows: object[], notes: string[], error?: string },
 *           machine: ReturnType<import('./machine.mjs').collectMachine>, seconds: number }} report
 */
export function renderReport({ sizes, runtime, machine, seconds }) {
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

## Runtime (Chromium, median of ${RUNS} runs)

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
