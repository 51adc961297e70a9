// Floor for the script-tag form: the same markup as CheckoutForm (rows with −/input/+ and a line
// total, subtotal, payment methods, submit) in plain Preact with useState. One cached formatter, no
// checks, no live region, no form library: the least this UI can cost in Preact.
import { h, render } from 'preact';
import { useState } from 'preact/hooks';

const money = new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const format = (minor) => money.format(minor / 100);

function Row({ item, quantity, setQuantity }) {
  return h('li', { class: 'cw-item' }, [
    h('span', { class: 'cw-item-name' }, item.name),
    h('span', { class: 'cw-item-price' }, format(item.unitAmount)),
    h('button', { type: 'button', 'aria-label': `Decrease quantity of ${item.name}`, onClick: () => setQuantity(Math.max(0, quantity - 1)) }, '−'),
    h('input', { type: 'number', min: 0, max: 10, value: quantity, 'aria-label': `Quantity of ${item.name}`, onInput: (event) => setQuantity(Number(event.currentTarget.value)) }),
    h('button', { type: 'button', 'aria-label': `Increase quantity of ${item.name}`, onClick: () => setQuantity(Math.min(10, quantity + 1)) }, '+'),
    h('span', { class: 'cw-item-total' }, format(item.unitAmount * quantity)),
  ]);
}

function FloorForm({ lineItems }) {
  const [quantities, setQuantities] = useState(() => lineItems.map((item) => item.quantity ?? 1));
  const [method, setMethod] = useState('card');
  const total = lineItems.reduce((sum, item, i) => sum + item.unitAmount * quantities[i], 0);
  const onSubmit = (event) => {
    event.preventDefault();
    fetch('/checkout/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ line_items: lineItems.map((item, i) => ({ price: item.price, quantity: quantities[i] })), payment_method_types: [method] }) })
      .then((response) => response.json())
      .then((session) => location.assign(session.url));
  };
  return h('form', { class: 'cw-root cw-checkout-form', onSubmit }, [
    h('ul', { class: 'cw-items', 'aria-label': 'Order summary' },
      lineItems.map((item, i) => h(Row, { key: item.price, item, quantity: quantities[i], setQuantity: (q) => setQuantities((all) => all.map((old, j) => (j === i ? q : old))) })),
    ),
    h('dl', { class: 'cw-summary' }, [h('dt', null, 'Subtotal'), h('dd', { 'data-part': 'subtotal' }, format(total))]),
    h('fieldset', { class: 'cw-methods' }, [
      h('legend', null, 'Payment method'),
      ...['card', 'paypal'].map((type) => h('label', null, [h('input', { type: 'radio', name: 'method', value: type, checked: method === type, onChange: () => setMethod(type) }), type])),
    ]),
    h('button', { type: 'submit', class: 'cw-button cw-submit' }, 'Continue to payment'),
  ]);
}

window.__benchMount = (host, { lineItems }) => {
  render(h(FloorForm, { lineItems }), host);
  return { unmount: () => render(null, host) };
};
