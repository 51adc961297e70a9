import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInChromium } from './support';
import { inspectedBodies, regions, simulate, startDemo, type DemoHarness } from '../demo/e2e/harness';

let demo: DemoHarness;
beforeAll(async () => {
  demo = await startDemo('purchase');
});
afterAll(async () => {
  await demo?.close();
});

describeInChromium('demo playground: purchase', () => {
  it('configures two items, promotion codes and PayPal, shows the body, then pays on the hosted page', async () => {
    const { page, problems } = await demo.open('/');
    const { config, preview, inspector } = regions(page);

    await config.getByRole('button', { name: 'Add item' }).click();
    const second = config.getByRole('group', { name: /^Item 2/ });
    await second.getByLabel('Price id').fill('price_beans');
    await second.getByLabel('Product name').fill('Coffee beans');
    await second.getByLabel('Unit amount').fill('2400');
    await second.getByLabel('Quantity', { exact: true }).fill('2');
    await config.getByRole('group', { name: 'Promotion codes' }).getByLabel('Toggle').check();
    await expect.poll(() => preview.getByText('Coffee beans').count()).toBeGreaterThan(0);

    // Preview mode first: the page stays and the inspector shows what was sent and where it would go.
    await simulate(page, 'None', { followRedirect: false });
    await preview.getByLabel('I have a promotion code').check();
    await preview.getByRole('radio', { name: 'PayPal' }).check();
    await preview.getByRole('button', { name: 'Continue to payment' }).click();
    await inspector.getByTestId('inspector-redirect-url').waitFor();
    const expected = {
      line_items: [
        { price: 'price_mug', quantity: 1, adjustable_quantity: { enabled: true, minimum: 1, maximum: 10 } },
        { price: 'price_beans', quantity: 2 },
      ],
      mode: 'payment',
      success_url: new URL('/success.html?session_id={CHECKOUT_SESSION_ID}', demo.url).href,
      cancel_url: new URL('/cancel.html', demo.url).href,
      allow_promotion_codes: true,
      currency: 'eur',
      payment_method_types: ['paypal'],
      subscription_data: {},
    };
    expect(await inspectedBodies(page)).toEqual([expected]);
    await expect.poll(() => inspector.getByText('201 Created').count()).toBe(1);
    expect(await inspector.getByTestId('inspector-redirect-url').textContent()).toMatch(/\/pay\/cs_test_\w+$/);
    expect(page.url()).toBe(new URL('/', demo.url).href);

    // Then for real: the browser goes to the mock's hosted page, Pay, and lands on the success page.
    await simulate(page, 'None', { followRedirect: true });
    await preview.getByRole('button', { name: 'Continue to payment' }).click();
    await page.waitForURL(/\/pay\/cs_test_/);
    const sessionId = page.url().split('/pay/')[1]!;
    await page.getByRole('button', { name: 'Pay' }).click();
    await page.waitForURL(/\/success\.html\?session_id=/);
    expect(new URL(page.url()).searchParams.get('session_id')).toBe(sessionId);
    await expect.poll(() => page.getByTestId('session-id').textContent()).toBe(sessionId);
    expect(await page.getByTestId('session-status').textContent()).toBe('paid');
    expect(JSON.parse((await page.getByTestId('stored-request').textContent()) ?? '')).toEqual(expected);
    expect(problems.all()).toEqual([]);
  });

  it('completes a purchase with the keyboard only (Tab, Space, Enter)', async () => {
    const { page, problems } = await demo.open('/');
    const focused = () => page.evaluate(() => {
      const element = document.activeElement;
      const label = element?.getAttribute('aria-label') ?? (element as HTMLInputElement | null)?.labels?.[0]?.textContent ?? '';
      return element ? `${element.tagName.toLowerCase()}|${element.getAttribute('type') ?? ''}|${element.textContent?.trim() ?? ''}|${label}` : '';
    });
    const tabTo = async (matches: (description: string) => boolean, limit = 80) => {
      for (let step = 0; step < limit; step++) {
        await page.keyboard.press('Tab');
        if (matches(await focused())) return;
      }
      throw new Error(`Tab never reached the control; last focus: ${await focused()}`);
    };

    // The skip link jumps over the settings to the preview.
    await page.keyboard.press('Tab');
    expect(await focused()).toContain('Skip to the preview');
    await page.keyboard.press('Enter');
    // Space on the form's "+" makes it two mugs; Enter submits.
    await tabTo((description) => description.includes('Increase quantity of Ceramic mug'));
    await page.keyboard.press('Space');
    await tabTo((description) => description.startsWith('button|') && description.includes('Continue to payment'));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/pay\/cs_test_/);
    await tabTo((description) => description.startsWith('button|submit|Pay'));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/success\.html\?session_id=cs_test_/);
    await expect.poll(() => page.getByTestId('session-status').textContent()).toBe('paid');
    expect(JSON.parse((await page.getByTestId('stored-request').textContent()) ?? '{}')).toMatchObject({ line_items: [{ price: 'price_mug', quantity: 2 }] });
    expect(problems.all()).toEqual([]);
  });

  it('works without a server in static mode (?static): in-page mock, stand-in hosted page, success page', async () => {
    const { page, problems } = await demo.open('/?static');
    const { preview } = regions(page);
    await page.getByText('Static build: the mock backend runs inside this page').waitFor();
    await preview.getByRole('radio', { name: 'PayPal' }).check();
    await preview.getByRole('button', { name: 'Continue to payment' }).click();
    await page.waitForURL(/\/pay\.html\?session=cs_test_/);
    const sessionId = new URL(page.url()).searchParams.get('session');
    await page.getByRole('button', { name: 'Pay' }).click();
    await page.waitForURL(/\/success\.html\?session_id=/);
    await expect.poll(() => page.getByTestId('session-id').textContent()).toBe(sessionId);
    expect(JSON.parse((await page.getByTestId('stored-request').textContent()) ?? '{}')).toMatchObject({ payment_method_types: ['paypal'], line_items: [{ price: 'price_mug', quantity: 1 }] });
    expect(problems.all()).toEqual([]);
  });
});

describeInChromium('demo playground: settings and inspector', () => {
  it('shows invalid settings with the widget’s own messages, beside the field and in the preview', async () => {
    const { page, problems } = await demo.open('/');
    const { config, preview } = regions(page);
    const quantity = config.getByRole('group', { name: /^Item 1/ }).getByLabel('Quantity', { exact: true });
    await quantity.fill('0');
    const message = 'must be at least 1 (0 is never a valid purchase)';
    await page.getByText('1 setting is invalid').waitFor();
    expect(await quantity.getAttribute('aria-invalid')).toBe('true');
    expect(await config.getByText(message).count()).toBe(1);
    await expect.poll(() => preview.locator('form [role="alert"]').textContent()).toContain(message);
    await quantity.fill('1');
    await page.getByText('Settings are valid.').waitFor();
    expect(await preview.locator('form [role="alert"]').count()).toBe(0);
    expect(problems.all()).toEqual([]);
  });

  it('masks the shopper token in the inspector, and the widget refuses a secret key', async () => {
    const { page, problems } = await demo.open('/');
    const { config, preview, inspector } = regions(page);
    await simulate(page, 'None', { followRedirect: false });
    await config.getByLabel('Shopper access token').fill('shopper-token-123');
    await preview.getByRole('button', { name: 'Buy now' }).click();
    await inspector.getByTestId('inspector-redirect-url').waitFor();
    const headers = inspector.getByTestId('inspector-request').locator('tr');
    expect(await headers.filter({ hasText: 'authorization' }).locator('td').textContent()).toBe('Bearer shop••••');
    expect(await headers.filter({ hasText: 'idempotency-key' }).locator('td').textContent()).toMatch(/^[0-9a-f-]{36}$/);

    await inspector.getByRole('button', { name: 'Clear' }).click();
    await config.getByLabel('Shopper access token').fill('sk_test_abc123');
    await preview.getByRole('button', { name: 'Buy now' }).click();
    await expect.poll(() => preview.locator('.cw-checkout-button [role="alert"]').textContent()).toContain('not set up correctly');
    expect(await inspector.getByTestId('inspector-request').count()).toBe(0);
    expect(await inspector.getByTestId('inspector-event').textContent()).toContain('secret API key');
    // The widget warns the developer in the console (a warning, not an error).
    expect(problems.all()).toEqual([]);
  });
});
