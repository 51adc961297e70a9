import { memo } from 'react';
import type { CheckoutFormItem } from './checkoutFormItems';
import { cx } from './cx';
import type { UseCheckoutFormResult } from './useCheckoutForm';

export interface CheckoutLineItemProps {
  line: CheckoutFormItem;
  /** The quantity's field error, if any. */
  error: string | undefined;
  checkout: UseCheckoutFormResult;
}

/**
 * One row of CheckoutForm's order summary: image, name, unit price, quantity (editable or not), line
 * total (none while the quantity is invalid: its error shows instead). Memoised on what it shows: a quantity edit re-renders its own row, not all of them (the bench's
 * 100-item form). `checkout` is left out of the comparison on purpose: its getters are new on every
 * render but read live form state when called, and a row's markup depends only on the fields compared.
 */
export const CheckoutLineItem = /* @__PURE__ */ memo(function CheckoutLineItem({ line, error, checkout }: CheckoutLineItemProps) {
  const { index, item, name, quantity, range, removed, unitPrice, lineTotal, interval } = line;
  const { labels } = checkout;
  return (
    <li {...checkout.getLineItemProps(index, { className: cx('cw-item', removed && 'cw-item-removed') })}>
      {item.image ? <img className="cw-item-image" src={item.image} alt="" width={48} height={48} loading="lazy" /> : null}
      <span className="cw-item-details">
        {/* <bdi>: a Hebrew name in an English form (or a Latin one in Arabic) keeps its own direction. */}
        <span {...checkout.getItemNameProps(index, { className: 'cw-item-name' })}>
          <bdi>{name}</bdi>
        </span>
        {unitPrice || interval ? (
          <span className="cw-item-price">
            {unitPrice ? <span className="cw-visually-hidden">{labels.unitPrice} </span> : null}
            {unitPrice ? <bdi className="cw-money">{unitPrice}</bdi> : null}
            {unitPrice && interval ? ' ' : null}
            {interval}
          </span>
        ) : null}
      </span>
      {range.editable ? (
        <span className="cw-quantity">
          <span {...checkout.getQuantityLabelProps(index, { className: 'cw-quantity-label' })}>{labels.quantity}</span>
          <span className="cw-stepper">
            <button {...checkout.getDecrementProps(index, { className: 'cw-step' })}>−</button>
            <input {...checkout.getQuantityInputProps(index, { className: 'cw-quantity-input' })} />
            <button {...checkout.getIncrementProps(index, { className: 'cw-step' })}>+</button>
          </span>
          {range.removable ? (
            <button {...checkout.getRemoveProps(index, { className: 'cw-remove' })}>
              <span aria-hidden="true">×</span>
            </button>
          ) : null}
        </span>
      ) : (
        <span className="cw-quantity-fixed">
          <span className="cw-visually-hidden">{labels.quantity} </span>
          <span aria-hidden="true">× </span>
          {quantity}
        </span>
      )}
      {lineTotal ? (
        <span className="cw-item-total">
          <span className="cw-visually-hidden">{labels.lineTotal} </span>
          <bdi className="cw-money">{lineTotal}</bdi>
        </span>
      ) : null}
      {error ? <span {...checkout.getQuantityErrorProps(index, { className: 'cw-field-error' })}>{error}</span> : null}
    </li>
  );
}, sameRow);

function sameRow(before: CheckoutLineItemProps, after: CheckoutLineItemProps): boolean {
  const [a, b] = [before.line, after.line];
  return (
    before.error === after.error &&
    before.checkout.labels === after.checkout.labels &&
    before.checkout.busy === after.checkout.busy && // read-only while busy
    a.index === b.index &&
    a.item === b.item &&
    a.name === b.name &&
    Object.is(a.quantity, b.quantity) &&
    a.removed === b.removed &&
    a.valid === b.valid &&
    a.unitPrice === b.unitPrice &&
    a.lineTotal === b.lineTotal &&
    a.interval === b.interval &&
    a.range.editable === b.range.editable &&
    a.range.minimum === b.range.minimum &&
    a.range.maximum === b.range.maximum &&
    a.range.removable === b.range.removable
  );
}
