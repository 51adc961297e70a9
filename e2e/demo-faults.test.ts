import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInChromium } from './support';
import { regions, simulate, startDemo, unexpectedProblems, type DemoHarness } from '../demo/e2e/harness';

let demo: DemoHarness;
beforeAll(async () => {
  demo = await startDemo('faults');
});
afterAll(async () => {
  await demo?.close();
});

interface Outcome {
  /** The form's alert text, or null when the checkout went through. */
  alert: string | null;
  statuses: string[];
  redirectUrl: string | null;
  idempotencyKeys: string[];
  pendingSeen: boolean;
}

/** Submits the preview form with a fault in preview mode and waits until the form is idle again. */
async function submitWithFault(page: Page, fault: string): Promise<Outcome> {
  const { preview, inspector } = regions(page);
  await simulate(page, fault, { followRedirect: false });
  const submit = preview.getByRole('button', { name: 'Continue to payment' });
  await submit.click();
  const pendingSeen = await preview.locator('form button[aria-busy="true"]').isVisible();
  const alert = preview.locator('form [role="alert"]');
  const redirect = inspector.getByTestId('inspector-redirect-url');
  await expect.poll(async () => (await alert.count()) + (await redirect.count()), { timeout: 20_000 }).toBeGreaterThan(0);
  await expect.poll(() => preview.getByRole('button', { name: 'Continue to payment' }).isEnabled()).toBe(true);
  // Every attempt has its answer (or failure) recorded before the widget settles.
  await expect.poll(() => inspector.getByText('waiting…').count()).toBe(0);
  const requests = inspector.getByTestId('inspector-request');
  const statuses = (await requests.locator('.pg-badge').allTextContents()).reverse();
  const keys = await requests.locator('tr', { hasText: 'idempotency-key' }).locator('td').allTextContents();
  return {
    alert: (await alert.count()) > 0 ? ((await alert.textContent()) ?? '') : null,
    statuses,
    redirectUrl: (await redirect.count()) > 0 ? await redirect.textContent() : null,
    idempotencyKeys: [...new Set(keys)],
    pendingSeen,
  };
}

const cases: [fault: string, check: (outcome: Outcome, page: Page) => void | Promise<void>][] = [
  ['None', (o) => {
    expect(o).toMatchObject({ alert: null, statuses: ['201 Created'] });
    expect(o.redirectUrl).toMatch(/\/pay(\/|\.html\?session=)cs_test_/);
  }],
  ['Slow server (3 s)', async (o, page) => {
    expect(o).toMatchObject({ alert: null, statuses: ['201 Created'], pendingSeen: true });
    const duration = await regions(page).inspector.locator('.pg-duration').first().textContent();
    expect(Number(duration?.replace(/\D/g, ''))).toBeGreaterThanOrEqual(2900);
  }],
  ['400 with a message', (o) => expect(o).toMatchObject({ alert: expect.stringContaining('This price is no longer available'), statuses: ['400 Bad Request'], redirectUrl: null })],
  ['401 Unauthorized', (o) => expect(o).toMatchObject({ alert: expect.stringContaining('Your session has expired'), statuses: ['401 Unauthorized'], redirectUrl: null })],
  ['429 with Retry-After', (o) => {
    expect(o).toMatchObject({ alert: expect.stringContaining('Too many'), statuses: ['429 Too Many Requests', '429 Too Many Requests', '429 Too Many Requests'], redirectUrl: null });
    expect(o.idempotencyKeys).toHaveLength(1);
  }],
  ['500 Internal Server Error', (o) => expect(o).toMatchObject({ alert: expect.stringContaining('Internal server error'), statuses: ['500 Internal Server Error'], redirectUrl: null })],
  ['503, then success', (o) => {
    expect(o).toMatchObject({ alert: null, statuses: ['503 Service Unavailable', '201 Created'] });
    expect(o.idempotencyKeys).toHaveLength(1);
    expect(o.redirectUrl).toMatch(/\/pay(\/|\.html\?session=)cs_test_/);
  }],
  ['Timeout', (o) => expect(o).toMatchObject({ alert: expect.stringContaining('took too long to answer'), statuses: ['no answer'], redirectUrl: null, pendingSeen: true })],
  ['Malformed JSON', (o) => expect(o).toMatchObject({ alert: expect.stringContaining('unexpected answer'), statuses: ['201 Created'], redirectUrl: null })],
  ['Unsafe redirect URL', async (o, page) => {
    expect(o).toMatchObject({ alert: expect.stringContaining('not safe to open'), statuses: ['201 Created'], redirectUrl: null });
    expect(page.url()).toBe(new URL('/', demo.url).href);
  }],
  ['Network down', (o) => {
    expect(o).toMatchObject({ alert: expect.stringContaining('could not reach the checkout server'), statuses: ['no answer', 'no answer', 'no answer'], redirectUrl: null });
    expect(o.idempotencyKeys).toHaveLength(1);
  }],
];

describeInChromium('demo playground: fault simulator', () => {
  it.each(cases)('%s ends in the expected visible state', async (fault, check) => {
    const { page, problems } = await demo.open('/');
    const outcome = await submitWithFault(page, fault);
    await check(outcome, page);
    // The simulator explains what happened in words, next to the choice.
    expect(await regions(page).simulate.locator('.pg-expect').textContent()).toMatch(/What to expect/);
    expect(unexpectedProblems(problems)).toEqual([]);
    await page.context().close();
  });

  // The static build runs the mock in the page; the same faults must look the same there.
  const inPage = cases.filter(([fault]) => ['Timeout', 'Network down', '503, then success', 'Malformed JSON'].includes(fault));
  it.each(inPage)('%s ends in the same state with the in-page mock (?static)', async (fault, check) => {
    const { page, problems } = await demo.open('/?static');
    const outcome = await submitWithFault(page, fault);
    await check(outcome, page);
    expect(unexpectedProblems(problems)).toEqual([]);
    await page.context().close();
  });
});
