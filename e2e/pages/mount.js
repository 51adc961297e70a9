// A storefront that builds its UI in script: mount() a button and keep the handle to update it.
window.mountedButton = CheckoutWidget.mount(document.getElementById('button-slot'), {
  kind: 'button',
  lineItems: [{ price: 'price_mounted' }],
  successUrl: '/thanks.html?session={CHECKOUT_SESSION_ID}',
  label: 'Mounted buy',
});
