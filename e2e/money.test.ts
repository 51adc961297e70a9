import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeInChromium, launchChromium } from './support/chromium';
import { moneyCases, moneyLocales } from '../test/i18n/moneyCases';

// The same table as test/core/money.test.ts, run by core's money.ts inside Chromium: the fraction
// digits are the provider's, passed to Intl explicitly, so both runtimes must print the same text.
describeInChromium('money in Chromium', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const bundled = await build({
      entryPoints: [fileURLToPath(new URL('../src/core/money.ts', import.meta.url))],
      bundle: true,
      format: 'iife',
      globalName: 'Money',
      platform: 'browser',
      target: 'es2022',
      write: false,
      logLevel: 'error',
    });
    browser = await launchChromium();
    page = await browser.newPage();
    await page.setContent('<!doctype html><html lang="en"><title>money</title></html>');
    await page.addScriptTag({ content: bundled.outputFiles[0]!.text });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('prints every case of the table exactly as Node does', { timeout: 60_000 }, async () => {
    const cases = moneyCases.map(([currency, amount]) => ({ currency, amount: String(amount), big: typeof amount === 'bigint' }));
    const printed = await page.evaluate(
      ({ cases, locales }) => {
        const { formatMinor } = (window as unknown as { Money: typeof import('../src/core/money') }).Money;
        return cases.map(({ currency, amount, big }) => locales.map((locale) => formatMinor(big ? BigInt(amount) : Number(amount), currency, locale)));
      },
      { cases, locales: [...moneyLocales] },
    );
    expect(printed).toEqual(moneyCases.map(([, , ...expected]) => expected));
  });

  it('refuses an unknown currency in the browser too', { timeout: 60_000 }, async () => {
    const message = await page.evaluate(() => {
      const { formatMinor } = (window as unknown as { Money: typeof import('../src/core/money') }).Money;
      try {
        return formatMinor(100, 'xyz', 'en');
      } catch (error) {
        return (error as Error).message;
      }
    });
    expect(message).toBe('Unknown currency: "xyz" is not a currency the payment provider supports; use a code such as "eur", "usd" or "jpy".');
  });
});
