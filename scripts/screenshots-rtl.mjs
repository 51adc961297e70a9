// Screenshots of CheckoutForm for people to look at (README, reviews): Arabic and Hebrew (right to
// left) beside English, light and dark, at 480 px and at 320 px. Written here, never by a test:
//   node scripts/screenshots-rtl.mjs      → docs/screenshots/form-<locale>-<theme>.png, form-<locale>-320.png
// Uses the system Chromium (scripts/chromium.mjs) and the same shop page as the browser tests
// (test/i18n/formPage.ts: src/ bundled with React 19 by esbuild on a local server, no dist/ needed).
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'docs/screenshots');
// Inside node_modules, so the bundle's bare imports (esbuild, playwright-core) resolve.
const scratch = join(root, 'node_modules/.cache/checkout-widget-screenshots');

// formPage.ts finds the repository from its own URL: keep that URL when bundling it elsewhere.
const pageModule = join(scratch, 'formPage.mjs');
await build({
  entryPoints: [join(root, 'test/i18n/formPage.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  define: { 'import.meta.url': JSON.stringify(pathToFileURL(join(root, 'test/i18n/formPage.ts')).href) },
  outfile: pageModule,
  logLevel: 'error',
});
const { openFormPage } = await import(pathToFileURL(pageModule).href);

const shops = {
  ar: { name: 'كوب قهوة', currency: 'sar' },
  he: { name: 'ספל קפה', currency: 'ils' },
  en: { name: 'Coffee mug', currency: 'usd' },
};
const props = (locale) => ({
  lineItems: [
    { price: 'price_mug', name: shops[locale].name, unitAmount: 4500, quantity: 2, adjustableQuantity: { enabled: true, minimum: 0, maximum: 99 } },
    { price: 'price_plan', name: 'Pro plan', unitAmount: 2900, recurring: { interval: 'month', intervalCount: 3 } },
  ],
  successUrl: '/thanks',
  currency: shops[locale].currency,
  locale,
  allowQuantityEdit: true,
  paymentMethodTypes: ['card', 'paypal'],
  promotionCodes: 'toggle',
  trialPeriodDays: 14,
});

const browser = await chromium.launch({ headless: true, executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
mkdirSync(out, { recursive: true });
const written = [];
try {
  for (const locale of Object.keys(shops)) {
    const dir = locale === 'en' ? 'ltr' : 'rtl';
    for (const [suffix, options] of [
      ['light', { viewport: { width: 480, height: 760 }, colorScheme: 'light' }],
      ['dark', { viewport: { width: 480, height: 760 }, colorScheme: 'dark' }],
      ['320', { viewport: { width: 320, height: 900 }, colorScheme: 'light' }],
    ]) {
      const context = await browser.newContext({ ...options, deviceScaleFactor: 1 });
      const page = await context.newPage();
      const shop = await openFormPage(page, { lang: locale, dir });
      await page.evaluate((options) => window.renderForm(options), props(locale));
      await page.waitForFunction((code) => document.querySelector('form')?.getAttribute('lang') === code, locale);
      if (suffix === 'dark') await page.evaluate(() => Object.assign(document.body.style, { background: '#0e0f12', color: '#eceef2' }));
      const file = join(out, `form-${locale}-${suffix}.png`);
      await page.locator('main').screenshot({ path: file });
      written.push(file.slice(root.length));
      await context.close();
      await shop.close();
    }
  }
} finally {
  await browser.close();
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`wrote ${written.join(', ')}`);
