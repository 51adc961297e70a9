import type { CheckoutIssue } from '../core/errors';
import { settingsIssues, type WidgetKind } from '../core/options';
import type { ClientConfig } from '../core/types';

/**
 * A component's setup mistakes that the params check cannot see, as untyped JavaScript makes them
 * (`timeoutMs: "5s"`, `onError: "handleError"`), by core's one options checker, in the same words the
 * elements and mount() use. Found at render, so the component shows them and never sends a request.
 */
export function setupIssues(config: ClientConfig, callbacks: Record<string, unknown>, kind: WidgetKind = 'button'): CheckoutIssue[] {
  return settingsIssues({ config, ...callbacks }, kind);
}
