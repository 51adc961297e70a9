import { expect } from 'vitest';
import { button, lastErrorKind, wait, withFault, type Scenario } from './widgets';

function redirectScenario(id: string, title: string, unsafeUrl: (origin: string) => string, config: (origin: string) => Record<string, unknown> = () => ({})): Scenario {
  return {
    id,
    group: 'Redirect safety',
    title,
    expected: 'no navigation; error of kind redirect; "not safe to open" in role=alert; nothing of the URL runs; the page origin is unchanged',
    async run(c) {
      await c.open(button({ endpoint: withFault(`unsafe-url=${unsafeUrl(c.origin)}`), ...config(c.origin) }));
      await c.submit.click();
      expect(await c.settle()).toBe('error');
      await c.expectAlert('The payment page address was not safe to open, so we stayed here.');
      expect(await lastErrorKind(c)).toBe('redirect');
      c.observe('error kind redirect');
      expect(await c.redirects(), 'never offered to the page as a redirect').toEqual([]);
      await wait(300);
      c.expectStayed();
      expect(await c.page.evaluate(() => (window as { __matrixPwned?: unknown }).__matrixPwned)).toBeUndefined();
      c.expectPosts(1);
      c.expectNoProblems();
    },
  };
}

/** The backend answers 201 with a URL the browser must never be sent to. */
export const redirects: Scenario[] = [
  redirectScenario('redirect-javascript', 'javascript: URL', () => 'javascript:window.__matrixPwned=1'),
  redirectScenario('redirect-data', 'data: URL', () => 'data:text/html,<script>window.__matrixPwned=1</script>'),
  redirectScenario('redirect-blob', 'blob: URL', (origin) => `blob:${origin}/0d5f5d39-6f2a-4b55-9a4e-0c0a4c1f2e11`),
  redirectScenario('redirect-http-remote', 'http:// to a non-local host', () => 'http://pay.evil.example/cs_test_1'),
  redirectScenario('redirect-protocol-relative', 'protocol-relative //evil.example', () => '//evil.example/cs_test_1'),
  redirectScenario('redirect-outside-allow-list', 'https origin outside allowedRedirectOrigins', () => 'https://pay.evil.example/cs_test_1', (origin) => ({ allowedRedirectOrigins: [origin] })),
  redirectScenario('redirect-too-long', '6,000-character URL (same origin)', (origin) => `${origin}/pay/cs_test_${'a'.repeat(6000)}`),
];
