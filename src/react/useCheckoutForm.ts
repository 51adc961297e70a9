import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useForm, useWatch, type UseFormReturn } from 'react-hook-form';
import type { CheckoutError } from '../core/errors';
import { fillLabel, type CheckoutLabels } from '../core/labels';
import type { CheckoutSessionParams, LineItem, PaymentMethodType } from '../core/types';
import { resolveLabels } from '../i18n/labels';
import { describeItems, type CheckoutFormItem, type CheckoutFormSummary } from './checkoutFormItems';
import { buildFormParams, defaultPaymentMethod, developerParams, formDefaults, formPropName, type CheckoutFormSource, type CheckoutFormValues, type PromotionCodesOption } from './checkoutFormParams';
import { checkoutFormResolver } from './checkoutFormResolver';
import { statusText as statusTextOf } from './CheckoutLiveRegion';
import type { CheckoutSessionCallbacks, CheckoutSettingsProps, CheckoutStatus } from './types';
import { useCheckoutSession } from './useCheckoutSession';
import { useCheckoutSettings } from './useCheckoutSettings';
import { findDeveloperError, useDeveloperError } from './useDeveloperError';
import { setupIssues } from './setupIssues';
import { createCheckoutFormGetters, type CheckoutFormGetters } from './createCheckoutFormGetters';

export interface UseCheckoutFormOptions extends CheckoutFormSource, CheckoutSessionCallbacks, CheckoutSettingsProps {
  /** Label overrides, merged over the locale's texts (e.g. `quantityRange`: "Choose a quantity from {min} to {max}."). Default: none. */
  labels?: Partial<CheckoutLabels>;
  /**
   * Last chance to change or cancel: gets the params about to be sent, returns them (changed or not),
   * or `false` to send nothing. May be async. Default: send as is.
   */
  onSubmit?: (params: CheckoutSessionParams) => CheckoutSessionParams | false | void | Promise<CheckoutSessionParams | false | void>;
}

export interface UseCheckoutFormResult extends CheckoutFormGetters {
  /** The react-hook-form instance (values, formState, setValue…). */
  form: UseFormReturn<CheckoutFormValues>;
  status: CheckoutStatus;
  /** True while pending or redirecting. */
  busy: boolean;
  /** "Creating your checkout…" / "Redirecting to payment…" / the stalled-redirect notice / ''. */
  statusText: string;
  /** What the polite live region says: each change of a quantity, the subtotal or the status, once. */
  announcement: string;
  /** The last request failure, else null. */
  error: CheckoutError | null;
  /** A setup mistake in the props (no request is ever sent while set), else null. */
  developerError: CheckoutError | null;
  /** What the form-level alert shows, else null: the setup error, the request error, or the empty-cart note. */
  alert: { error: CheckoutError | null; message?: string } | null;
  labels: CheckoutLabels;
  /** The requested locale (money is formatted in it). */
  locale: string;
  /** The language of the texts shown (the root's `lang`): `en` while the locale loads or when none matches. */
  lang: string;
  /** The direction of the texts shown (the root's `dir`). */
  dir: 'ltr' | 'rtl';
  items: CheckoutFormItem[];
  /** Formatted subtotal, when every line is valid, `currency` is set and items carry `unitAmount`. */
  subtotal?: string;
  /** "14-day free trial", when `trialPeriodDays` is set. */
  trialNote?: string;
  promotionCodes: PromotionCodesOption;
  paymentMethodTypes: PaymentMethodType[];
  /** The field error of item `index`'s quantity, if any (an invalid quantity shows it at once). */
  quantityError: (index: number) => string | undefined;
}

/**
 * The checkout form without markup: react-hook-form state on core's rules, the same request flow as
 * CheckoutButton, and prop getters that merge your handlers. CheckoutForm is this plus markup.
 */
export function useCheckoutForm(options: UseCheckoutFormOptions): UseCheckoutFormResult {
  const { config, locale: localeProp, labels: labelOverrides, onSubmit, onRequest, onSuccess, onBeforeRedirect, onError, redirect, ...source } = options;
  const { labels, locale, lang, dir, config: merged } = useCheckoutSettings({ config, locale: localeProp, labels: labelOverrides }, resolveLabels);
  const lineItems: LineItem[] = Array.isArray(source.lineItems) ? source.lineItems.filter((item) => typeof item === 'object' && item !== null) : [];
  // Untyped JavaScript may pass anything; the setup error names it, and the form still renders.
  const methods = Array.isArray(source.paymentMethodTypes) ? source.paymentMethodTypes : undefined;
  const safeSource: CheckoutFormSource = { ...source, lineItems, paymentMethodTypes: methods };

  const { lineItems: rawItems, successUrl, cancelUrl, mode, paymentMethodTypes, promotionCodes, allowQuantityEdit, currency, customer, trialPeriodDays, discounts, expand } = source;
  const setup = setupIssues(merged, { onSubmit, onRequest, onSuccess, onBeforeRedirect, onError, redirect });
  const setupKey = JSON.stringify(setup); // plain data: the memo below reruns only when the issues change
  const developerError = useMemo(() => {
    const { params, issues } = developerParams(source);
    return findDeveloperError('CheckoutForm', params, merged.baseUrl, [...issues, ...setup], formPropName);
  }, [rawItems, successUrl, cancelUrl, mode, paymentMethodTypes, promotionCodes, allowQuantityEdit, currency, customer, trialPeriodDays, discounts, expand, merged.baseUrl, setupKey]);
  useDeveloperError(developerError, onError);

  const session = useCheckoutSession(config, { onRequest, onSuccess, onBeforeRedirect, onError, redirect });
  const latest = useRef({ source: safeSource, locale, labels, onSubmit, baseUrl: merged.baseUrl, quantityRangeLabel: labels.quantityRange });
  latest.current = { source: safeSource, locale, labels, onSubmit, baseUrl: merged.baseUrl, quantityRangeLabel: labels.quantityRange };

  // `values` (not only defaultValues): new line items from the props reset the form; react-hook-form
  // compares deeply, so re-rendering with equal props keeps what the shopper entered.
  const values = useMemo(() => formDefaults(safeSource), [rawItems, paymentMethodTypes]);
  const resolver = useMemo(() => checkoutFormResolver(() => latest.current), []);
  const form = useForm<CheckoutFormValues>({ values, resolver, mode: 'onSubmit', reValidateMode: 'onChange' });
  const watched = useWatch({ control: form.control, name: 'items' }) ?? values.items;
  const lineCache = useRef(new WeakMap()).current;
  const summary = describeItems(lineItems, watched, { allowQuantityEdit: allowQuantityEdit === true, currency, locale, labels }, lineCache);

  // While busy every input is read-only (see the getters): the body sent is what the shopper sees.
  const busy = session.status === 'pending' || session.status === 'redirecting';
  const statusText = statusTextOf(session.status, labels, session.notice);
  const announcement = useAnnouncement(summary, statusText, labels, locale);
  const submitting = useRef(false);
  const submit = async (values: CheckoutFormValues) => {
    const { source: current, onSubmit: beforeSend, labels: currentLabels } = latest.current;
    const { params } = buildFormParams(current, values);
    if (params.lineItems.length === 0) {
      form.setError('root.cart', { type: 'empty', message: currentLabels.emptyCart });
      return;
    }
    const changed = beforeSend ? await beforeSend(params) : params;
    if (changed === false) return;
    await session.start(changed ?? params);
  };
  const handleSubmit = (event?: { preventDefault?: () => void }) => {
    event?.preventDefault?.();
    if (submitting.current || busy || developerError) return;
    submitting.current = true;
    if (session.error) session.reset(); // a stale server message must not sit beside new field errors
    void form.handleSubmit(submit)().finally(() => {
      submitting.current = false;
    });
  };

  const cartError = form.formState.errors.root?.cart;
  const shownError = session.errorHandled ? null : session.error; // onError returned false: the host shows its own
  const alert = developerError ? { error: developerError } : shownError ? { error: shownError } : cartError ? { error: null, message: cartError.message } : null;
  // Move focus to each new request error or empty-cart note (new objects per failure), never to a
  // setup error on page load, and never away from a field react-hook-form just focused.
  const alertRef = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (shownError || cartError) alertRef.current?.focus();
  }, [shownError, cartError]);

  // The submit button stays focusable while busy (aria-disabled, not disabled), takes focus when a
  // request starts from the keyboard elsewhere in the form, and gets it back after a bfcache return.
  const submitRef = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    if (busy) focusSubmit(submitRef.current);
  }, [busy]);
  useEffect(() => {
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) focusSubmit(submitRef.current);
    };
    window.addEventListener('pageshow', onPageShow);
    return () => window.removeEventListener('pageshow', onPageShow);
  }, []);

  const baseId = useId();
  const getters = createCheckoutFormGetters({ baseId, form, summary, labels, values, busy, blocked: developerError !== null, handleSubmit, alertRef, submitRef, lang, dir });
  return {
    ...getters,
    form,
    status: session.status,
    busy,
    statusText,
    announcement,
    error: session.error,
    developerError,
    alert,
    labels,
    locale,
    lang,
    dir,
    items: summary.items,
    subtotal: summary.subtotal,
    trialNote: trialPeriodDays ? fillLabel(labels.trial, { days: trialPeriodDays }, locale) : undefined,
    promotionCodes: promotionCodes ?? 'hidden',
    paymentMethodTypes: methods ?? [defaultPaymentMethod(safeSource)],
    quantityError: (index) => form.formState.errors.items?.[index]?.quantity?.message ?? summary.items[index]?.invalidMessage,
  };
}

/** Focuses the submit button unless the shopper has put focus somewhere else on the page. */
function focusSubmit(button: HTMLButtonElement | null): void {
  if (!button) return;
  const page = button.ownerDocument.activeElement;
  const inside = (button.getRootNode() as Document | ShadowRoot).activeElement;
  if (!page || page === button.ownerDocument.body || (inside && button.form?.contains(inside))) button.focus();
}

/**
 * The live region's text: after each render that changed a quantity, the subtotal or the status, one
 * sentence with each change, so a screen reader hears every change once and nothing twice.
 */
function useAnnouncement(summary: CheckoutFormSummary, statusText: string, labels: CheckoutLabels, locale: string): string {
  const [announcement, setAnnouncement] = useState('');
  const before = useRef<{ quantities: number[]; subtotal?: string; statusText: string } | null>(null);
  const quantities = summary.items.map((line) => line.quantity);
  useEffect(() => {
    const previous = before.current;
    before.current = { quantities, subtotal: summary.subtotal, statusText };
    if (!previous) return;
    const parts: string[] = [];
    for (const line of summary.items) {
      if (Object.is(line.quantity, previous.quantities[line.index])) continue;
      parts.push(line.valid ? fillLabel(labels.quantityAnnouncement, { name: line.name, quantity: line.quantity }, locale) : line.invalidMessage!);
    }
    if (summary.subtotal && summary.subtotal !== previous.subtotal) parts.push(fillLabel(labels.subtotalAnnouncement, { amount: summary.subtotal }, locale));
    if (statusText && statusText !== previous.statusText) parts.push(statusText);
    if (parts.length > 0) setAnnouncement(parts.map((part) => (/[.!?。…]$/.test(part) ? part : `${part}.`)).join(' '));
    // The request ended (an error is announced by its alert): no "Creating your checkout…" left behind.
    else if (!statusText && previous.statusText) setAnnouncement('');
  }, [quantities.join(' '), summary.subtotal, statusText]);
  return announcement;
}
