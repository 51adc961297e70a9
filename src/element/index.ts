// checkout-widget/element: the web components for bundler users. Importing it registers
// <checkout-button> and <checkout-form> (a side effect, declared in package.json "sideEffects").
import { defineCheckoutElements } from './define';

export { mount } from './mount';
export type { MountOptions, MountedWidget } from './mount';
export type { WidgetKind } from './options';
export { CheckoutButtonElement, CheckoutFormElement, CheckoutElement } from './CheckoutElement';
export { attributeNames } from './attributes';
export { version } from './version';
export { registerLocale } from '../i18n/registry';
export type { NavigationTarget } from './navigationTarget';

defineCheckoutElements();

declare global {
  interface HTMLElementTagNameMap {
    'checkout-button': import('./CheckoutElement').CheckoutButtonElement;
    'checkout-form': import('./CheckoutElement').CheckoutFormElement;
  }
}
