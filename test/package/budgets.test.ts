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
  formPage: 60 * KB, // main + form chunk, for a page with a form (the chunk still repeats some of core: see bench/README.md)
  reactForm: 33 * KB,
  reactButton: 16 * KB,
  core: 9 * KB,
};
// Targets this build does not meet yet, with the reason; the ceiling still holds the measured size.
const missed: Partial<Record<keyof typeof targets, string>> = {
  buttonPath: "core's createCheckout (the click path: body checks, request, response and redirect checks) is 10 KB gzip on its own; see bench/README.md",
};
const ceilings: typeof targets = {
  buttonPath: 20 * KB, // measured 19.94 KB (the whole IIFE was 44.49 KB)
  formChunk: 32 * KB, // measured 31.91 KB
  formPage: 52 * KB, // measured 51.86 KB
  reactForm: 31.5 * KB, // measured 31.4 KB (budget 33)
  reactButton: 13.5 * KB, // measured 13.2 KB (budget 16)
  core: 7.5 * KB, // measured 7.1 KB (budget 9)
};
// Brotli (quality 11), what most CDNs serve today; the same rule: measured, rounded up to 0.5 KB.
const brotliCeilings: typeof targets = {
  buttonPath: 18 * KB, // measured 17.96 KB
  formChunk: 29 * KB, // measured 28.68 KB
  formPage: 47 * KB, // measured 46.64 KB
  reactForm: 28.5 * KB, // measured 28.1 KB
  reactButton: 12 * KB, // measured 11.9 KB
  core: 6.5 * KB, // measured 6.4 KB
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

  it.each(Object.entries(missed))('target not met yet, %s: %s', () => {
    // Listed so the miss shows in every run; the ceiling test above keeps the size from growing.
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
