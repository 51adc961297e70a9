// The form half of the script tag: React (Preact in the IIFE) + react-hook-form + CheckoutForm. Kept
// out of the main file, it is loaded only when a <checkout-form> or mount({ kind: 'form' }) appears:
// as dist/checkout-widget-form.js beside the IIFE (formChunk.iife.ts), or by import() for bundlers.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { CheckoutForm, type CheckoutFormProps } from '../react/CheckoutForm';

export interface FormView {
  render(props: CheckoutFormProps): void;
  unmount(): void;
}

/** Renders CheckoutForm into `container` (a node inside the widget's shadow root). */
export function mountFormView(container: HTMLElement): FormView {
  const root = createRoot(container);
  return {
    render: (props) => root.render(createElement(CheckoutForm, props)),
    unmount: () => root.unmount(),
  };
}
