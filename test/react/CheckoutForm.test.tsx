// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CheckoutForm, type CheckoutFormProps, type LineItem } from '../../src/index';
import { created, normalise, PAY_URL, recordingFetch, stripeError, testConfig } from './helpers';

const mug: LineItem = { price: 'price_mug', name: 'Mug', unitAmount: 1200, image: 'https://img.example/mug.png', adjustableQuantity: { enabled: true, minimum: 1, maximum: 10 } };
const sticker: LineItem = { price: 'price_sticker', name: 'Sticker', unitAmount: 250, quantity: 2, adjustableQuantity: { enabled: true } };
const gift: LineItem = { price: 'price_gift', name: 'Gift wrap', unitAmount: 300, adjustableQuantity: { enabled: false } };
const successUrl = 'https://shop.example/thanks';

function setup(props: Partial<CheckoutFormProps> = {}, responder?: Parameters<typeof recordingFetch>[0]) {
  const { fetch, requests } = recordingFetch(responder);
  const redirect = vi.fn();
  const onError = vi.fn();
  const user = userEvent.setup();
  const view = render(
    <CheckoutForm
      lineItems={[mug, sticker, gift]}
      successUrl={successUrl}
      currency="eur"
      allowQuantityEdit
      paymentMethodTypes={['card', 'paypal']}
      promotionCodes="toggle"
      config={testConfig(fetch)}
      redirect={redirect}
      onError={onError}
      {...props}
    />,
  );
  const submit = () => user.click(screen.getByRole('button', { name: 'Continue to payment' }));
  return { ...view, requests, redirect, onError, user, submit };
}

const subtotalText = () => normalise(document.querySelector('[data-part="subtotal"]')?.textContent);

afterEach(() => vi.restoreAllMocks());

describe('<CheckoutForm>', () => {
  it('shows names, images, prices, line totals and the subtotal; only adjustable items are editable', () => {
    setup();
    const rows = screen.getAllByRole('listitem');
    expect(rows).toHaveLength(3);
    expect(normalise(rows[0]!.textContent)).toContain('Mug');
    expect(rows[0]!.querySelector('img')?.getAttribute('src')).toBe('https://img.example/mug.png');
    expect(normalise(within(rows[1]!).getByText('€2.50', { exact: false }).textContent)).toContain('€2.50');
    expect(normalise(rows[1]!.querySelector('.cw-item-total')?.textContent)).toBe('Total €5.00');
    expect(subtotalText()).toBe('€20.00');
    expect(screen.getAllByRole('spinbutton').map((input) => (input as HTMLInputElement).value)).toEqual(['1', '2']);
    expect(screen.getByRole('spinbutton', { name: 'Quantity Mug' }).getAttribute('max')).toBe('10');
    expect(screen.queryByRole('spinbutton', { name: /Gift wrap/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Remove Mug' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Remove Sticker' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Payment method' })).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Card' }) as HTMLInputElement).checked).toBe(true);
  });

  it("sends the shopper's quantities, promotion choice and payment method", async () => {
    const { requests, redirect, user, submit } = setup();
    await user.click(screen.getByRole('button', { name: 'Increase quantity of Mug' }));
    await user.click(screen.getByRole('button', { name: 'Increase quantity of Mug' }));
    const stickers = screen.getByRole('spinbutton', { name: 'Quantity Sticker' });
    await user.clear(stickers);
    await user.type(stickers, '5');
    await user.click(screen.getByRole('checkbox', { name: 'I have a promotion code' }));
    await user.click(screen.getByRole('radio', { name: 'PayPal' }));
    expect(subtotalText()).toBe('€51.50');
    await submit();
    await waitFor(() => expect(redirect).toHaveBeenCalledWith(PAY_URL));
    expect(requests).toHaveLength(1);
    expect(requests[0]!.body).toEqual({
      line_items: [
        { price: 'price_mug', quantity: 3, adjustable_quantity: { enabled: true, minimum: 1, maximum: 10 } },
        { price: 'price_sticker', quantity: 5, adjustable_quantity: { enabled: true } },
        { price: 'price_gift', quantity: 1, adjustable_quantity: { enabled: false } },
      ],
      mode: 'payment',
      success_url: successUrl,
      allow_promotion_codes: true,
      currency: 'eur',
      payment_method_types: ['paypal'],
      subscription_data: {},
    });
  });

  it('keeps steppers within minimum and maximum', async () => {
    const { user } = setup();
    const input = screen.getByRole('spinbutton', { name: 'Quantity Mug' }) as HTMLInputElement;
    const decrease = screen.getByRole('button', { name: 'Decrease quantity of Mug' });
    expect(decrease.getAttribute('aria-disabled')).toBe('true');
    await user.click(decrease);
    expect(input.value).toBe('1');
    for (let i = 0; i < 12; i++) await user.click(screen.getByRole('button', { name: 'Increase quantity of Mug' }));
    expect(input.value).toBe('10');
    expect(screen.getByRole('button', { name: 'Increase quantity of Mug' }).getAttribute('aria-disabled')).toBe('true');
  });

  it('leaves a removed item (quantity 0) out of the request', async () => {
    const { requests, redirect, user, submit } = setup();
    await user.click(screen.getByRole('button', { name: 'Remove Sticker' }));
    expect((screen.getByRole('spinbutton', { name: 'Quantity Sticker' }) as HTMLInputElement).value).toBe('0');
    expect(subtotalText()).toBe('€15.00');
    await submit();
    await waitFor(() => expect(redirect).toHaveBeenCalled());
    expect((requests[0]!.body as { line_items: unknown[] }).line_items).toEqual([
      { price: 'price_mug', quantity: 1, adjustable_quantity: { enabled: true, minimum: 1, maximum: 10 } },
      { price: 'price_gift', quantity: 1, adjustable_quantity: { enabled: false } },
    ]);
  });

  it('says when the cart is empty instead of sending nothing', async () => {
    const { requests, user, submit } = setup({ lineItems: [sticker] });
    await user.click(screen.getByRole('button', { name: 'Remove Sticker' }));
    await submit();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Your cart is empty.');
    expect(document.activeElement).toBe(alert);
    expect(requests).toHaveLength(0);
  });

  it('keeps every row in step with quantity edits and with new props (locale, currency, items)', async () => {
    const { user, rerender, requests, redirect } = setup();
    const form = (props: Partial<CheckoutFormProps>) => (
      <CheckoutForm lineItems={[mug, sticker, gift]} successUrl={successUrl} currency="eur" allowQuantityEdit config={testConfig(recordingFetch().fetch)} redirect={redirect} {...props} />
    );
    await user.click(screen.getByRole('button', { name: 'Increase quantity of Sticker' }));
    const rows = () => screen.getAllByRole('listitem').map((row) => normalise(row.querySelector('.cw-item-total')?.textContent));
    expect(rows()).toEqual(['Total €12.00', 'Total €7.50', 'Total €3.00']);
    expect(subtotalText()).toBe('€22.50');

    // Props change under rows that did not re-render for the edit: each one follows.
    rerender(form({ locale: 'de', currency: 'usd' }));
    expect(await screen.findByRole('button', { name: 'Menge von Mug erhöhen' })).toBeTruthy(); // German loads on demand
    expect(rows().map((text) => text?.replace(/\s/g, ' '))).toEqual(['Summe 12,00 $', 'Summe 7,50 $', 'Summe 3,00 $']);
    expect((screen.getByRole('spinbutton', { name: 'Menge Sticker' }) as HTMLInputElement).value).toBe('3');

    rerender(form({ locale: 'de', currency: 'usd', lineItems: [{ ...mug, name: 'Tasse' }, sticker] }));
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByRole('spinbutton', { name: 'Menge Tasse' })).toBeTruthy();
    expect(requests).toHaveLength(0);
  });

  it('shows an out-of-range quantity next to its field and sends nothing', async () => {
    const { requests, redirect, user, submit } = setup();
    const input = screen.getByRole('spinbutton', { name: 'Quantity Mug' });
    await user.clear(input);
    await user.type(input, '11');
    await submit();
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    const message = document.getElementById(input.getAttribute('aria-describedby')!);
    expect(message?.textContent).toBe('Choose a quantity from 1 to 10.');
    expect(document.activeElement).toBe(input);
    expect(requests).toHaveLength(0);

    await user.clear(input);
    await user.type(input, '4');
    await waitFor(() => expect(input.hasAttribute('aria-invalid')).toBe(false));
    await submit();
    await waitFor(() => expect(redirect).toHaveBeenCalled());
    expect((requests[0]!.body as { line_items: Array<{ quantity: number }> }).line_items[0]!.quantity).toBe(4);
  });

  it("shows the server's error at the top with focus, keeps every choice, and retries", async () => {
    const { requests, redirect, user, submit, onError } = setup({}, (_, index) =>
      index === 0 ? stripeError(400, 'Promotion codes are not enabled for this account', 'req_7') : created(),
    );
    await user.click(screen.getByRole('button', { name: 'Increase quantity of Mug' }));
    await user.click(screen.getByRole('checkbox', { name: 'I have a promotion code' }));
    await user.click(screen.getByRole('radio', { name: 'PayPal' }));
    await submit();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Promotion codes are not enabled for this account');
    expect(alert.textContent).toContain('Reference: req_7');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(onError.mock.calls[0]![0]).toMatchObject({ kind: 'http', status: 400 });
    expect((screen.getByRole('spinbutton', { name: 'Quantity Mug' }) as HTMLInputElement).value).toBe('2');
    expect((screen.getByRole('checkbox', { name: 'I have a promotion code' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'PayPal' }) as HTMLInputElement).checked).toBe(true);

    await submit();
    await waitFor(() => expect(redirect).toHaveBeenCalledWith(PAY_URL));
    expect(requests).toHaveLength(2);
    expect(requests[1]!.body).toEqual(requests[0]!.body);
  });

  it('leaves the message to the shop when onError returns false: no alert, focus stays, choices kept', async () => {
    const onError = vi.fn(() => false as const);
    const { requests, redirect, user, submit } = setup({ onError }, (_, index) => (index === 0 ? stripeError(402, 'Your card was declined', 'req_8') : created()));
    await user.click(screen.getByRole('radio', { name: 'PayPal' }));
    const submitButton = screen.getByRole('button', { name: 'Continue to payment' });
    await submit();
    await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'http', status: 402, requestId: 'req_8' })));
    await waitFor(() => expect(submitButton.hasAttribute('disabled')).toBe(false));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.body.textContent).not.toContain('Your card was declined');
    expect((screen.getByRole('radio', { name: 'PayPal' }) as HTMLInputElement).checked).toBe(true);

    await submit();
    await waitFor(() => expect(redirect).toHaveBeenCalledWith(PAY_URL));
    expect(requests).toHaveLength(2);
    expect((requests[1]!.body as { payment_method_types: string[] }).payment_method_types).toEqual(['paypal']);
  });

  it('replaces a stale server error with the field error of the next attempt', async () => {
    const { requests, user, submit } = setup({}, () => stripeError(500, 'Upstream failed'));
    await submit();
    await screen.findByRole('alert');
    const input = screen.getByRole('spinbutton', { name: 'Quantity Mug' });
    await user.clear(input);
    await user.type(input, '0');
    await submit();
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(document.activeElement).toBe(input);
    expect(requests).toHaveLength(1);
  });

  it('lets onSubmit change the params or cancel', async () => {
    const onSubmit = vi.fn((params) => ({ ...params, customer: 'cus_123' }));
    const { requests, redirect, submit } = setup({ onSubmit, promotionCodes: 'hidden', paymentMethodTypes: undefined, lineItems: [gift] });
    await submit();
    await waitFor(() => expect(redirect).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]![0]).toEqual({
      lineItems: [gift],
      successUrl,
      currency: 'eur',
      paymentMethodTypes: ['card'],
    });
    expect(requests[0]!.body).toEqual({
      line_items: [{ price: 'price_gift', quantity: 1, adjustable_quantity: { enabled: false } }],
      mode: 'payment',
      success_url: successUrl,
      currency: 'eur',
      customer: 'cus_123',
      payment_method_types: ['card'],
      subscription_data: {},
    });
    expect(screen.queryByRole('group')).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('sends nothing when onSubmit returns false', async () => {
    const { requests, submit } = setup({ onSubmit: async () => false as const });
    await submit();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(requests).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Continue to payment' }).hasAttribute('disabled')).toBe(false);
  });

  it('shows recurring intervals, the trial and always-on promotion codes', async () => {
    const pro: LineItem = { price: 'price_pro', name: 'Pro plan', unitAmount: 900, recurring: { interval: 'month' } };
    const { requests, redirect, submit } = setup({ lineItems: [pro], promotionCodes: 'on', trialPeriodDays: 14, paymentMethodTypes: ['card'] });
    expect(normalise(screen.getByRole('listitem').textContent)).toContain('€9.00 / month');
    expect(screen.getByText('14-day free trial')).toBeTruthy();
    expect(screen.getByText('You can enter a promotion code on the next page.')).toBeTruthy();
    await submit();
    await waitFor(() => expect(redirect).toHaveBeenCalled());
    expect(requests[0]!.body).toEqual({
      line_items: [{ price: 'price_pro', quantity: 1 }],
      mode: 'subscription',
      success_url: successUrl,
      allow_promotion_codes: true,
      currency: 'eur',
      payment_method_types: ['card'],
      subscription_data: { trial_period_days: 14 },
    });
  });

  it('shows no amounts without a currency (it would have to guess one)', () => {
    setup({ currency: undefined });
    expect(document.querySelector('[data-part="subtotal"]')).toBeNull();
    expect(screen.getAllByRole('listitem')[0]!.textContent).not.toMatch(/12/);
  });

  it('sends one request however often it is submitted', async () => {
    const { requests, redirect } = setup();
    const button = screen.getByRole('button', { name: 'Continue to payment' });
    act(() => {
      for (let i = 0; i < 10; i++) button.click();
    });
    await waitFor(() => expect(redirect).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(requests).toHaveLength(1);
  });
});
