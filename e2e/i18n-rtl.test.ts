import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { supportedLocales } from '../src/core/labels';
import { describeInChromium, launchChromium } from './support/chromium';
import { axeViolations, openFormPage, type FormPage } from '../test/i18n/formPage';

// Every shipped locale in Chromium: loaded on demand, right-to-left ones mirrored (positions of the
// name, quantity and price), and the 320 px reflow with each locale's own (longest) labels.
const items = (name: string) => [
  { price: 'price_mug', name, unitAmount: 1250, image: undefined, adjustableQuantity: { enabled: true, minimum: 1, maximum: 999999 }, quantity: 999999 },
  { price: 'price_plan', name: 'Pro plan', unitAmount: 900, recurring: { interval: 'month', intervalCount: 3 } },
];
const formProps = (locale: string, name = 'Coffee mug') => ({
  lineItems: items(name),
  successUrl: '/thanks',
  currency: 'eur',
  locale,
  allowQuantityEdit: true,
  paymentMethodTypes: ['card', 'paypal', 'customer_balance'],
  promotionCodes: 'toggle',
  trialPeriodDays: 14,
});

describeInChromium('locales and right-to-left in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let shop: FormPage;

  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 800, height: 900 } });
    page = await context.newPage();
    shop = await openFormPage(page);
  }, 60_000);
  afterEach(async () => {
    await context?.close();
    await shop?.close();
  });

  /** Renders the form in `locale` and waits until its texts are shown (lang set to it). */
  const show = async (locale: string, name?: string) => {
    await page.evaluate((props) => (window as unknown as { renderForm: (props: object) => void }).renderForm(props), formProps(locale, name));
    await page.waitForFunction((code) => document.querySelector('form')?.getAttribute('lang') === code, locale);
  };
  const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;

  it('loads each of the 42 locales on demand and shows its own texts', { timeout: 60_000 }, async () => {
    expect(supportedLocales).toHaveLength(42);
    const seen = new Set<string>();
    for (const locale of supportedLocales) {
      await show(locale);
      seen.add((await page.locator('[data-part="submit"]').textContent())!);
    }
    // Every language has its own submit text, except the variants that keep their parent's wording.
    expect(seen.size).toBeGreaterThanOrEqual(36);
  });

  it.each([
    ['ar', 'rtl', 'المتابعة إلى الدفع'],
    ['he', 'rtl', 'המשך לתשלום'],
    ['en', 'ltr', 'Continue to payment'],
  ])('%s: the row is laid out %s (name, then quantity, then price from the start side)', { timeout: 60_000 }, async (locale, dir, pay) => {
    await show(locale);
    expect(await page.locator('form').getAttribute('dir')).toBe(dir);
    expect(await page.locator('[data-part="submit"]').textContent()).toBe(pay);
    const name = await box('.cw-item-name');
    const quantity = await box('.cw-stepper');
    const price = await box('.cw-item-total');
    const decrease = await box('.cw-step >> nth=0');
    const increase = await box('.cw-step >> nth=1');
    const subtotalLabel = await box('.cw-summary-row dt');
    const subtotal = await box('.cw-summary-row dd');
    expect(await page.locator('form').evaluate((form) => getComputedStyle(form).direction)).toBe(dir);
    if (dir === 'rtl') {
      // Mirrored: the name on the right, the quantity left of it, the price on the far left.
      expect(quantity.x + quantity.width).toBeLessThanOrEqual(name.x);
      expect(price.x + price.width).toBeLessThanOrEqual(quantity.x);
      expect(increase.x).toBeLessThan(decrease.x);
      expect(subtotal.x + subtotal.width).toBeLessThanOrEqual(subtotalLabel.x);
    } else {
      expect(quantity.x).toBeGreaterThanOrEqual(name.x + name.width);
      expect(price.x).toBeGreaterThanOrEqual(quantity.x + quantity.width);
      expect(increase.x).toBeGreaterThan(decrease.x);
      expect(subtotal.x).toBeGreaterThanOrEqual(subtotalLabel.x + subtotalLabel.width);
    }
    expect(await axeViolations(page)).toEqual([]);
  });

  it('isolates a Latin product name and the prices inside Hebrew text', { timeout: 60_000 }, async () => {
    await show('he', 'Coffee mug 2.0');
    const isolation = await page.locator('.cw-item-name bdi, .cw-money').evaluateAll((nodes) => nodes.map((node) => getComputedStyle(node).unicodeBidi));
    expect(new Set(isolation)).toEqual(new Set(['isolate']));
    expect(await page.locator('.cw-item-name').first().textContent()).toBe('Coffee mug 2.0');
    // Intl's own right-to-left marks around the number and the symbol, as Hebrew readers expect.
    expect(await page.locator('.cw-item-price').nth(1).textContent()).toBe('מחיר ליחידה \u200f9.00\u00a0\u200f€ כל 3 חודשים');
  });

  it('fits 999999 in the quantity field and reflows at 320 px in every locale (no sideways scrolling)', { timeout: 60_000 }, async () => {
    await page.setViewportSize({ width: 320, height: 900 });
    const problems: string[] = [];
    for (const locale of supportedLocales) {
      await show(locale);
      const found = await page.evaluate(() => {
        const issues: string[] = [];
        const input = document.querySelector<HTMLInputElement>('.cw-quantity-input')!;
        if (input.value !== '999999' || input.scrollWidth > input.clientWidth) issues.push(`quantity ${input.value} does not fit (${input.scrollWidth} > ${input.clientWidth})`);
        if (document.documentElement.scrollWidth > 320) issues.push(`page is ${document.documentElement.scrollWidth}px wide`);
        const form = document.querySelector('form')!.getBoundingClientRect();
        for (const node of document.querySelectorAll<HTMLElement>('form *')) {
          const rect = node.getBoundingClientRect();
          if (rect.width > 0 && (rect.left < form.left - 0.5 || rect.right > form.right + 0.5)) issues.push(`${node.className || node.tagName} sticks out`);
        }
        return issues;
      });
      problems.push(...found.map((issue) => `${locale}: ${issue}`));
    }
    expect(problems).toEqual([]);
  });
});
