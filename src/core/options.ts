// The one checker of widget options, for every surface: React props, element attributes and mount()
// options arrive from untyped JavaScript, JSON or HTML, and get the same rules in the same words.
import type { CheckoutIssue } from './errors';
import { describeIssues, toPropPath } from './params';
import { clientConfigShape, functionCheck, satisfying } from './clientConfig';
import { boolean, isRecord, issuesOf, number, object, oneOf, optional, string, type Check } from './validate';

export { clientConfigIssues, clientConfigShape, functionCheck } from './clientConfig';

export const widgetKinds = ['button', 'form'] as const;
export type WidgetKind = (typeof widgetKinds)[number];
/** `hidden`: no promotion codes; `toggle`: a checkbox the shopper controls (form only); `on`: always allowed. */
export const promotionCodeModes = ['hidden', 'toggle', 'on'] as const;
export type PromotionCodeMode = (typeof promotionCodeModes)[number];
/** The callbacks every surface accepts; each must be a function when given. */
export const callbackNames = ['onSubmit', 'onRequest', 'onSuccess', 'onBeforeRedirect', 'onError', 'redirect'] as const;

/** Settings besides the session params (which validateParams checks) that any surface may pass. */
export const widgetSettingsShape: Record<string, Check> = {
  config: optional(clientConfigShape),
  locale: optional(string('must be a language tag such as "en" or "de-CH"')),
  labels: satisfying((value) => isRecord(value) && Object.values(value).every((text) => typeof text === 'string'), 'must be an object of texts such as { checkout: "Buy now" }'),
  promotionCodes: optional(oneOf(promotionCodeModes, 'must be "hidden", "toggle" or "on"')),
  allowQuantityEdit: optional(boolean('must be true or false')),
  trialPeriodDays: optional(number('must be a number of days')),
  disabled: optional(boolean('must be true or false')),
  ...Object.fromEntries(callbackNames.map((name) => [name, functionCheck])),
};

/**
 * The setup mistakes in a surface's settings (config, callbacks, locale, labels, form switches), with
 * prop paths (`config.timeoutMs`, `onError`). Empty when they are fine. `kind` decides the rules that
 * depend on the widget: `toggle` needs a form.
 */
export function settingsIssues(settings: Record<string, unknown>, kind: WidgetKind): CheckoutIssue[] {
  const present: Record<string, Check> = {};
  for (const name of Object.keys(widgetSettingsShape)) if (settings[name] !== undefined) present[name] = widgetSettingsShape[name]!;
  const issues = describeIssues(issuesOf(object(present, 'must be an object'), pick(settings, Object.keys(present))), toPropPath);
  if (kind === 'button' && settings.promotionCodes === 'toggle') {
    issues.push({ path: 'promotionCodes', message: '"toggle" needs a form (kind "form", <checkout-form>): use "on" or "hidden" on a button' });
  }
  return issues;
}

function pick(record: Record<string, unknown>, names: string[]): Record<string, unknown> {
  return Object.fromEntries(names.map((name) => [name, record[name]]));
}
