// Size table: our four artefacts and the anchors, each as min / gzip -9 / brotli bytes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants as zlib } from 'node:zlib';
import { DIST_DIR, REPO_ROOT } from './config.mjs';
import { bundleEntry } from './bundle.mjs';
import { ANCHORS } from './anchors.mjs';

// What our widget does over the network, per the contract in shared/spec: it renders everything
// in-page. (Grepping the bundle for createElement('script') cannot check this: React DOM itself
// contains one, for hoisted resources.)
const OUR_REMOTE_NOTE =
  'no: UI rendered in-page; POSTs to your endpoint, then navigates to the returned URL';

export function compressedSizes(buf) {
  return {
    min: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, {
      params: {
        [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
        [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
        [zlib.BROTLI_PARAM_SIZE_HINT]: buf.length,
      },
    }).length,
  };
}

function ourArtefacts() {
  // Absolute paths, so the entries work for a BENCH_DIST outside the repo too.
  const index = join(DIST_DIR, 'index.js');
  const core = join(DIST_DIR, 'core.js');
  const iife = join(DIST_DIR, 'checkout-widget.iife.js');
  const formChunk = join(DIST_DIR, 'checkout-widget-form.js');
  const from = JSON.stringify;
  return [
    {
      label: 'checkout-widget script tag, main file: all a page with buttons loads (plain DOM + core + CSS)',
      requires: iife,
      prebuilt: iife,
    },
    {
      label: 'checkout-widget script tag, form chunk (loaded on the first form: Preact + react-hook-form + the form)',
      requires: formChunk,
      prebuilt: formChunk,
    },
    {
      label: 'checkout-widget React: `CheckoutForm`',
      requires: index,
      entry: `import { CheckoutForm } from ${from(index)}; console.log(CheckoutForm);`,
    },
    {
      label: 'checkout-widget React: `CheckoutButton` only',
      requires: index,
      entry: `import { CheckoutButton } from ${from(index)}; console.log(CheckoutButton);`,
    },
    {
      label: 'checkout-widget/core (everything)',
      requires: core,
      entry: `import * as core from ${from(core)}; console.log(core);`,
    },
  ].map((row) => ({ ...row, remote: OUR_REMOTE_NOTE }));
}

async function measureRow(row) {
  if (row.requires && !existsSync(row.requires)) {
    return { ...row, error: `not built (${row.requires.replace(REPO_ROOT, '')} missing)` };
  }
  try {
    let js;
    let cssNote = '';
    if (row.prebuilt) {
      js = readFileSync(row.prebuilt);
    } else {
      const out = await bundleEntry(row.entry);
      js = out.js;
      // CSS a JS entry imports is a real cost to the page, but a different file; say so.
      if (out.css) cssNote = ` (+${(out.css.length / 1024).toFixed(1)} KB CSS, not counted)`;
    }
    const remote = row.remote + cssNote;
    return { ...row, ...compressedSizes(js), remote };
  } catch (error) {
    const first = error.errors?.[0]?.text ?? error.message;
    return { ...row, error: `build failed: ${first.split('\n')[0]}` };
  }
}

/** @returns {Promise<Array<{label, min?, gzip?, brotli?, remote, error?}>>} */
export async function measureSizes() {
  const anchorRows = ANCHORS.map((a) => {
    const file = a.prebuilt && join(REPO_ROOT, 'bench', 'node_modules', a.pkg, a.prebuilt);
    return { ...a, prebuilt: file, requires: file };
  });
  const rows = [];
  // Sequential on purpose: esbuild already uses both cores, and the order keeps logs readable.
  for (const row of [...ourArtefacts(), ...anchorRows]) {
    process.stderr.write(`bench: size of ${row.label}\n`);
    rows.push(await measureRow(row));
  }
  return rows;
}
