import type { ReactNode } from 'react';
import { CheckoutAlert } from './CheckoutAlert';
import { CheckoutLineItem } from './CheckoutLineItem';
import { CheckoutLiveRegion } from './CheckoutLiveRegion';
import { cx } from './cx';
import type { CheckoutStylingProps } from './types';
import { useCheckoutForm, type UseCheckoutFormOptions } from './useCheckoutForm';

export interface CheckoutFormProps extends UseCheckoutFormOptions, CheckoutStylingProps {
  /** The submit button's label. Default: `labels.pay` ("Continue to payment"). */
  submitLabel?: ReactNode;
}

/**
 * An order summary with quantities, promotion codes and a payment method choice that creates a
 * checkout session on submit and sends the shopper to the hosted payment page. Built on useCheckoutForm.
 * The root carries the `lang` and `dir` of the texts shown; inputs are read-only while a request runs.
 */
export function CheckoutForm({ className, unstyled, submitLabel, ...options }: CheckoutFormProps) {
  const checkout = useCheckoutForm(options);
  const { labels, items, busy } = checkout;
  const alertProps = checkout.getAlertProps();
  const allRemoved = items.length > 0 && items.every((line) => line.removed);
  return (
    <form {...checkout.getFormProps({ className: cx(!unstyled && 'cw-root', 'cw-checkout-form', className) })}>
      {checkout.alert ? (
        <CheckoutAlert error={checkout.alert.error} message={checkout.alert.message} labels={labels} alertRef={alertProps.ref} id={alertProps.id} />
      ) : null}
      <ul className="cw-items" aria-label={labels.orderSummary}>
        {items.map((line) => (
          <CheckoutLineItem key={line.index} line={line} error={checkout.quantityError(line.index)} checkout={checkout} />
        ))}
      </ul>
      {allRemoved ? <p className="cw-note">{labels.emptyCart}</p> : null}
      {checkout.subtotal !== undefined ? (
        <dl className="cw-summary">
          <div className="cw-summary-row">
            <dt>{labels.subtotal}</dt>
            <dd data-part="subtotal">
              <bdi className="cw-money">{checkout.subtotal}</bdi>
            </dd>
          </div>
        </dl>
      ) : null}
      {checkout.trialNote ? <p className="cw-note cw-trial">{checkout.trialNote}</p> : null}
      {checkout.promotionCodes === 'toggle' ? (
        <label className="cw-choice">
          <input {...checkout.getPromotionToggleProps({ className: 'cw-checkbox' })} />
          <span>{labels.promotionCode}</span>
        </label>
      ) : checkout.promotionCodes === 'on' ? (
        <p className="cw-note">{labels.promotionCodeOn}</p>
      ) : null}
      {checkout.paymentMethodTypes.length > 1 ? (
        <fieldset className="cw-methods" data-part="payment-methods">
          <legend className="cw-legend">{labels.paymentMethod}</legend>
          {checkout.paymentMethodTypes.map((type) => (
            <label className="cw-choice" key={type}>
              <input {...checkout.getPaymentMethodProps(type, { className: 'cw-radio' })} />
              <span>{labels[type] ?? type}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      <button {...checkout.getSubmitProps({ className: 'cw-button cw-submit' })}>
        {busy ? <span className="cw-spinner" data-part="spinner" aria-hidden="true" /> : null}
        <span className="cw-button-label">{busy ? checkout.statusText : submitLabel ?? labels.pay}</span>
      </button>
      {/* One polite live region: each quantity, subtotal and status change is announced once. */}
      <CheckoutLiveRegion text={checkout.announcement} />
    </form>
  );
}
