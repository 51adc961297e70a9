import { expect } from 'vitest';
import { button, form, formBody, type Scenario } from './widgets';

export const bfcache: Scenario = {
  id: 'bfcache-back',
  group: 'Back-forward cache',
  title: 'submit, arrive at the hosted page, press Back',
  expected: 'back on the shop page the widget is idle (enabled, its own label, no "Redirecting…", nothing announced) and a new click reaches the same hosted session (same body, same Idempotency-Key: one session, not two)',
  async run(c) {
    await c.open(button());
    await c.submit.click();
    await c.page.waitForURL(/\/pay\/cs_test_/);
    c.observe('on the hosted page');
    await c.page.goBack({ waitUntil: 'commit' });
    await c.page.waitForURL(c.pageUrl, { waitUntil: 'commit' }); // a restored page fires no load event
    await c.page.waitForFunction(() => window.__matrix?.ready === true);
    await expect.poll(() => c.submit.count()).toBe(1);
    const restored = await c.page.evaluate(() => window.__matrix!.restoredFromBfcache);
    c.observe(restored ? 'Back restored the page from the back-forward cache' : 'Back reloaded the page (not restored from the back-forward cache)');
    await expect.poll(() => c.submit.textContent()).toBe('Buy now');
    await c.expectRetryable();
    expect(await c.status.textContent()).toBe('');
    expect(await c.alert.count()).toBe(0);
    c.observe('idle: "Buy now", enabled, not busy, nothing announced');
    await c.submit.click();
    await c.page.waitForURL(/\/pay\/cs_test_/);
    const sessions = await c.sessions();
    expect(sessions).toHaveLength(1);
    expect(c.page.url()).toBe(sessions[0]!.url);
    expect(c.posts).toHaveLength(2);
    expect(c.posts[1]!.idempotencyKey).toBe(c.posts[0]!.idempotencyKey);
    c.observe('a new click reached the same hosted session again (2 POSTs, one Idempotency-Key, 1 session)');
    c.expectNoProblems();
  },
};

export const csp: Scenario = {
  id: 'strict-csp',
  group: 'Strict CSP',
  title: "page with default-src 'self'; script-src 'self'; style-src 'self'",
  expected: 'styled widget (styles applied without inline styles), a full checkout, zero CSP violations',
  async run(c) {
    const policy = (await fetch(`${c.origin}/${c.surface}.html`)).headers.get('content-security-policy') ?? '';
    expect(policy).toBe(c.csp);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    await c.open(form());
    expect(await c.submit.evaluate((element) => getComputedStyle(element).minHeight), 'widget styles applied').toBe('44px');
    c.observe('styles applied (button min-height 44px)');
    await c.fillForm();
    await c.submit.click();
    await c.page.waitForURL(/\/pay\/cs_test_/);
    await c.expectSessions(1, formBody(c.origin));
    c.expectNoProblems();
  },
};
