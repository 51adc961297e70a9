import { CheckoutButtonElement, CheckoutFormElement } from './CheckoutElement';

/**
 * Registers <checkout-button> and <checkout-form> unless something already did (a second copy of the
 * script, another bundle): redefining a name throws, and the first definition keeps its elements.
 */
export function defineCheckoutElements(): void {
  if (typeof customElements === 'undefined') return;
  for (const [name, element] of [['checkout-button', CheckoutButtonElement], ['checkout-form', CheckoutFormElement]] as const) {
    if (!customElements.get(name)) customElements.define(name, element);
  }
}
