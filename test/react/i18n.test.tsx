// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CheckoutButton, CheckoutForm, CheckoutProvider, type LineItem } from '../../src/index';
import { normalise } from './helpers';

const items: LineItem[] = [
  { price: 'price_a', name: 'Lamp', unitAmount: 123450 },
  { price: 'price_b', name: 'Plan', unitAmount: 1200, recurring: { interval: 'month' } },
];
const successUrl = 'https://shop.example/thanks';

// Expected strings with plain spaces: Intl uses NO-BREAK SPACE (fr also NARROW NO-BREAK SPACE), normalised here.
const locales = [
  { locale: 'en', lamp: '€1,234.50', plan: '€12.00 / month', subtotal: '€1,246.50', pay: 'Continue to payment', checkout: 'Checkout', subtotalLabel: 'Subtotal' },
  { locale: 'it', lamp: '1234,50 €', plan: '12,00 € / mese', subtotal: '1246,50 €', pay: 'Procedi al pagamento', checkout: 'Acquista', subtotalLabel: 'Subtotale' },
  { locale: 'de', lamp: '1.234,50 €', plan: '12,00 € / Monat', subtotal: '1.246,50 €', pay: 'Weiter zur Zahlung', checkout: 'Zur Kasse', subtotalLabel: 'Zwischensumme' },
  { locale: 'fr', lamp: '1 234,50 €', plan: '12,00 € / mois', subtotal: '1 246,50 €', pay: 'Continuer vers le paiement', checkout: 'Commander', subtotalLabel: 'Sous-total' },
  { locale: 'es', lamp: '1234,50 €', plan: '12,00 € / mes', subtotal: '1246,50 €', pay: 'Continuar al pago', checkout: 'Pagar', subtotalLabel: 'Subtotal' },
];

describe('i18n', () => {
  it.each(locales)('$locale: money, intervals and labels', ({ locale, lamp, plan, subtotal, pay, checkout, subtotalLabel }) => {
    const { container } = render(
      <>
        <CheckoutForm lineItems={items} successUrl={successUrl} currency="eur" locale={locale} />
        <CheckoutButton lineItems={items} successUrl={successUrl} locale={locale} />
      </>,
    );
    const prices = [...container.querySelectorAll('.cw-item-price')].map((node) => normalise(node.lastChild?.textContent));
    expect(prices).toEqual([lamp, plan]);
    expect(normalise(container.querySelector('[data-part="subtotal"]')?.textContent)).toBe(subtotal);
    expect(screen.getByText(subtotalLabel, { selector: 'dt' })).toBeTruthy();
    expect(screen.getByRole('button', { name: pay })).toBeTruthy();
    expect(screen.getByRole('button', { name: checkout })).toBeTruthy();
  });

  it('uses the currency’s own minor units (JPY has none)', () => {
    const { container } = render(<CheckoutForm lineItems={[{ price: 'price_jp', unitAmount: 1200 }]} successUrl={successUrl} currency="jpy" locale="en" />);
    expect(normalise(container.querySelector('[data-part="subtotal"]')?.textContent)).toBe('¥1,200');
  });

  it('takes locale and labels from CheckoutProvider, with per-component overrides winning', () => {
    render(
      <CheckoutProvider locale="de-CH" labels={{ checkout: 'Jetzt kaufen' }}>
        <CheckoutButton lineItems={items} successUrl={successUrl} />
        <CheckoutButton lineItems={items} successUrl={successUrl} labels={{ checkout: 'Kaufen' }} />
        <CheckoutForm lineItems={items} successUrl={successUrl} currency="chf" labels={{ pay: 'Bezahlen' }} />
      </CheckoutProvider>,
    );
    expect(screen.getByRole('button', { name: 'Jetzt kaufen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Kaufen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Bezahlen' })).toBeTruthy();
    expect(normalise(document.querySelector('[data-part="subtotal"]')?.textContent)).toBe(
      normalise(new Intl.NumberFormat('de-CH', { style: 'currency', currency: 'CHF' }).format(1246.5)),
    );
  });

  it('translates the quantity field message', async () => {
    const { quantityRangeMessage } = await import('../../src/core/quantity');
    const range = { editable: true, minimum: 1, maximum: 10, removable: false };
    expect(quantityRangeMessage(range, 'it')).toBe('Scegli una quantità da 1 a 10.');
    expect(quantityRangeMessage(range, 'de-AT')).toBe('Wählen Sie eine Menge von 1 bis 10.');
    expect(quantityRangeMessage(range, 'pt')).toBe('Choose a quantity from 1 to 10.');
    expect(quantityRangeMessage(range, 'en', 'Pick {min}–{max}')).toBe('Pick 1–10');
  });
});
