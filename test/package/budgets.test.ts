import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { artefactSizes, bundle, root } from './sizes';

// Size limits in gzip -9 bytes. `targets` are issue 7's budgets (the IIFE's is its stretch goal, 45 KB);
// `ceilings` are what the test enforces: the measured size rounded up to the next 0.5 KB, so any growth
// fails here and has to be argued for. Ceilings only ever go down.
const KB = 1024;
const targets = {
  buttonPath: 12 * KB, // issue 18: a Buy button that costs almost nothing
  formChunk: 45 * KB, // issue 7's whole-IIFE budget: the form alone must fit where everything used to
  formPage: 50 * KB, // issue 14: the script tag, form page included, within 50 KB (and under Shopify's 57.7 KB buy button)
  reactForm: 36 * KB, // issue 14, TanStack counted in (most shops do not already ship it)
  reactButton: 18 * KB, // issue 14, TanStack counted in
  core: 9 * KB, // issue 14: core with the controller
};
// Targets this build does not meet yet, with the reason; the ceiling still holds the measured size.
const missed: Partial<Record<keyof typeof targets, string>> = {
  buttonPath: "core's createCheckout (the click path: body checks, request, response and redirect checks) is 10 KB gzip on its own; see bench/README.md",
  formPage: 'main file 20.0 + form chunk 32.1: the chunk still carries Preact, react-hook-form and the form; 2 KB over, still under every self-contained peer (Shopify 57.7 KB)',
  reactForm: "a real QueryClient (~5 KB: QueryCache, Query, infinite-query code that a mutation never runs) replaces the hand-built mutation client, plus issue 15's hardening (~2 KB) and issue 16's money table and plurals (~1.3 KB)",
  reactButton: 'the same real QueryClient (~5 KB) and hardening (~2 KB); the script-tag button needs neither (plain DOM over createCheckout)',
  core: 'import * of everything: the controller, mutation options, hardened request (endpoint checks, bounded reads, deadline), sessionStorage keys, the options checker, money (4.5 KB more than 0.1.0 in all); a shop importing only createCheckout gets 10 KB',
};
const ceilings: typeof targets = {
  buttonPath: 20 * KB, // measured 19.94 KB (the whole IIFE was 44.49 KB)
  formChunk: 32.5 * KB, // measured 32.05 KB (with form rows reused across renders)
  formPage: 52.5 * KB, // measured 52.02 KB
  reactForm: 40.5 * KB, // measured 40.00 KB (31.4 on the hand-built mutation client of 0.1.0)
  reactButton: 22.5 * KB, // measured 22.22 KB (13.2 in 0.1.0)
  core: 13 * KB, // measured 12.60 KB (7.1 in 0.1.0)
};
// Brotli (quality 11), what most CDNs serve today; the same rule: measured, rounded up to 0.5 KB.
const brotliCeilings: typeof targets = {
  buttonPath: 18 * KB, // measured 17.96 KB
  formChunk: 29 * KB, // measured 28.68 KB
  formPage: 47 * KB, // measured 46.64 KB
  reactForm: 36 * KB, // measured 35.77 KB
  reactButton: 20 * KB, // measured 19.78 KB
  core: 11.5 * KB, // measured 11.12 KB
};

let sizes: Awaited<ReturnType<typeof artefactSizes>>;
beforeAll(async () => {
  if (!existsSync(`${root}/dist/index.js`)) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  sizes = await artefactSizes();
});

describe('size budgets (gzip -9, deterministic)', () => {
  it.each(Object.keys(ceilings) as (keyof typeof ceilings)[])('%s is within its budget and its ceiling', (name) => {
    if (!missed[name]) expect(ceilings[name]).toBeLessThanOrEqual(targets[name]);
    expect(sizes[name].gzip, `${name}: ${sizes[name].gzip} B gzip (target ${targets[name]} B)`).toBeLessThanOrEqual(ceilings[name]);
    // A ratchet: once we are more than 2 KB under a ceiling, lower it so the gain cannot be lost silently.
    expect(sizes[name].gzip, `${name} is ${ceilings[name] - sizes[name].gzip} B under its ceiling: lower it`).toBeGreaterThan(ceilings[name] - 2 * KB);
    expect(sizes[name].brotli, `${name}: ${sizes[name].brotli} B brotli`).toBeLessThanOrEqual(brotliCeilings[name]);
    expect(sizes[name].brotli).toBeGreaterThan(brotliCeilings[name] - 2 * KB);
    expect(brotliCeilings[name]).toBeLessThan(ceilings[name]);
  });

  it("the script tag, a form page included, stays below every self-contained peer (Shopify's buy button: 57.7 KB gzip, bench/results.md)", () => {
    expect(sizes.formPage.gzip).toBeLessThan(57.7 * KB);
    expect(sizes.buttonPath.gzip).toBeLessThan(57.7 * KB);
  });

  it('a CheckoutButton-only import pulls neither react-hook-form nor the form', async () => {
    const code = await bundle(`import { CheckoutButton } from './dist/index.js'; console.log(CheckoutButton);`);
    expect(code).not.toMatch(/useFormContext|FormProvider|shouldUnregister/);
    expect(code).not.toContain('cw-line-item');
    // English is bundled; every other locale is its own chunk, loaded when shown (src/i18n/localeFiles.ts).
    expect(code).not.toMatch(/Weiter zur Zahlung|Zur Kasse/);
    expect(code).toContain('Redirecting to payment');
  });

  it('core pulls neither React nor zod', async () => {
    const code = await bundle(`import * as core from './dist/core.js'; console.log(core);`);
    expect(code).not.toMatch(/react|createElement/i);
    expect(code).not.toMatch(/_zod|ZodError|\$ZodType/);
    expect(code).not.toMatch(/Zur Kasse|Weiter zur Zahlung/); // label texts are UI strings (src/i18n)
  });

  it('no browser artefact carries zod: they parse with core/validate.ts, the zod schema is checkout-widget/schema', async () => {
    const { readFileSync } = await import('node:fs');
    const form = await bundle(`import { CheckoutForm, CheckoutButton } from './dist/index.js'; console.log(CheckoutForm, CheckoutButton);`);
    const element = await bundle(`import { mount } from './dist/element.js'; console.log(mount);`);
    for (const code of [form, element, readFileSync(`${root}/dist/checkout-widget.iife.js`, 'utf8')]) expect(code).not.toMatch(/_zod|\$ZodType|jitless/);
    const schema = await bundle(`import { checkoutSessionRequestSchema } from './dist/schema.js'; console.log(checkoutSessionRequestSchema);`);
    expect(schema).toMatch(/_zod/); // the check above can see zod when it is there
  });

  it('the IIFE carries no React 19 runtime (preact/compat) and keeps its global', async () => {
    const { readFileSync } = await import('node:fs');
    const code = readFileSync(`${root}/dist/checkout-widget.iife.js`, 'utf8');
    expect(code).not.toContain('__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE');
    expect(code).toMatch(/CheckoutWidget/);
  });

  it.each(Object.entries(missed) as [keyof typeof targets, string][])('target not met yet, %s: %s', (name) => {
    // Listed so the miss shows in every run (the ceiling test above keeps the size from growing), and
    // checked: the day the target is met, this fails and asks for the entry to go and the ceiling to drop.
    expect(sizes[name].gzip, `${name} now meets its ${targets[name]} B target: remove it from \`missed\` and lower its ceiling`).toBeGreaterThan(targets[name]);
  });

  it('the button path ships no React, no react-hook-form and no form code: they are in checkout-widget-form.js', async () => {
    const { readFileSync } = await import('node:fs');
    const main = readFileSync(`${root}/dist/checkout-widget.iife.js`, 'utf8');
    const form = readFileSync(`${root}/dist/checkout-widget-form.js`, 'utf8');
    for (const marker of ['__H', 'useFormContext', 'shouldUnregister', 'cw-line-item', 'MutationObserver(e,t){']) expect(main, marker).not.toContain(marker);
    expect(form).toContain('shouldUnregister');
    expect(form).toMatch(/__chunk\?\.\(`form`/);
    // Core is not shipped twice: the chunk takes the click path's modules from the main file.
    expect(form).toContain('__shared[`core/client`]');
  });
});
