import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { artefactSizes, bundle, root } from './sizes';

// Size limits in gzip -9 bytes. `targets` are issue 7's budgets; `ceilings` are what the test enforces
// today. Where a ceiling is above its target, the target is not met yet (issue 7 stays open) and the
// ceiling is the measured size rounded up to the next 0.5 KB, so any growth fails this test. Ceilings
// only ever go down, to the targets and then below them.
const KB = 1024;
const targets = {
  iife: 50 * KB,
  reactForm: 33 * KB,
  reactButton: 16 * KB,
  core: 9 * KB,
};
const ceilings: typeof targets = {
  iife: 50 * KB, // target met: 49.8 KB
  reactForm: 37.5 * KB, // measured 37.1 KB: the wire schema at run time (zod) + react-hook-form + query-core leave no room
  reactButton: 19.5 * KB, // measured 19.0 KB: zod's engine for the wire schema alone is ~6 KB of it
  core: 13.5 * KB, // measured 13.0 KB: the public zod wire schema is 8.3 KB of it
};

let sizes: Awaited<ReturnType<typeof artefactSizes>>;
beforeAll(async () => {
  if (!existsSync(`${root}/dist/index.js`)) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  sizes = await artefactSizes();
});

describe('size budgets (gzip -9, deterministic)', () => {
  it.each(Object.keys(ceilings) as (keyof typeof ceilings)[])('%s is within its ceiling', (name) => {
    expect(sizes[name].gzip, `${name}: ${sizes[name].gzip} B gzip (target ${targets[name]} B)`).toBeLessThanOrEqual(ceilings[name]);
    // A ratchet: once we are more than 2 KB under a ceiling, lower it so the gain cannot be lost silently.
    expect(sizes[name].gzip, `${name} is ${ceilings[name] - sizes[name].gzip} B under its ceiling: lower it`).toBeGreaterThan(ceilings[name] - 2 * KB);
    expect(sizes[name].brotli).toBeLessThan(sizes[name].gzip);
  });

  it('a CheckoutButton-only import pulls neither react-hook-form nor the form', async () => {
    const code = await bundle(`import { CheckoutButton } from './dist/index.js'; console.log(CheckoutButton);`);
    expect(code).not.toMatch(/useFormContext|FormProvider|shouldUnregister/);
    expect(code).not.toContain('cw-line-item');
    expect(code).not.toContain('Weiter zur Zahlung'); // the form's label texts (src/i18n/formLabels.ts)
    expect(code).toContain('Zur Kasse'); // the button's, in every locale (src/i18n/commonLabels.ts)
  });

  it('core pulls no React and no zod locale bundles', async () => {
    const code = await bundle(`import * as core from './dist/core.js'; console.log(core);`);
    expect(code).not.toMatch(/react|createElement/i);
    expect(code).not.toContain('Ungültige Eingabe');
    expect(code).not.toMatch(/Zur Kasse|Weiter zur Zahlung/); // label texts are UI strings (src/i18n)
  });

  it('the IIFE carries no React 19 runtime (preact/compat) and keeps its global', async () => {
    const { readFileSync } = await import('node:fs');
    const code = readFileSync(`${root}/dist/checkout-widget.iife.js`, 'utf8');
    expect(code).not.toContain('__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE');
    expect(code).toMatch(/CheckoutWidget/);
  });
});
