import { widgetKinds, widgetSettingsShape, type PromotionCodeMode, type WidgetKind } from '../core/options';
import { isRecord, issuesOf, object, oneOf, optional, string } from '../core/validate';
import type { CheckoutError, CheckoutIssue } from '../core/errors';
import type { CheckoutLabels } from '../core/labels';
import { describeIssues, toPropPath, validateParams } from '../core/params';
import type { CheckoutSession, CheckoutSessionParams, ClientConfig } from '../core/types';
import type { CheckoutSessionRequest } from '../core/wire';
import { navigationTargets, type NavigationTarget } from './navigationTarget';

export { widgetKinds, type WidgetKind };

/** Everything mount() and the elements accept: the checkout params plus how the widget looks and reports. */
export interface WidgetOptions extends Partial<CheckoutSessionParams> {
  /** Which widget: a single button, or a form with line items, quantities and payment method. */
  kind: WidgetKind;
  /** How to reach the shop's backend (endpoint, headers, getAccessToken…). Default: POST `/checkout/session` on this origin. */
  config?: ClientConfig;
  /** BCP 47 tag such as "de" or "it-CH". Default "en". */
  locale?: string;
  /** Overrides of single texts. Default: the locale's texts. */
  labels?: Partial<CheckoutLabels>;
  /** Sets `data-theme` inside the shadow root ("light", "dark"). */
  theme?: string;
  /** Button text (the submit button's, for a form). Default: the `checkout` label (`pay` for a form). */
  label?: string;
  /** Form only: "toggle" shows a checkbox. On a button, "on" sets allowPromotionCodes. Default "hidden". */
  promotionCodes?: PromotionCodeMode;
  /** Form only: quantity inputs. Default false. */
  allowQuantityEdit?: boolean;
  /** Sets subscriptionData.trialPeriodDays. */
  trialPeriodDays?: number;
  /** Button only. Default false. */
  disabled?: boolean;
  /**
   * Where the payment page opens: `"self"`, this page (inside a frame: the frame), or `"top"`, the
   * top-level page when the widget runs in an iframe (a sandboxed one needs
   * `allow-top-navigation-by-user-activation`; without it the shopper sees a `redirect` error). Default `"self"`.
   */
  target?: NavigationTarget;
  /** Form only: last chance to change the params or cancel (`false`). Default: none. */
  onSubmit?: (params: CheckoutSessionParams) => CheckoutSessionParams | false | void | Promise<CheckoutSessionParams | false | void>;
  /** The session was created and its URL is safe. Default: none. */
  onSuccess?: (session: CheckoutSession) => void;
  /** Every failure, also dispatched as checkout:error. Return `false` after a request error to show your own message instead of the widget's. Default: none. */
  onError?: (error: CheckoutError) => boolean | void;
  /** Runs after checkout:submit was not cancelled; `false` cancels the request. Default: none. */
  onRequest?: (body: CheckoutSessionRequest) => boolean | void;
  /** Runs after checkout:redirect was not cancelled; `false` keeps the page. Default: none. */
  onBeforeRedirect?: (url: string) => boolean | void;
  /** Navigates to the checked payment page URL yourself (e.g. in a popup). Default: per `target`. */
  redirect?: (url: string) => void;
}

// Only what core does not check: the session params go through validateParams, and the settings
// every surface shares (config, locale, labels, callbacks…) through core's one checker (core/options.ts).
const widgetShape = object(
  {
    kind: oneOf(widgetKinds, 'must be "button" or "form"'),
    theme: optional(string('must be a theme name such as "dark"')),
    label: optional(string('must be a text')),
    target: optional(oneOf(navigationTargets, 'must be "self" or "top"')),
    ...widgetSettingsShape,
  },
  'must be an object',
);

export type ParsedWidgetOptions = { ok: true; options: WidgetOptions; params: CheckoutSessionParams } | { ok: false; issues: CheckoutIssue[] };

/**
 * Checks options that arrive from untyped JavaScript, JSON or attributes. Returns the options and the
 * checkout params they describe, or every issue (prop paths such as `successUrl`, `config.endpoint`).
 */
export function parseWidgetOptions(input: unknown): ParsedWidgetOptions {
  if (!isRecord(input)) return { ok: false, issues: [{ path: '', message: 'must be an object such as { kind: "button", lineItems: [{ price: "price_123" }], successUrl: "/thanks" }' }] };
  // null reads as "not set", as a removed attribute does.
  const defined = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined && value !== null));
  const shapeIssues = issuesOf(widgetShape, defined);
  if (shapeIssues.length > 0) return { ok: false, issues: describeIssues(shapeIssues, toPropPath) };
  const options = defined as unknown as WidgetOptions; // every field is checked: the widget fields above, the params below
  const params = toSessionParams(options);
  const issues = validateParams(params, { baseUrl: options.config?.baseUrl });
  if (options.kind === 'button' && options.promotionCodes === 'toggle') {
    issues.push({ path: 'promotionCodes', message: '"toggle" needs a form (kind "form", <checkout-form>): use "on" or "hidden" on a button' });
  }
  // A form may start with an empty cart (it says so); a button without items cannot do anything.
  const kept = options.kind === 'form' && Array.isArray(params.lineItems) && params.lineItems.length === 0 ? issues.filter((issue) => issue.path !== 'lineItems') : issues;
  return kept.length > 0 ? { ok: false, issues: kept } : { ok: true, options, params };
}

function toSessionParams(options: WidgetOptions): CheckoutSessionParams {
  const { kind, config, locale, labels, theme, label, promotionCodes, allowQuantityEdit, trialPeriodDays, disabled, target, onSubmit, onSuccess, onError, onRequest, onBeforeRedirect, redirect, ...params } = options;
  const session = { ...params } as CheckoutSessionParams; // checked by validateParams before use
  if (trialPeriodDays !== undefined) session.subscriptionData = { ...(isRecord(params.subscriptionData) ? params.subscriptionData : {}), trialPeriodDays };
  if (promotionCodes === 'on') session.allowPromotionCodes = true;
  return session;
}
