import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeInChromium, launchChromium } from './support/chromium';
import { axeViolations, openFormPage, type FormPage } from '../test/i18n/formPage';

// React's CheckoutForm in Chromium as a screen reader meets it: the accessibility tree (names, roles,
// states), the polite live region's announcements, focus while busy, read-only inputs (what is sent is
// what is shown), and axe. The endpoint answers only when the test says so: no timers anywhere.
const props = {
  lineItems: [
    { price: 'price_mug', name: 'Mug', unitAmount: 1200, adjustableQuantity: { enabled: true, minimum: 1, maximum: 10 } },
    { price: 'price_poster', name: 'Poster', unitAmount: 1450 },
  ],
  successUrl: '/thanks',
  currency: 'eur',
  allowQuantityEdit: true,
  paymentMethodTypes: ['card', 'paypal'],
  promotionCodes: 'toggle',
  config: { timeoutMs: 120_000 }, // the request waits for the test, never for a clock
};

describeInChromium('CheckoutForm accessibility in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let shop: FormPage;

  beforeAll(async () => {
    // Playwright turns the back-forward cache off by default; a shopper's Chromium has it on.
    browser = await launchChromium({ ignoreDefaultArgs: ['--disable-back-forward-cache'] });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext();
    page = await context.newPage();
    shop = await openFormPage(page);
    await page.evaluate((options) => {
      // Every text the live region ever holds, in order (what a screen reader would be handed).
      (window as unknown as { announced: string[] }).announced = [];
      new MutationObserver(() => {
        const text = document.querySelector('[role="status"]')?.textContent ?? '';
        const announced = (window as unknown as { announced: string[] }).announced;
        if (text && announced.at(-1) !== text) announced.push(text);
      }).observe(document.getElementById('root')!, { subtree: true, childList: true, characterData: true });
      (window as unknown as { renderForm: (props: object) => void }).renderForm(options);
    }, props);
    await page.getByRole('button', { name: 'Continue to payment' }).waitFor();
  }, 60_000);
  afterEach(async () => {
    await context?.close();
    await shop?.close();
  });

  const form = () => page.locator('form');
  const announced = () => page.evaluate(() => (window as unknown as { announced: string[] }).announced);
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-part') ?? document.activeElement?.tagName);

  it('names every control in the accessibility tree, and axe finds nothing', { timeout: 60_000 }, async () => {
    expect(await form().ariaSnapshot()).toBe(
      [
        '- list "Order summary":',
        '  - listitem:',
        '    - text: Mug Unit price €12.00 Quantity',
        '    - button "Decrease quantity of Mug" [disabled]: −',
        '    - spinbutton "Quantity Mug": "1"',
        '    - button "Increase quantity of Mug": +',
        '    - text: Total €12.00',
        '  - listitem: Poster Unit price €14.50 Quantity 1 Total €14.50', // the "×" is aria-hidden
        '- term: Subtotal',
        '- definition: €26.50',
        '- checkbox "I have a promotion code"',
        '- text: I have a promotion code',
        '- group "Payment method":',
        '  - text: Payment method',
        '  - radio "Card" [checked]',
        '  - text: Card',
        '  - radio "PayPal"',
        '  - text: PayPal',
        '- button "Continue to payment"',
        '- status',
      ].join('\n'),
    );
    expect(await form().getAttribute('lang')).toBe('en');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('announces a quantity change and the new subtotal once, in the polite live region', { timeout: 60_000 }, async () => {
    await page.getByRole('button', { name: 'Increase quantity of Mug' }).click();
    await expect.poll(announced).toEqual(['Mug: quantity 2. Subtotal: €38.50.']);
    await page.getByRole('button', { name: 'Increase quantity of Mug' }).click();
    await expect.poll(announced).toEqual(['Mug: quantity 2. Subtotal: €38.50.', 'Mug: quantity 3. Subtotal: €50.50.']);
    expect(await page.getByRole('status').getAttribute('aria-live')).toBe('polite');
  });

  it('an invalid quantity shows its error and no price, and no subtotal; nothing is sent', { timeout: 60_000 }, async () => {
    const quantity = page.getByRole('spinbutton', { name: 'Quantity Mug' });
    for (const typed of ['0', '1e7', '11']) {
      await quantity.fill(typed);
      expect(await quantity.getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('[data-part="line-item"]').first().textContent()).toBe('MugUnit price €12.00Quantity−+Choose a quantity from 1 to 10.');
      expect(await page.locator('[data-part="subtotal"]').count()).toBe(0);
    }
    await page.getByRole('button', { name: 'Continue to payment' }).click();
    expect(await focused()).toBe('quantity-input');
    expect(shop.bodies).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('while pending: focus stays on the submit button, every input is read-only, the body is what is shown', { timeout: 60_000 }, async () => {
    await page.getByRole('button', { name: 'Increase quantity of Mug' }).click();
    await page.getByRole('radio', { name: 'PayPal' }).check();
    const submit = page.getByRole('button', { name: 'Continue to payment' });
    await submit.click();
    const busy = page.getByRole('button', { name: 'Creating your checkout…' });
    await busy.waitFor();
    expect(await focused()).toBe('submit');
    expect(await busy.getAttribute('aria-disabled')).toBe('true');
    expect(await busy.getAttribute('aria-busy')).toBe('true');
    expect(await announced()).toEqual(['Mug: quantity 2. Subtotal: €38.50.', 'Creating your checkout…']);

    // The shopper tries to change things while the request is in flight: nothing changes.
    await page.getByRole('radio', { name: 'Card' }).click({ force: true });
    await page.getByRole('checkbox', { name: 'I have a promotion code' }).click({ force: true });
    await page.getByRole('button', { name: 'Increase quantity of Mug' }).click({ force: true }); // aria-disabled: Playwright would wait
    await page.getByRole('spinbutton', { name: 'Quantity Mug' }).press('ArrowUp');
    await page.keyboard.press('Enter');
    expect(await page.getByRole('radio', { name: 'PayPal' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'I have a promotion code' }).isChecked()).toBe(false);
    expect(await page.getByRole('spinbutton', { name: 'Quantity Mug' }).inputValue()).toBe('2');
    expect(await page.locator('[data-part="subtotal"]').textContent()).toBe('€38.50');
    expect(await page.getByRole('spinbutton', { name: 'Quantity Mug' }).getAttribute('readonly')).toBe('');
    expect(await page.getByRole('radio', { name: 'Card' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Increase quantity of Mug' }).getAttribute('aria-disabled')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);

    expect(shop.bodies).toEqual([
      {
        line_items: [
          { price: 'price_mug', quantity: 2, adjustable_quantity: { enabled: true, minimum: 1, maximum: 10 } },
          { price: 'price_poster', quantity: 1 },
        ],
        mode: 'payment',
        success_url: `${shop.url}/thanks`,
        currency: 'eur',
        payment_method_types: ['paypal'],
        subscription_data: {},
      },
    ]);
    await shop.answer();
    await expect.poll(() => page.evaluate(() => (window as unknown as { redirectedTo?: string }).redirectedTo)).toBe('https://pay.test/cs_1');
    expect(shop.bodies).toHaveLength(1);
  });

  it('after a failure the alert takes focus; back from another page (bfcache), focus is on the submit button', { timeout: 60_000 }, async () => {
    await page.getByRole('button', { name: 'Continue to payment' }).click();
    await page.getByRole('button', { name: 'Creating your checkout…' }).waitFor();
    await shop.answer(400, { error: { message: 'No such price: price_poster' } });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('No such price: price_poster');
    expect(await focused()).toBe('alert');
    expect(await page.getByRole('spinbutton', { name: 'Quantity Mug' }).getAttribute('readonly')).toBeNull();

    // The shopper leaves and comes back with Back: Chromium restores the page from its back-forward cache.
    await page.evaluate(() => {
      (window as unknown as { restored: boolean[] }).restored = [];
      window.addEventListener('pageshow', (event) => (window as unknown as { restored: boolean[] }).restored.push(event.persisted));
    });
    await page.goto(`${shop.url}/away`);
    await page.goBack({ waitUntil: 'commit' }); // a restored page fires no load event
    await expect.poll(() => page.evaluate(() => (window as unknown as { restored?: boolean[] }).restored)).toEqual([true]);
    await expect.poll(focused).toBe('submit');
    expect(await page.getByRole('button', { name: 'Continue to payment' }).getAttribute('aria-disabled')).toBeNull();
  });
});
