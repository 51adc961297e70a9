import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { CheckoutSessionParams } from '../core/types';
import { resolveCommonLabels } from '../i18n/commonLabels';
import { CheckoutAlert } from './CheckoutAlert';
import { CheckoutLiveRegion, statusText } from './CheckoutLiveRegion';
import { cx } from './cx';
import type { CheckoutSessionCallbacks, CheckoutSettingsProps, CheckoutStylingProps } from './types';
import { useCheckoutSession } from './useCheckoutSession';
import { useCheckoutSettings } from './useCheckoutSettings';
import { findDeveloperError, useDeveloperError } from './useDeveloperError';
import { setupIssues } from './setupIssues';

/**
 * Every checkout session param (`lineItems`, `successUrl`, `cancelUrl`, `mode`, `allowPromotionCodes`,
 * `discounts`, `currency`, `customer`, `paymentMethodTypes`, `subscriptionData`, `expand`) as a prop,
 * plus the settings, callbacks and styling shared by all components.
 */
export interface CheckoutButtonProps extends CheckoutSessionParams, CheckoutSessionCallbacks, CheckoutSettingsProps, CheckoutStylingProps {
  /** The button's label. Default: `labels.checkout` ("Checkout" in English). */
  children?: ReactNode;
  /** Disables the button (no request is possible). Default: `false`. */
  disabled?: boolean;
}

/**
 * A button that creates a checkout session and sends the shopper to the hosted payment page.
 * While busy it is disabled and aria-busy, shows a spinner and "Redirecting…" and announces it; a
 * failure shows a role="alert" message below it and the button works again.
 */
export function CheckoutButton(props: CheckoutButtonProps) {
  const { config, locale, labels: labelOverrides, className, unstyled, disabled, children, onRequest, onSuccess, onBeforeRedirect, onError, redirect, ...rest } = props;
  const { labels, config: merged, lang, dir } = useCheckoutSettings({ config, locale, labels: labelOverrides }, resolveCommonLabels);
  const params = pickParams(rest);
  // The full params check runs when the props it reads change, not on every render.
  const setup = setupIssues(merged, { onRequest, onSuccess, onBeforeRedirect, onError, redirect });
  const setupKey = JSON.stringify(setup);
  const { lineItems, successUrl, cancelUrl, mode, allowPromotionCodes, discounts, currency, customer, paymentMethodTypes, subscriptionData, expand } = params;
  const developerError = useMemo(
    () => findDeveloperError('CheckoutButton', params, merged.baseUrl, setup),
    [lineItems, successUrl, cancelUrl, mode, allowPromotionCodes, discounts, currency, customer, paymentMethodTypes, subscriptionData, expand, merged.baseUrl, setupKey],
  );
  useDeveloperError(developerError, onError);
  const session = useCheckoutSession(config, { onRequest, onSuccess, onBeforeRedirect, onError, redirect });
  const busy = session.status === 'pending' || session.status === 'redirecting';
  const text = statusText(session.status, labels, session.notice);

  const buttonRef = useRef<HTMLButtonElement>(null);
  const alertRef = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (session.error && !session.errorHandled) alertRef.current?.focus();
  }, [session.error, session.errorHandled]);
  // A disabled button drops focus to <body>; when the checkout stays on the page, give it back.
  const wasBusy = useRef(false);
  useEffect(() => {
    const button = buttonRef.current;
    if (wasBusy.current && session.status === 'idle' && button && button.ownerDocument.activeElement === button.ownerDocument.body) button.focus();
    wasBusy.current = busy;
  }, [busy, session.status]);

  const alertError = developerError ?? (session.errorHandled ? null : session.error);
  return (
    <span className={cx(!unstyled && 'cw-root', 'cw-checkout-button', className)} data-part="root" lang={lang} dir={dir}>
      <button
        ref={buttonRef}
        type="button"
        className="cw-button"
        data-part="button"
        disabled={disabled || busy || developerError !== null}
        aria-busy={busy || undefined}
        onClick={() => {
          if (!developerError) void session.start(params);
        }}
      >
        {busy ? <span className="cw-spinner" data-part="spinner" aria-hidden="true" /> : null}
        <span className="cw-button-label">{busy ? text : children ?? labels.checkout}</span>
      </button>
      <CheckoutLiveRegion text={text} />
      {alertError ? <CheckoutAlert error={alertError} labels={labels} alertRef={alertRef} /> : null}
    </span>
  );
}

/** Only the session params, so unknown props from untyped callers never reach the request. */
function pickParams(props: CheckoutSessionParams): CheckoutSessionParams {
  const { lineItems, successUrl, cancelUrl, mode, allowPromotionCodes, discounts, currency, customer, paymentMethodTypes, subscriptionData, expand } = props;
  return { lineItems, successUrl, cancelUrl, mode, allowPromotionCodes, discounts, currency, customer, paymentMethodTypes, subscriptionData, expand };
}
