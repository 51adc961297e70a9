import type { ButtonHTMLAttributes, FormEvent, FormHTMLAttributes, HTMLAttributes, InputHTMLAttributes, LiHTMLAttributes, MutableRefObject, Ref, RefCallback } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { fillLabel, type CheckoutLabels } from '../core/labels';
import { clampQuantity } from '../core/quantity';
import type { PaymentMethodType } from '../core/types';
import type { CheckoutFormSummary } from './checkoutFormItems';
import type { CheckoutFormValues } from './checkoutFormParams';
import { composeHandlers, mergeRefs } from './composeHandlers';

/** What a getter takes: your props, with an optional ref of yours. */
type WithRef<A, E> = A & { ref?: Ref<E> };
/** What a ref-carrying getter returns: a callback ref feeding yours and the widget's. */
type WithMergedRef<A, E> = A & { ref: RefCallback<E> };
type Part = { 'data-part'?: string };

/**
 * Prop getters: spread them on your elements, passing your own props through them so handlers and
 * refs are merged (yours run first; set `event.preventCheckoutDefault = true` to skip ours).
 */
export interface CheckoutFormGetters {
  getFormProps: (props?: FormHTMLAttributes<HTMLFormElement>) => FormHTMLAttributes<HTMLFormElement> & Part;
  getLineItemProps: (index: number, props?: LiHTMLAttributes<HTMLLIElement>) => LiHTMLAttributes<HTMLLIElement> & Part;
  /** The element holding the item's name (the quantity controls are labelled by it). */
  getItemNameProps: (index: number, props?: HTMLAttributes<HTMLElement>) => HTMLAttributes<HTMLElement>;
  /** The visible "Quantity" text of an item. */
  getQuantityLabelProps: (index: number, props?: HTMLAttributes<HTMLElement>) => HTMLAttributes<HTMLElement>;
  getQuantityInputProps: (index: number, props?: WithRef<InputHTMLAttributes<HTMLInputElement>, HTMLInputElement>) => WithMergedRef<InputHTMLAttributes<HTMLInputElement>, HTMLInputElement> & Part;
  getDecrementProps: (index: number, props?: ButtonHTMLAttributes<HTMLButtonElement>) => ButtonHTMLAttributes<HTMLButtonElement> & Part;
  getIncrementProps: (index: number, props?: ButtonHTMLAttributes<HTMLButtonElement>) => ButtonHTMLAttributes<HTMLButtonElement> & Part;
  getRemoveProps: (index: number, props?: ButtonHTMLAttributes<HTMLButtonElement>) => ButtonHTMLAttributes<HTMLButtonElement> & Part;
  /** The field error element of an item's quantity (referenced by aria-describedby). */
  getQuantityErrorProps: (index: number, props?: HTMLAttributes<HTMLElement>) => HTMLAttributes<HTMLElement>;
  getPromotionToggleProps: (props?: WithRef<InputHTMLAttributes<HTMLInputElement>, HTMLInputElement>) => WithMergedRef<InputHTMLAttributes<HTMLInputElement>, HTMLInputElement> & Part;
  getPaymentMethodProps: (type: PaymentMethodType, props?: WithRef<InputHTMLAttributes<HTMLInputElement>, HTMLInputElement>) => WithMergedRef<InputHTMLAttributes<HTMLInputElement>, HTMLInputElement> & Part;
  /** The submit button: aria-disabled (still focusable) and aria-busy while a request runs. */
  getSubmitProps: (props?: WithRef<ButtonHTMLAttributes<HTMLButtonElement>, HTMLButtonElement>) => WithMergedRef<ButtonHTMLAttributes<HTMLButtonElement>, HTMLButtonElement> & Part;
  /** The form-level alert: role="alert", focusable (focus moves there on a request error). */
  getAlertProps: (props?: WithRef<HTMLAttributes<HTMLElement>, HTMLElement>) => WithMergedRef<HTMLAttributes<HTMLElement>, HTMLElement> & Part;
}

interface GetterInputs {
  baseId: string;
  form: UseFormReturn<CheckoutFormValues>;
  summary: CheckoutFormSummary;
  labels: CheckoutLabels;
  values: CheckoutFormValues;
  busy: boolean;
  /** A setup error: nothing may be sent. */
  blocked: boolean;
  handleSubmit: (event?: FormEvent) => void;
  alertRef: MutableRefObject<HTMLElement | null>;
  submitRef: MutableRefObject<HTMLButtonElement | null>;
  /** The language and direction of the texts shown, set on the root. */
  lang: string;
  dir: 'ltr' | 'rtl';
}

export function createCheckoutFormGetters(inputs: GetterInputs): CheckoutFormGetters {
  const { baseId, form, summary, labels, values, busy, blocked, handleSubmit, alertRef, submitRef, lang, dir } = inputs;
  const id = (index: number, what: string) => `${baseId}-item${index}-${what}`;
  const field = (index: number) => `items.${index}.quantity` as const;
  // The submit's error, else the live one: an invalid quantity is flagged as soon as it is typed.
  const errorOf = (index: number) => form.formState.errors.items?.[index]?.quantity?.message ?? summary.items[index]?.invalidMessage;
  const nameOf = (index: number) => summary.items[index]?.name ?? '';
  const setQuantity = (index: number, next: number) => {
    if (busy) return; // read-only while a request is pending: what is sent is what is shown
    form.setValue(field(index), next, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
  };
  const step = (index: number, delta: number) => {
    const line = summary.items[index];
    if (!line) return;
    const current = form.getValues(field(index));
    const next = clampQuantity(Number.isFinite(current) ? current + delta : line.range.minimum, line.range);
    if (next !== current) setQuantity(index, next);
  };
  // aria-disabled (not disabled) at the bounds, so the focused stepper keeps focus.
  const stepper = (index: number, delta: number, label: string, atBound: boolean, props: ButtonHTMLAttributes<HTMLButtonElement>) => ({
    ...props,
    type: 'button' as const,
    'aria-label': fillLabel(label, { name: nameOf(index) }),
    'aria-controls': id(index, 'quantity'),
    'aria-disabled': atBound || busy || undefined,
    onClick: composeHandlers(props.onClick, () => step(index, delta)),
  });
  // Checkboxes and radios have no read-only state, and cancelling their click does not stop React's
  // onChange: while busy they are disabled (focus is on the submit button then, see useCheckoutForm).
  const choice = <E extends HTMLInputElement>(props: WithRef<InputHTMLAttributes<E>, E>) => (busy ? { ...props, disabled: true } : props);
  const quantity = (index: number) => summary.items[index]?.quantity ?? 0;
  const range = (index: number) => summary.items[index]?.range ?? { minimum: 0, maximum: 0 };
  const registered = <E extends HTMLInputElement>(name: Parameters<typeof form.register>[0], props: WithRef<InputHTMLAttributes<E>, E>, options?: { valueAsNumber: true }) => {
    const registration = form.register(name, options);
    return {
      ...props,
      name: registration.name,
      onChange: composeHandlers(props.onChange, registration.onChange),
      onBlur: composeHandlers(props.onBlur, registration.onBlur),
      ref: (props.ref ? mergeRefs(props.ref, registration.ref) : registration.ref) as RefCallback<E>,
    };
  };

  return {
    getFormProps: (props = {}) => ({ noValidate: true, 'data-part': 'root', lang, dir, ...props, onSubmit: composeHandlers(props.onSubmit, handleSubmit) }),
    getLineItemProps: (index, props = {}) => ({ 'data-part': 'line-item', ...props }),
    getItemNameProps: (index, props = {}) => ({ ...props, id: id(index, 'name') }),
    getQuantityLabelProps: (index, props = {}) => ({ ...props, id: id(index, 'quantity-label') }),
    getQuantityErrorProps: (index, props = {}) => ({ ...props, id: id(index, 'error') }),
    getQuantityInputProps: (index, props = {}) => {
      const error = errorOf(index);
      return {
        ...registered(field(index), props, { valueAsNumber: true }),
        type: 'number',
        inputMode: 'numeric',
        step: 1,
        min: range(index).minimum,
        max: range(index).maximum,
        id: id(index, 'quantity'),
        readOnly: busy || props.readOnly,
        defaultValue: values.items[index]?.quantity,
        'aria-labelledby': `${id(index, 'quantity-label')} ${id(index, 'name')}`,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': error ? id(index, 'error') : props['aria-describedby'],
        'data-part': 'quantity-input',
      };
    },
    getDecrementProps: (index, props = {}) => stepper(index, -1, labels.decreaseQuantity, quantity(index) <= range(index).minimum, props),
    getIncrementProps: (index, props = {}) => stepper(index, 1, labels.increaseQuantity, quantity(index) >= range(index).maximum, props),
    getRemoveProps: (index, props = {}) => ({
      ...props,
      type: 'button',
      'aria-label': fillLabel(labels.remove, { name: nameOf(index) }),
      'aria-disabled': quantity(index) === 0 || busy || undefined,
      onClick: composeHandlers(props.onClick, () => setQuantity(index, 0)),
    }),
    getPromotionToggleProps: (props = {}) => ({
      ...registered('promotionCode', choice(props)),
      type: 'checkbox',
      id: `${baseId}-promotion`,
      defaultChecked: values.promotionCode,
      'data-part': 'promotion-toggle',
    }),
    getPaymentMethodProps: (type, props = {}) => ({
      ...registered('paymentMethod', choice(props)),
      type: 'radio',
      value: type,
      id: `${baseId}-method-${type}`,
      defaultChecked: values.paymentMethod === type,
    }),
    getSubmitProps: (props = {}) => ({
      'data-part': 'submit',
      ...props,
      ref: mergeRefs(props.ref, submitRef),
      type: 'submit',
      // Not `disabled` while busy: a disabled button drops focus to <body>; the form ignores submits then.
      disabled: props.disabled || blocked,
      'aria-disabled': busy || undefined,
      'aria-busy': busy || undefined,
    }),
    getAlertProps: (props = {}) => ({
      ...props,
      id: `${baseId}-alert`,
      role: 'alert',
      tabIndex: -1,
      ref: mergeRefs(props.ref, alertRef),
      'data-part': 'alert',
    }),
  };
}
