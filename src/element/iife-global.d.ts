// Types of the script-tag bundle (dist/checkout-widget.iife.js): it defines one global, CheckoutWidget.
import type { CheckoutButtonElement, CheckoutFormElement, mount, registerLocale } from './index.js';

export interface CheckoutWidgetGlobal {
  mount: typeof mount;
  version: string;
  /** Adds a locale or overrides texts of a shipped one; the shipped locales load from `locales/<code>.js` beside the script. */
  registerLocale: typeof registerLocale;
  CheckoutButtonElement: typeof CheckoutButtonElement;
  CheckoutFormElement: typeof CheckoutFormElement;
}

declare global {
  var CheckoutWidget: CheckoutWidgetGlobal;
}

export {};
