import { describeIssues } from '../core/params';
import { array, boolean, integer, isRecord, atLeast, is, issuesOf, matches, number, object, oneOf, optional, string } from '../core/validate';
import { toPropPath, validateParams, type CheckoutError, type CheckoutIssue, type CheckoutLabels, type CheckoutSession, type CheckoutSessionParams, type CheckoutSessionRequest, type ClientConfig } from '../core';

export const widgetKinds = ['button', 'form'] as const;
export type WidgetKind = (typeof widgetKinds)[number];
export const promotionCodeModes = ['hidden', 'toggle', 'on'] as const;

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
  promotionCodes?: (typeof promotionCodeModes)[number];
  /** Form only: quantity inputs. Default false. */
  allowQuantityEdit?: boolean;
  /** Sets subscriptionData.trialPeriodDays. */
  trialPeriodDays?: number;
  /** Button only. Default false. */
  disabled?: boolean;
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
}

const satisfying = (test: (value: unknown) => boolean, message: string) => optional(is(test, message));
const callback = satisfying((value) => typeof value === 'function', 'must be a function');
const whole = (what: string) => optional(number(`must be a number of ${what}`, integer(`must be a whole number of ${what}`, atLeast(0, 'must be 0 or more'))));

const clientConfigShape = object(
  {
    endpoint: optional(string('must be a URL or a path such as "/checkout/session"', matches(/\S/, 'must be a URL or a path such as "/checkout/session"'))),
    headers: satisfying(
      (value) => typeof value === 'function' || (typeof value === 'object' && value !== null),
      'must be an object of header names and values, or a function returning one',
    ),
    getAccessToken: callback,
    credentials: optional(oneOf(['omit', 'same-origin', 'include'], 'must be "omit", "same-origin" or "include"')),
    fetch: callback,
    timeoutMs: whole('milliseconds'),
    retries: whole('retries'),
    retryDelayMs: whole('milliseconds'),
    allowedRedirectOrigins: optional(array(string('must be an origin such as "https://pay.example.com"'), 'must be an array of origins')),
    baseUrl: optional(string('must be a URL string')),
  },
  'must be an object such as { endpoint: "/checkout/session" }',
);

// Only what core does not check: the session params themselves go through validateParams.
const widgetShape = object(
  {
    kind: oneOf(widgetKinds, 'must be "button" or "form"'),
    config: optional(clientConfigShape),
    locale: optional(string('must be a language tag such as "en" or "de-CH"')),
    labels: satisfying(
      (value) => isRecord(value) && Object.values(value).every((text) => typeof text === 'string'),
      'must be an object of texts such as { checkout: "Buy now" }',
    ),
    theme: optional(string('must be a theme name such as "dark"')),
    label: optional(string('must be a text')),
    promotionCodes: optional(oneOf(promotionCodeModes, 'must be "hidden", "toggle" or "on"')),
    allowQuantityEdit: optional(boolean('must be true or false')),
    trialPeriodDays: optional(number('must be a number of days')),
    disabled: optional(boolean('must be true or false')),
    onSubmit: callback,
    onSuccess: callback,
    onError: callback,
    onRequest: callback,
    onBeforeRedirect: callback,
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
  const { kind, config, locale, labels, theme, label, promotionCodes, allowQuantityEdit, trialPeriodDays, disabled, onSubmit, onSuccess, onError, onRequest, onBeforeRedirect, ...params } = options;
  const session = { ...params } as CheckoutSessionParams; // checked by validateParams before use
  if (trialPeriodDays !== undefined) session.subscriptionData = { ...(isRecord(params.subscriptionData) ? params.subscriptionData : {}), trialPeriodDays };
  if (promotionCodes === 'on') session.allowPromotionCodes = true;
  return session;
}
