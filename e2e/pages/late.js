// Properties set before the elements are defined land on the plain element; the widget must pick
// them up when the script arrives and upgrades the elements.
document.getElementById('late-form').config = {
  lineItems: [{ price: 'price_late_a', name: 'Notebook', unitAmount: 900, quantity: 1 }],
  currency: 'eur',
};
document.getElementById('late-button').quantity = 3;

setTimeout(() => {
  const script = document.createElement('script');
  script.src = '/checkout-widget.iife.js';
  document.head.append(script);
}, 300);
