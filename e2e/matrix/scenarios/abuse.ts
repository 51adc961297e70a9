import { expect } from 'vitest';
import type { MatrixCase } from '../case';
import { button, buttonBody, FAST, wait, withFault, type Scenario } from './widgets';

/** Abuse of the button. Each case delays the answer (`delay=` fault), so the abuse lands while the first request is pending. */
function abuseScenario(id: string, title: string, expected: string, act: (c: MatrixCase) => Promise<void>): Scenario {
  return { id, group: 'Abuse of the button', title, expected, run: act };
}

async function expectOneCheckout(c: MatrixCase): Promise<void> {
  await c.page.waitForURL(/\/pay\/cs_test_/, { timeout: 10_000 });
  await wait(300); // anything a second click would have started has had time to show
  c.expectPosts(1, buttonBody(c.origin));
  const [session] = await c.expectSessions(1, buttonBody(c.origin));
  expect(c.navigations, 'one navigation, to the hosted page').toEqual([session!.url]);
  c.observe('one navigation, to the hosted page');
  c.expectNoProblems();
}

export const abuse: Scenario[] = [
  abuseScenario('ten-clicks', '10 rapid clicks', 'one POST, one session, one navigation (to the hosted page)', async (c) => {
    await c.open(button({ endpoint: withFault('delay=800') }));
    // Five clicks inside one task, before any re-render could disable the button, then five real mouse clicks.
    await c.submit.evaluate((element: HTMLElement) => {
      for (let click = 0; click < 5; click++) element.click();
    });
    const box = (await c.submit.boundingBox())!;
    for (let click = 0; click < 5; click++) await c.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expectOneCheckout(c);
  }),
  abuseScenario('enter-held', 'Enter held down on the button', 'one POST, one session, one navigation (to the hosted page)', async (c) => {
    await c.open(button({ endpoint: withFault('delay=800') }));
    await c.submit.focus();
    for (let repeat = 0; repeat < 15; repeat++) await c.page.keyboard.down('Enter'); // auto-repeat keydowns
    await c.page.keyboard.up('Enter');
    await expectOneCheckout(c);
  }),
  abuseScenario('click-escape', 'click, then Escape', 'Escape neither sends again nor strands the shopper: one POST, one session, one navigation (to the hosted page)', async (c) => {
    await c.open(button({ endpoint: withFault('delay=800') }));
    await c.submit.click();
    await c.page.keyboard.press('Escape');
    await c.page.keyboard.press('Escape');
    await expectOneCheckout(c);
  }),
  abuseScenario(
    'navigate-away',
    'click, navigate away while pending, come Back, click again',
    'the pending checkout never navigates (not later, not after Back); Back shows the widget idle; clicking again checks out with exactly 1 session for the purchase (the lost answer\'s session is reused, never a second one)',
    async (c) => {
      await c.open(button({ endpoint: withFault('delay=1500') }));
      await c.submit.click();
      await expect.poll(() => c.posts.length).toBe(1);
      await c.page.getByRole('link', { name: 'Continue shopping' }).click();
      await c.page.waitForURL(`${c.origin}/away.html`);
      await wait(2500);
      expect(c.page.url()).toBe(`${c.origin}/away.html`);
      expect(c.navigations).toEqual([`${c.origin}/away.html`]);
      c.observe("still on /away.html 2.5 s later; the only navigation was the shopper's");
      const leftBehind = (await c.sessions()).length;
      expect(leftBehind, 'never two sessions').toBeLessThanOrEqual(1);
      c.observe(`the backend ${leftBehind ? 'still created the session (the browser kept the request alive)' : 'created nothing'}`);
      await c.page.goBack({ waitUntil: 'commit' });
      await c.page.waitForURL(c.pageUrl, { waitUntil: 'commit' });
      await c.page.waitForFunction(() => window.__matrix?.ready === true);
      await wait(500);
      expect(c.page.url(), 'Back does not resume the old checkout').toBe(c.pageUrl);
      await expect.poll(() => c.submit.textContent()).toBe('Buy now');
      await c.expectRetryable();
      c.observe('after Back: idle, no navigation');
      await c.update({ config: FAST });
      await c.submit.click();
      await c.page.waitForURL(/\/pay\/cs_test_/);
      const sessions = await c.expectSessions(1, buttonBody(c.origin));
      expect(c.page.url()).toBe(sessions[0]!.url);
      c.expectNoProblems();
    },
  ),
  abuseScenario('removed-mid-request', 'widget removed from the page mid-request', 'no navigation, no checkout:redirect / onBeforeRedirect, no error shown anywhere; one POST; the request is abandoned (no session)', async (c) => {
    await c.open(button({ endpoint: withFault('delay=1500') }));
    await c.submit.click();
    await expect.poll(() => c.posts.length).toBe(1);
    await c.remove();
    await wait(2500);
    c.expectStayed();
    expect(await c.redirects()).toEqual([]);
    expect(await c.errors()).toEqual([]);
    c.expectPosts(1, buttonBody(c.origin));
    expect(c.posts[0]!.outcome, 'the request was aborted').toBe('net::ERR_ABORTED');
    await c.expectSessions(0);
    c.expectNoProblems();
  }),
];
