import type { CheckoutIssue } from './errors';

const counts = ['timeoutMs', 'retries', 'retryDelayMs'] as const;

/**
 * What is wrong with the numbers of a client config from untyped JavaScript, as issues on
 * `config.<name>`; empty when they are fine. Unchecked, `retries: "many"` retries forever and
 * `timeoutMs: "5s"` times out at once, telling the shopper the server was too slow. The other settings
 * fail safely where they are used: core names a bad `endpoint` or `fetch`, and a setting that is not a
 * function fails the click as a setup error. Kept this small on purpose: every bundle carries it.
 */
export function clientConfigIssues(config: unknown): CheckoutIssue[] {
  const values = (config ?? {}) as Record<string, unknown>;
  return counts
    .filter((name) => values[name] !== undefined && !(Number.isInteger(values[name]) && (values[name] as number) >= 0))
    .map((name) => ({ path: `config.${name}`, message: 'must be a whole number of 0 or more' }));
}
