// Types of the script-tag bundle (dist/checkout-widget.iife.js): it defines one global, CheckoutWidget.
import type { CheckoutButtonElement, CheckoutFormElement, mount } from './index.js';

export interface CheckoutWidgetGlobal {
  mount: typeof mount;
  version: string;
  CheckoutButtonElement: typeof CheckoutButtonElement;
  CheckoutFormElement: typeof CheckoutFormElement;
}

declare global {
  var CheckoutWidget: CheckoutWidgetGlobal;
}

export {};
