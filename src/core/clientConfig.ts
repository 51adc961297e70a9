// How the widget reaches the shop's backend, checked once for every surface; its own module so the
// request path (client.ts) carries this and not the whole options checker.
import type { CheckoutIssue } from './errors';
import { describeIssues, toPropPath } from './params';
import { array, atLeast, integer, is, issuesOf, matches, number, object, oneOf, optional, string, type Check } from './validate';

export const satisfying = (test: (value: unknown) => boolean, message: string) => optional(is(test, message));
export const functionCheck = /* @__PURE__ */ satisfying((value) => typeof value === 'function', 'must be a function');
// One wording for the three ways a count can be wrong ("5s", 1.5, -1).
const whole = (what: string) => {
  const message = `must be a whole number of ${what}, 0 or more`;
  return optional(number(message, integer(message, atLeast(0, message))));
};

/** How the widget reaches the shop's backend: each setting's rule, once. */
export const clientConfigShape: Check = /* @__PURE__ */ object(
  {
    endpoint: optional(string('must be a URL or a path such as "/checkout/session"', matches(/\S/, 'must be a URL or a path such as "/checkout/session"'))),
    headers: satisfying(
      (value) => typeof value === 'function' || (typeof value === 'object' && value !== null),
      'must be an object of header names and values, or a function returning one',
    ),
    getAccessToken: functionCheck,
    credentials: optional(oneOf(['omit', 'same-origin', 'include'], 'must be "omit", "same-origin" or "include"')),
    fetch: functionCheck,
    timeoutMs: whole('milliseconds'),
    retries: whole('retries'),
    retryDelayMs: whole('milliseconds'),
    allowedRedirectOrigins: optional(array(string('must be an origin such as "https://pay.example.com"'), 'must be an array of origins')),
    baseUrl: optional(string('must be a URL string')),
  },
  'must be an object such as { endpoint: "/checkout/session" }',
);

/** The config's issues alone, as `config.<name>` (core checks them again before any request). */
export function clientConfigIssues(config: unknown): CheckoutIssue[] {
  if (config === undefined) return [];
  return describeIssues(issuesOf(clientConfigShape, config), (path) => toPropPath(['config', ...path]));
}
