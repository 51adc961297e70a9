import { expect } from 'vitest';
import type { MatrixCase } from '../case';
import { FAST, form, formBody, lastErrorKind, withFault, type Scenario } from './widgets';

/** After a fault: the shopper clicks again once the server is back; exactly one session, the kept input, the hosted page. */
async function retrySucceeds(c: MatrixCase, restore: () => Promise<void>): Promise<void> {
  await restore();
  const before = c.posts.length;
  await c.submit.click();
  await c.page.waitForURL(/\/pay\/cs_test_/, { timeout: 15_000 });
  const [session] = await c.sessions();
  expect(c.posts.length - before, 'the retry is one POST').toBe(1);
  expect(c.posts.at(-1)!.body, 'the retry sends the kept input').toStrictEqual(formBody(c.origin));
  expect((await c.sessions()).length, 'one session per purchase').toBe(1);
  expect(session!.request).toStrictEqual(formBody(c.origin));
  expect(c.page.url()).toBe(session!.url);
  c.observe('retry: 1 POST with the kept input → 1 session → hosted page');
}

interface FaultCase {
  id: string;
  title: string;
  /** Mock fault (X-Mock-Fault syntax), or how the network fails. */
  fault: string | 'offline' | 'refused';
  attempts: number;
  alert: string | RegExp;
  kind: string;
  /** The browser's own "Failed to load resource" console lines this fault causes. */
  failedLoads: RegExp | null;
  config?: Record<string, unknown>;
  expected: string;
  check?: (c: MatrixCase, alert: string) => void | Promise<void>;
}

const NETWORK_MESSAGE = 'We could not reach the checkout server. Check your connection and try again.';
const NOT_RETRIED = 'not retried automatically';
const RETRIED = '3 attempts (2 automatic retries) with one Idempotency-Key';

function faultScenario(f: FaultCase): Scenario {
  return {
    id: f.id,
    group: 'Faults',
    title: f.title,
    expected: `${f.expected}; the error is visible in role=alert, the button works again, Mug × 3 and PayPal are kept; no session, no navigation; a retry after recovery sends the kept input and creates exactly 1 session`,
    async run(c) {
      const endpoint = f.fault === 'refused' ? c.refusedEndpoint : f.fault === 'offline' ? undefined : withFault(f.fault);
      await c.open(form({ ...(endpoint ? { endpoint } : {}), ...f.config }));
      await c.fillForm();
      if (f.fault === 'offline') await c.page.context().setOffline(true);
      await c.submit.click();
      expect(await c.settle()).toBe('error');
      const alert = await c.expectAlert(f.alert);
      await c.expectRetryable();
      expect(await lastErrorKind(c), 'error kind').toBe(f.kind);
      c.observe(`error kind ${f.kind}`);
      c.expectPosts(f.attempts, formBody(c.origin));
      await f.check?.(c, alert);
      await c.expectSessions(0);
      c.expectStayed();
      await c.expectFormKept();
      await retrySucceeds(c, async () => {
        if (f.fault === 'offline') await c.page.context().setOffline(false);
        else await c.update({ config: FAST });
      });
      c.expectNoProblems(f.failedLoads);
    },
  };
}

/** An HTTP error with a Stripe-style message; 429, 502, 503 and 504 are retried automatically, the others never. */
function httpFault(status: number, message: string, retried = false): Scenario {
  return faultScenario({
    id: `http-${status}`,
    title: `${status}`,
    fault: `status=${status};message=${message}`,
    attempts: retried ? 3 : 1,
    alert: message,
    kind: 'http',
    failedLoads: new RegExp(`status of ${status}\\b`),
    expected: `the server's message "${message}"; ${retried ? RETRIED : `1 POST, ${NOT_RETRIED}`}`,
  });
}

/** Faults of the network and the backend, on the form: the shopper's input must survive each. */
export const faults: Scenario[] = [
  faultScenario({
    id: 'network-down',
    title: 'network down (browser offline)',
    fault: 'offline',
    attempts: 3,
    alert: NETWORK_MESSAGE,
    kind: 'network',
    failedLoads: /net::ERR_INTERNET_DISCONNECTED/,
    expected: `"could not reach the checkout server"; ${RETRIED}`,
  }),
  faultScenario({
    id: 'connection-refused',
    title: 'connection refused (closed port on 127.0.0.1)',
    fault: 'refused',
    attempts: 3,
    alert: NETWORK_MESSAGE,
    kind: 'network',
    failedLoads: /net::ERR_CONNECTION_REFUSED/,
    expected: `"could not reach the checkout server"; ${RETRIED}`,
    check: (c) => expect(c.posts.every((post) => post.url === c.refusedEndpoint)).toBe(true),
  }),
  faultScenario({
    id: 'connection-dropped',
    title: 'connection closed without an answer',
    fault: 'drop',
    attempts: 3,
    alert: NETWORK_MESSAGE,
    kind: 'network',
    failedLoads: /net::ERR_EMPTY_RESPONSE|net::ERR_CONNECTION_(RESET|CLOSED)/,
    expected: `"could not reach the checkout server"; ${RETRIED}`,
  }),
  faultScenario({
    id: 'timeout',
    title: 'timeout (no answer within timeoutMs = 1500)',
    fault: 'timeout',
    config: { timeoutMs: 1500 },
    attempts: 1,
    alert: 'The checkout server took too long to answer. Please try again.',
    kind: 'timeout',
    failedLoads: null,
    expected: `"took too long to answer" after 1.5 s; 1 POST, ${NOT_RETRIED} (the server may still be working on it)`,
  }),
  {
    id: 'slow',
    group: 'Faults',
    title: 'slow server (3 s)',
    expected: 'progress while waiting: button disabled and aria-busy, "Creating your checkout…" in the button and in role=status; then 1 POST, 1 session with Mug × 3 and PayPal, the hosted page',
    async run(c) {
      await c.open(form({ endpoint: withFault('delay=3000'), timeoutMs: 8000 }));
      await c.fillForm();
      const started = Date.now();
      await c.submit.click();
      await expect.poll(() => c.submit.getAttribute('aria-busy')).toBe('true');
      expect(await c.submit.isDisabled()).toBe(true);
      expect(await c.submit.textContent()).toBe('Creating your checkout…');
      expect(await c.status.textContent()).toBe('Creating your checkout…');
      expect(await c.alert.count()).toBe(0);
      c.observe('while waiting: button disabled + aria-busy, "Creating your checkout…" shown and in role=status');
      await c.page.waitForURL(/\/pay\/cs_test_/, { timeout: 10_000 });
      expect(Date.now() - started).toBeGreaterThanOrEqual(2900);
      c.expectPosts(1, formBody(c.origin));
      const [session] = await c.expectSessions(1, formBody(c.origin));
      expect(c.page.url()).toBe(session!.url);
      c.observe('on the hosted page');
      c.expectNoProblems();
    },
  },
  httpFault(400, 'This price is no longer available'),
  httpFault(401, 'Your session has expired'),
  httpFault(403, 'Checkout is not enabled for this account'),
  httpFault(404, 'No such checkout endpoint'),
  httpFault(409, 'A checkout for this cart is already open'),
  httpFault(422, 'Only 2 mugs left in stock'),
  faultScenario({
    id: 'http-429',
    title: '429 with Retry-After: 1',
    fault: 'status=429;retry-after=1',
    attempts: 3,
    alert: 'Too many requests',
    kind: 'http',
    failedLoads: /status of 429\b/,
    expected: `${RETRIED}, each after the server's Retry-After (≥ 1 s, not the 50 ms backoff); then "Too many requests"`,
    check(c) {
      const [first, second, third] = c.posts.map((post) => post.at);
      expect(second! - first!, 'waited Retry-After').toBeGreaterThanOrEqual(950);
      expect(third! - second!, 'waited Retry-After').toBeGreaterThanOrEqual(950);
      c.observe('retries waited ≥ 1 s (Retry-After)');
    },
  }),
  httpFault(500, 'Internal server error'),
  httpFault(502, 'Bad gateway', true),
  httpFault(503, 'Service unavailable', true),
  httpFault(504, 'Gateway timeout', true),
  {
    id: 'http-503-then-201',
    group: 'Faults',
    title: '503 then 201',
    expected: 'an automatic retry with the same Idempotency-Key; no error shown; exactly 1 session with Mug × 3 and PayPal; the hosted page',
    async run(c) {
      await c.open(form({ endpoint: withFault('status=503;times=1') }));
      await c.fillForm();
      await c.submit.click();
      expect(await c.settle()).toBe('navigated');
      await c.page.waitForURL(/\/pay\/cs_test_/);
      c.expectPosts(2, formBody(c.origin));
      expect(c.posts.map((post) => post.outcome)).toEqual([503, 201]);
      const [session] = await c.expectSessions(1, formBody(c.origin));
      expect(c.page.url()).toBe(session!.url);
      c.observe('on the hosted page');
      c.expectNoProblems(/status of 503\b/);
    },
  },
  faultScenario({
    id: 'malformed-json',
    title: 'malformed JSON in a 201',
    fault: 'malformed',
    attempts: 1,
    alert: 'The checkout server sent an unexpected answer. Please try again.',
    kind: 'response',
    failedLoads: null,
    expected: `"unexpected answer"; 1 POST, ${NOT_RETRIED}`,
  }),
  faultScenario({
    id: 'no-url',
    title: '201 without url',
    fault: 'no-url',
    attempts: 1,
    alert: 'The checkout server sent an unexpected answer. Please try again.',
    kind: 'response',
    failedLoads: null,
    expected: `"unexpected answer"; 1 POST, ${NOT_RETRIED}`,
  }),
  faultScenario({
    id: 'html-error-page',
    title: 'HTML error page (502, text/html) instead of JSON',
    fault: 'html;status=502',
    attempts: 3,
    alert: 'The checkout server had a problem. Please try again in a moment.',
    kind: 'http',
    failedLoads: /status of 502\b/,
    expected: `a plain "the checkout server had a problem", never the HTML (its script never runs); ${RETRIED}`,
    check(_c, alert) {
      expect(alert).not.toMatch(/<|Bad Gateway|alert\(/);
    },
  }),
];
