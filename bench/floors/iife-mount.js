// The script-tag form: CheckoutWidget.mount() of dist/checkout-widget.iife.js (the form chunk loads beside it).
window.__benchMount = (host, { lineItems }) =>
  window.CheckoutWidget.mount(host, { kind: 'form', lineItems, successUrl: `${location.origin}/thanks`, allowQuantityEdit: true, currency: 'eur', paymentMethodTypes: ['card', 'paypal'] });
