// The same trees for the Node render test and the hydration test, so both check every component.
import type { ReactElement } from 'react';
import { CheckoutButton, CheckoutForm, CheckoutProvider, type LineItem } from '../../src/index';

const items: LineItem[] = [
  { price: 'price_mug', name: 'Mug', unitAmount: 1200, image: 'https://img.example/mug.png', adjustableQuantity: { enabled: true, minimum: 1, maximum: 10 } },
  { price: 'price_sticker', name: 'Sticker', unitAmount: 250, quantity: 2, adjustableQuantity: { enabled: true } },
  { price: 'price_pro', name: 'Pro plan', unitAmount: 900, recurring: { interval: 'month' } },
];

export const ssrCases: Array<{ name: string; element: ReactElement; expected: string[] }> = [
  { name: 'CheckoutButton', element: <CheckoutButton lineItems={items} successUrl="/thanks">Buy now</CheckoutButton>, expected: ['Buy now', 'data-part="button"', 'role="status"'] },
  {
    name: 'CheckoutForm',
    element: (
      <CheckoutForm
        lineItems={items}
        successUrl="/thanks"
        currency="eur"
        locale="de"
        allowQuantityEdit
        promotionCodes="toggle"
        paymentMethodTypes={['card', 'paypal']}
        trialPeriodDays={14}
      />
    ),
    expected: ['Weiter zur Zahlung', 'data-part="subtotal"', 'value="2"', '14 Tage kostenlos testen', 'checked=""'],
  },
  {
    name: 'CheckoutProvider with both',
    element: (
      <CheckoutProvider locale="fr" config={{ endpoint: '/api/checkout' }}>
        <CheckoutButton lineItems={items} successUrl="/thanks" />
        <CheckoutForm lineItems={items} successUrl="/thanks" currency="eur" />
      </CheckoutProvider>
    ),
    expected: ['Commander', 'Continuer vers le paiement'],
  },
  { name: 'CheckoutButton with a setup error', element: <CheckoutButton lineItems={[]} successUrl="/thanks" />, expected: ['role="alert"', 'lineItems'] },
];
