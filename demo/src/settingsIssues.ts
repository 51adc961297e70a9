import { validateParams, type CheckoutIssue } from 'checkout-widget/core';
import { toParams, type PlaygroundConfig } from './playgroundConfig';

export interface SettingsIssues {
  all: CheckoutIssue[];
  /** Messages for one prop path, e.g. `lineItems[0].quantity` or `successUrl`. */
  at(path: string): string[];
}

/**
 * The widget's own validation (core's validateParams) over the current settings, so the panel shows
 * the very messages the widget would give, next to the control that causes them.
 */
export function findSettingsIssues(config: PlaygroundConfig): SettingsIssues {
  const all = validateParams(toParams(config), { baseUrl: location.href });
  if (config.endpoint.trim() === '') all.push({ path: 'config.endpoint', message: 'must be a URL or a path such as "/checkout/session"' });
  return { all, at: (path) => all.filter((issue) => issue.path === path).map((issue) => issue.message) };
}
