// Floor for the React form: the same markup in React 19 with bare react-hook-form (register, setValue,
// useWatch for the totals). One cached formatter, no resolver, no live region, no TanStack.
import { createElement as h, memo } from 'react';
import { createRoot } from 'react-dom/client';
import { useForm, useWatch } from 'react-hook-form';

const money = new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const format = (minor) => money.format(minor / 100);

const Row = memo(function Row({ item, index, quantity, register, setValue }) {
  const name = `quantities.${index}`;
  return h('li', { className: 'cw-item' },
    h('span', { className: 'cw-item-name' }, item.name),
    h('span', { className: 'cw-item-price' }, format(item.unitAmount)),
    h('button', { type: 'button', 'aria-label': `Decrease quantity of ${item.name}`, onClick: () => setValue(name, Math.max(0, quantity - 1)) }, '−'),
    h('input', { type: 'number', min: 0, max: 10, 'aria-label': `Quantity of ${item.name}`, ...register(name, { valueAsNumber: true }) }),
    h('button', { type: 'button', 'aria-label': `Increase quantity of ${item.name}`, onClick: () => setValue(name, Math.min(10, quantity + 1)) }, '+'),
    h('span', { className: 'cw-item-total' }, format(item.unitAmount * quantity)),
  );
});

function FloorForm({ lineItems }) {
  const { register, setValue, handleSubmit, control } = useForm({ defaultValues: { quantities: lineItems.map((item) => item.quantity ?? 1), method: 'card' } });
  const quantities = useWatch({ control, name: 'quantities' });
  const total = lineItems.reduce((sum, item, i) => sum + item.unitAmount * (Number(quantities[i]) || 0), 0);
  const onSubmit = handleSubmit((values) =>
    fetch('/checkout/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ line_items: lineItems.map((item, i) => ({ price: item.price, quantity: values.quantities[i] })), payment_method_types: [values.method] }) })
      .then((response) => response.json())
      .then((session) => location.assign(session.url)),
  );
  return h('form', { className: 'cw-root cw-checkout-form', onSubmit },
    h('ul', { className: 'cw-items', 'aria-label': 'Order summary' },
      lineItems.map((item, i) => h(Row, { key: item.price, item, index: i, quantity: Number(quantities[i]) || 0, register, setValue })),
    ),
    h('dl', { className: 'cw-summary' }, h('dt', null, 'Subtotal'), h('dd', { 'data-part': 'subtotal' }, format(total))),
    h('fieldset', { className: 'cw-methods' }, h('legend', null, 'Payment method'),
      ...['card', 'paypal'].map((type) => h('label', { key: type }, h('input', { type: 'radio', value: type, ...register('method') }), type)),
    ),
    h('button', { type: 'submit', className: 'cw-button cw-submit' }, 'Continue to payment'),
  );
}

window.__benchMount = (host, { lineItems }) => {
  const root = createRoot(host);
  root.render(h(FloorForm, { lineItems }));
  return { unmount: () => root.unmount() };
};
