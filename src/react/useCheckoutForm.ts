import { useEffect, useId, useMemo, useRef } from 'react';
import { useForm, useWatch, type UseFormReturn } from 'react-hook-form';
import type { CheckoutError } from '../core/errors';
import { fillLabel, type CheckoutLabels } from '../core/labels';
import type { CheckoutSessionParams, LineItem, PaymentMethodType } from '../core/types';
import { resolveLabels } from '../i18n/labels';
import { describeItems, type CheckoutFormItem } from './checkoutFormItems';
import { buildFormParams, defaultPaymentMethod, developerParams, formDefaults, formPropName, type CheckoutFormSource, type CheckoutFormValues, type PromotionCodesOption } from './checkoutFormParams';
import { checkoutFormResolver } from './checkoutFormResolver';
import { statusText } from './CheckoutStatus';
import type { CheckoutSessionCallbacks, CheckoutSettingsProps, CheckoutStatus } from './types';
import { useCheckoutSession } from './useCheckoutSession';
import { useCheckoutSettings } from './useCheckoutSettings';
import { findDeveloperError, useDeveloperError } from './useDeveloperError';
import { setupIssues } from './setupIssues';
import { createCheckoutFormGetters, type CheckoutFormGetters } from './createCheckoutFormGetters';

export interface UseCheckoutFormOptions extends CheckoutFormSource, CheckoutSessionCallbacks, CheckoutSettingsProps {
  /** Label overrides; `quantityRange` ("Choose a quantity from {min} to {max}.") is form-only. Default: none. */
  labels?: Partial<CheckoutLabels> & { quantityRange?: string };
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
  /** "Creating your checkout…" / "Redirecting to payment…" / '' for the live region. */
  statusText: string;
  /** The last request failure, else null. */
  error: CheckoutError | null;
  /** A setup mistake in the props (no request is ever sent while set), else null. */
  developerError: CheckoutError | null;
  /** What the form-level alert shows, else null: the setup error, the request error, or the empty-cart note. */
  alert: { error: CheckoutError | null; message?: string } | null;
  labels: CheckoutLabels;
  locale: string;
  items: CheckoutFormItem[];
  /** Formatted subtotal, when `currency` is set and items carry `unitAmount`. */
  subtotal?: string;
  /** "14-day free trial", when `trialPeriodDays` is set. */
  trialNote?: string;
  promotionCodes: PromotionCodesOption;
  paymentMethodTypes: PaymentMethodType[];
  /** The field error of item `index`'s quantity, if any. */
  quantityError: (index: number) => string | undefined;
}

/**
 * The checkout form without markup: react-hook-form state on core's rules, the same request flow as
 * CheckoutButton, and prop getters that merge your handlers. CheckoutForm is this plus markup.
 */
export function useCheckoutForm(options: UseCheckoutFormOptions): UseCheckoutFormResult {
  const { config, locale: localeProp, labels: labelOverrides, onSubmit, onRequest, onSuccess, onBeforeRedirect, onError, redirect, ...source } = options;
  const { labels, locale, config: merged } = useCheckoutSettings({ config, locale: localeProp, labels: labelOverrides }, resolveLabels);
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
  const latest = useRef({ source: safeSource, locale, labels, onSubmit, baseUrl: merged.baseUrl, quantityRangeLabel: labelOverrides?.quantityRange });
  latest.current = { source: safeSource, locale, labels, onSubmit, baseUrl: merged.baseUrl, quantityRangeLabel: labelOverrides?.quantityRange };

  // `values` (not only defaultValues): new line items from the props reset the form; react-hook-form
  // compares deeply, so re-rendering with equal props keeps what the shopper entered.
  const values = useMemo(() => formDefaults(safeSource), [rawItems, paymentMethodTypes]);
  const resolver = useMemo(() => checkoutFormResolver(() => latest.current), []);
  const form = useForm<CheckoutFormValues>({ values, resolver, mode: 'onSubmit', reValidateMode: 'onChange' });
  const watched = useWatch({ control: form.control, name: 'items' }) ?? values.items;
  const summary = describeItems(lineItems, watched, { allowQuantityEdit: allowQuantityEdit === true, currency, locale, labels });

  const busy = session.status === 'pending' || session.status === 'redirecting';
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

  const baseId = useId();
  const getters = createCheckoutFormGetters({ baseId, form, summary, labels, values, busy, blocked: developerError !== null, handleSubmit, alertRef });
  return {
    ...getters,
    form,
    status: session.status,
    busy,
    statusText: statusText(session.status, labels),
    error: session.error,
    developerError,
    alert,
    labels,
    locale,
    items: summary.items,
    subtotal: summary.subtotal,
    trialNote: trialPeriodDays ? fillLabel(labels.trial, { days: trialPeriodDays }) : undefined,
    promotionCodes: promotionCodes ?? 'hidden',
    paymentMethodTypes: methods ?? [defaultPaymentMethod(safeSource)],
    quantityError: (index) => form.formState.errors.items?.[index]?.quantity?.message,
  };
}
