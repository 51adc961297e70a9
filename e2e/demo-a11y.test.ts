import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInChromium } from './support';
import { axeViolations, regions, simulate, startDemo, unexpectedProblems, type DemoHarness } from '../demo/e2e/harness';

let demo: DemoHarness;
beforeAll(async () => {
  demo = await startDemo('a11y');
});
afterAll(async () => {
  await demo?.close();
});

// README's screenshots are written only by `npm run docs:screenshots` (scripts/docs-screenshots.mjs sets
// DOCS_SCREENSHOTS); a test run checks the same page and leaves docs/ alone.
const SCREENSHOTS = process.env.DOCS_SCREENSHOTS ? new URL('../docs/screenshots/', import.meta.url) : undefined;

/** A playground worth looking at: two items, promotion codes as a toggle, one request in the inspector. */
async function showcase(page: Page): Promise<void> {
  const { config, preview, inspector } = regions(page);
  await config.getByRole('button', { name: 'Add item' }).click();
  const second = config.getByRole('group', { name: /^Item 2/ });
  await second.getByLabel('Price id').fill('price_beans');
  await second.getByLabel('Product name').fill('Coffee beans, 1 kg');
  await second.getByLabel('Unit amount').fill('2400');
  await config.getByRole('group', { name: 'Promotion codes' }).getByLabel('Toggle').check();
  await simulate(page, 'None', { followRedirect: false });
  await preview.getByRole('radio', { name: 'PayPal' }).check();
  await preview.getByRole('button', { name: 'Continue to payment' }).click();
  await inspector.getByTestId('inspector-redirect-url').waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
}

describeInChromium('demo playground: accessibility', () => {
  it('has no axe violations in light and dark, and saves the README screenshots', async () => {
    const { page, problems } = await demo.open('/', { viewport: { width: 1440, height: 1200 } });
    await showcase(page);
    expect(await axeViolations(page)).toEqual([]);
    if (SCREENSHOTS) mkdirSync(SCREENSHOTS, { recursive: true });
    if (SCREENSHOTS) await page.screenshot({ path: new URL('playground-light.png', SCREENSHOTS).pathname });

    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await axeViolations(page)).toEqual([]);
    if (SCREENSHOTS) await page.screenshot({ path: new URL('playground-dark.png', SCREENSHOTS).pathname });
    expect(problems.all()).toEqual([]);
  });

  it.each(['light', 'dark'] as const)('has no axe violations while pending and after an error (%s)', async (theme) => {
    const { page, problems } = await demo.open('/', { colorScheme: theme });
    const { preview } = regions(page);
    await simulate(page, 'Timeout', { followRedirect: false });
    await preview.getByRole('button', { name: 'Continue to payment' }).click();
    await preview.locator('form button[aria-busy="true"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await preview.locator('form [role="alert"]').waitFor({ timeout: 15_000 });
    expect(await axeViolations(page)).toEqual([]);
    // An invalid setting: the panel and the widget both say what is wrong.
    await regions(page).config.getByLabel('Currency').fill('euro');
    await page.getByText('1 setting is invalid').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(unexpectedProblems(problems)).toEqual([]);
  });

  it('has no axe violations on the success and cancel pages', async () => {
    const { page, problems } = await demo.open('/');
    await regions(page).preview.getByRole('button', { name: 'Continue to payment' }).click();
    await page.waitForURL(/\/pay\//);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.waitForURL(/\/cancel\.html/);
    await page.getByTestId('session-status').waitFor();
    expect(await page.getByTestId('session-status').textContent()).toBe('canceled');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Back to the playground' }).click();
    await regions(page).preview.getByRole('button', { name: 'Continue to payment' }).click();
    await page.waitForURL(/\/pay\//);
    await page.getByRole('button', { name: 'Pay' }).click();
    await page.getByTestId('session-status').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(problems.all()).toEqual([]);
  });
});
