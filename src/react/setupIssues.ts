import { clientConfigIssues } from '../core/clientConfig';
import type { CheckoutIssue } from '../core/errors';
import type { ClientConfig } from '../core/types';

/**
 * A component's setup mistakes that the params check cannot see, as untyped JavaScript makes them:
 * config timings that are not whole numbers (`timeoutMs: "5s"`, see clientConfigIssues) and callbacks
 * that are not functions (`onError: "handleError"`). Found at render, so the component shows them and
 * never sends a request.
 */
export function setupIssues(config: ClientConfig, callbacks: Record<string, unknown>): CheckoutIssue[] {
  const issues = clientConfigIssues(config);
  for (const [name, value] of Object.entries(callbacks)) {
    if (value !== undefined && typeof value !== 'function') issues.push({ path: name, message: 'must be a function' });
  }
  return issues;
}
