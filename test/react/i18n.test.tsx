// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CheckoutButton, CheckoutForm, CheckoutProvider, registerLocale, type LineItem } from '../../src/index';
import { normalise } from './helpers';

const items: LineItem[] = [
  { price: 'price_a', name: 'Lamp', unitAmount: 123450 },
  { price: 'price_b', name: 'Plan', unitAmount: 1200, recurring: { interval: 'month' } },
];
const successUrl = 'https://shop.example/thanks';
const form = () => document.querySelector('form')!;

// Expected strings with plain spaces: Intl uses NO-BREAK SPACE (fr also NARROW NO-BREAK SPACE), normalised here.
const locales = [
  { locale: 'en', lamp: '€1,234.50', plan: '€12.00 / month', subtotal: '€1,246.50', pay: 'Continue to payment', checkout: 'Checkout', subtotalLabel: 'Subtotal' },
  { locale: 'it', lamp: '1234,50 €', plan: '12,00 € / mese', subtotal: '1246,50 €', pay: 'Procedi al pagamento', checkout: 'Acquista', subtotalLabel: 'Subtotale' },
  { locale: 'de', lamp: '1.234,50 €', plan: '12,00 € / Monat', subtotal: '1.246,50 €', pay: 'Weiter zur Zahlung', checkout: 'Zur Kasse', subtotalLabel: 'Zwischensumme' },
  { locale: 'fr', lamp: '1 234,50 €', plan: '12,00 € / mois', subtotal: '1 246,50 €', pay: 'Continuer vers le paiement', checkout: 'Commander', subtotalLabel: 'Sous-total' },
  { locale: 'es', lamp: '1234,50 €', plan: '12,00 € / mes', subtotal: '1246,50 €', pay: 'Continuar al pago', checkout: 'Pagar', subtotalLabel: 'Subtotal' },
  { locale: 'pl', lamp: '1234,50 €', plan: '12,00 € / miesiąc', subtotal: '1246,50 €', pay: 'Przejdź do płatności', checkout: 'Do kasy', subtotalLabel: 'Suma częściowa' },
  { locale: 'ja', lamp: '€1,234.50', plan: '€12.00 / 月', subtotal: '€1,246.50', pay: '支払いに進む', checkout: '購入手続きへ', subtotalLabel: '小計' },
];

describe('i18n', () => {
  it.each(locales)('$locale: money, intervals and labels (loaded on demand)', async ({ locale, lamp, plan, subtotal, pay, checkout, subtotalLabel }) => {
    const { container } = render(
      <>
        <CheckoutForm lineItems={items} successUrl={successUrl} currency="eur" locale={locale} />
        <CheckoutButton lineItems={items} successUrl={successUrl} locale={locale} />
      </>,
    );
    expect(await screen.findByRole('button', { name: pay })).toBeTruthy();
    const prices = [...container.querySelectorAll('.cw-item-price')].map((node) => normalise(node.textContent?.replace(/^.*?(?=\d|€)/, '')));
    expect(prices).toEqual([lamp, plan]);
    expect(normalise(container.querySelector('[data-part="subtotal"]')?.textContent)).toBe(subtotal);
    expect(screen.getByText(subtotalLabel, { selector: 'dt' })).toBeTruthy();
    expect(screen.getByRole('button', { name: checkout })).toBeTruthy();
    expect(form().getAttribute('lang')).toBe(locale);
    expect(form().getAttribute('dir')).toBe('ltr');
  });

  it('shows English with lang="en" while a locale loads, and for a language it does not ship', async () => {
    render(<CheckoutForm lineItems={items} successUrl={successUrl} currency="eur" locale="fi" />);
    expect(form().getAttribute('lang')).toBe('en');
    expect(screen.getByRole('button', { name: 'Continue to payment' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Jatka maksamaan' })).toBeTruthy();
    expect(form().getAttribute('lang')).toBe('fi');

    const { container } = render(<CheckoutForm lineItems={items} successUrl={successUrl} currency="eur" locale="sw" />);
    expect(container.querySelector('form')!.getAttribute('lang')).toBe('en');
  });

  it('picks regional variants: de-CH → German (lang de-CH), es-MX → Latin American Spanish, pt-BR, zh-Hant → zh-TW', async () => {
    const cases = [
      { locale: 'de-CH', pay: 'Weiter zur Zahlung', summary: 'Bestellübersicht' },
      { locale: 'es-MX', pay: 'Continuar al pago', summary: 'Resumen de la orden' },
      { locale: 'pt-BR', pay: 'Continuar para o pagamento', summary: 'Resumo do pedido' },
      { locale: 'zh-Hant', pay: '繼續付款', summary: '訂單摘要' },
    ];
    for (const { locale, pay, summary } of cases) {
      const { unmount, container } = render(<CheckoutForm lineItems={items} successUrl={successUrl} locale={locale} />);
      await screen.findByRole('button', { name: pay });
      expect(screen.getByRole('list', { name: summary })).toBeTruthy();
      expect(container.querySelector('form')!.getAttribute('lang')).toBe(locale);
      unmount();
    }
  });

  it('uses plural forms: 1 giorno / 30 giorni, 1 Tag / 14 Tage, Polish few and many, Arabic two', async () => {
    const trial = async (locale: string, days: number) => {
      const { unmount } = render(<CheckoutForm lineItems={[{ price: 'p', recurring: { interval: 'month' } }]} successUrl={successUrl} locale={locale} trialPeriodDays={days} />);
      await vi.waitFor(() => expect(form().getAttribute('lang')).toBe(locale));
      const text = document.querySelector('.cw-trial')!.textContent;
      unmount();
      return text;
    };
    expect(await trial('it', 1)).toBe('Prova gratuita di 1 giorno');
    expect(await trial('it', 30)).toBe('Prova gratuita di 30 giorni');
    expect(await trial('de', 1)).toBe('1 Tag kostenlos testen');
    expect(await trial('de', 14)).toBe('14 Tage kostenlos testen');
    expect(await trial('pl', 3)).toBe('3 dni bezpłatnego okresu próbnego');
    expect(await trial('pl', 1)).toBe('1 dzień bezpłatnego okresu próbnego');
    expect(await trial('ru', 21)).toBe('21 день бесплатного пробного периода');
    expect(await trial('ar', 2)).toBe('فترة تجريبية مجانية لمدة يومين');
    expect(await trial('en', 1)).toBe('1-day free trial');
  });

  it('writes right-to-left languages with dir="rtl" on the form', async () => {
    render(<CheckoutForm lineItems={items} successUrl={successUrl} currency="ils" locale="he" />);
    expect(await screen.findByRole('button', { name: 'המשך לתשלום' })).toBeTruthy();
    expect(form().getAttribute('dir')).toBe('rtl');
    expect(form().getAttribute('lang')).toBe('he');
    // Prices and names are isolated, so a Latin name or a number keeps its own direction.
    expect(document.querySelectorAll('.cw-item-name bdi')).toHaveLength(2);
    expect(document.querySelectorAll('[data-part="subtotal"] bdi')).toHaveLength(1);
  });

  it('lets a shop add a language or override a shipped one from code', async () => {
    registerLocale('sw', { pay: 'Endelea kulipa', subtotal: 'Jumla ndogo' });
    render(<CheckoutForm lineItems={items} successUrl={successUrl} currency="eur" locale="sw" />);
    expect(screen.getByRole('button', { name: 'Endelea kulipa' })).toBeTruthy();
    expect(form().getAttribute('lang')).toBe('sw');
    expect(screen.getByText('Jumla ndogo', { selector: 'dt' })).toBeTruthy();

    registerLocale('nl', { pay: 'Nu betalen' });
    render(<CheckoutButton lineItems={items} successUrl={successUrl} locale="nl" />);
    render(<CheckoutForm lineItems={items} successUrl={successUrl} locale="nl" />);
    expect(await screen.findByRole('button', { name: 'Nu betalen' })).toBeTruthy(); // the override
    expect(await screen.findByRole('button', { name: 'Afrekenen' })).toBeTruthy(); // the rest from the shipped file
  });

  it('takes locale and labels from CheckoutProvider, with per-component overrides winning', async () => {
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
    expect(await screen.findByRole('list', { name: 'Bestellübersicht' })).toBeTruthy();
    expect(normalise(document.querySelector('[data-part="subtotal"]')?.textContent)).toBe(normalise("CHF 1'246.50"));
  });

  it('translates the quantity field message, with the locale’s digits', async () => {
    const { quantityRangeMessage } = await import('../../src/core/quantity');
    const range = { editable: true, minimum: 1, maximum: 10, removable: false };
    expect(quantityRangeMessage(range, 'Scegli una quantità da {min} a {max}.', 'it')).toBe('Scegli una quantità da 1 a 10.');
    expect(quantityRangeMessage({ ...range, maximum: 1000 }, 'Choose a quantity from {min} to {max}.', 'de')).toBe('Choose a quantity from 1 to 1.000.');
    expect(quantityRangeMessage(range, 'Pick {min}–{max}')).toBe('Pick 1–10');
  });
});
