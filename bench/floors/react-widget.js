// The widget's React form as a shop's bundler ships it: dist/index.js's CheckoutForm with React 19.
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { CheckoutForm } from 'checkout-widget-dist';

window.__benchMount = (host, { lineItems }) => {
  const root = createRoot(host);
  root.render(h(CheckoutForm, { lineItems, successUrl: `${location.origin}/thanks`, allowQuantityEdit: true, currency: 'eur', paymentMethodTypes: ['card', 'paypal'] }));
  return { unmount: () => root.unmount() };
};
