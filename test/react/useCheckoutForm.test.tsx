// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, type MouseEvent } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useCheckoutForm, type UseCheckoutFormOptions } from '../../src/index';
import { PAY_URL, recordingFetch, testConfig } from './helpers';

afterEach(() => vi.restoreAllMocks());

const calls: string[] = [];

/** A shop's own markup on the headless hook. */
function MyCheckout(props: UseCheckoutFormOptions & { skipOurIncrement?: boolean; inputRef?: (node: HTMLInputElement | null) => void }) {
  const { skipOurIncrement, inputRef, ...options } = props;
  const checkout = useCheckoutForm(options);
  const alertRef = useRef<HTMLElement>(null);
  return (
    <form {...checkout.getFormProps({ onSubmit: () => calls.push('my submit'), className: 'mine' })}>
      {checkout.alert ? <div {...checkout.getAlertProps({ ref: alertRef })}>{checkout.alert.error?.message ?? checkout.alert.message}</div> : null}
      <ul>
      {checkout.items.map((line) => (
        <li key={line.index} {...checkout.getLineItemProps(line.index)}>
          <span {...checkout.getItemNameProps(line.index)}>{line.name}</span>
          <span {...checkout.getQuantityLabelProps(line.index)}>Qty</span>
          <input {...checkout.getQuantityInputProps(line.index, { ref: inputRef, onChange: () => calls.push('my change') })} />
          <button
            {...checkout.getIncrementProps(line.index, {
              onClick: (event: MouseEvent & { preventCheckoutDefault?: boolean }) => {
                calls.push('my increment');
                if (skipOurIncrement) event.preventCheckoutDefault = true;
              },
            })}
          >
            more
          </button>
          <span>{line.lineTotal}</span>
        </li>
      ))}
      </ul>
      <output>{checkout.subtotal}</output>
      {checkout.paymentMethodTypes.map((type) => (
        <label key={type}>
          <input {...checkout.getPaymentMethodProps(type)} />
          {checkout.labels[type]}
        </label>
      ))}
      <button {...checkout.getSubmitProps()}>Pay</button>
      <p>{checkout.status}</p>
    </form>
  );
}

const options = (fetch: typeof globalThis.fetch, redirect: (url: string) => void): UseCheckoutFormOptions => ({
  lineItems: [{ price: 'price_tea', name: 'Tea', unitAmount: 450, adjustableQuantity: { enabled: true, maximum: 5 } }],
  successUrl: 'https://shop.example/thanks',
  currency: 'usd',
  allowQuantityEdit: true,
  paymentMethodTypes: ['card', 'customer_balance'],
  config: testConfig(fetch),
  redirect,
});

describe('useCheckoutForm (headless)', () => {
  it("merges the caller's handlers and refs with the widget's and sends the same body as CheckoutForm", async () => {
    calls.length = 0;
    const { fetch, requests } = recordingFetch();
    const redirect = vi.fn();
    const inputRef = vi.fn();
    const user = userEvent.setup();
    render(<MyCheckout {...options(fetch, redirect)} inputRef={inputRef} />);
    expect(inputRef).toHaveBeenCalledWith(screen.getByRole('spinbutton', { name: 'Qty Tea' }));

    await user.click(screen.getByRole('button', { name: 'Increase quantity of Tea' }));
    expect((screen.getByRole('spinbutton') as HTMLInputElement).value).toBe('2');
    expect(screen.getByRole('status').textContent).toBe('$9.00');
    await user.type(screen.getByRole('spinbutton'), '{backspace}3');
    expect(screen.getByRole('status').textContent).toBe('$13.50');
    await user.click(screen.getByRole('radio', { name: 'Bank transfer (customer balance)' }));
    await user.click(screen.getByRole('button', { name: 'Pay' }));
    await waitFor(() => expect(redirect).toHaveBeenCalledWith(PAY_URL));

    expect(calls).toEqual(['my increment', 'my change', 'my change', 'my submit']);
    expect(requests[0]!.body).toEqual({
      line_items: [{ price: 'price_tea', quantity: 3, adjustable_quantity: { enabled: true, maximum: 5 } }],
      mode: 'payment',
      success_url: 'https://shop.example/thanks',
      currency: 'usd',
      payment_method_types: ['customer_balance'],
      subscription_data: {},
    });
    await waitFor(() => expect(screen.getByText('redirecting')).toBeTruthy());
    expect(screen.getByRole('button', { name: 'Pay' }).getAttribute('aria-busy')).toBe('true');
  });

  it('skips its own handling when the caller sets preventCheckoutDefault', async () => {
    calls.length = 0;
    const { fetch } = recordingFetch();
    render(<MyCheckout {...options(fetch, vi.fn())} skipOurIncrement />);
    await userEvent.click(screen.getByRole('button', { name: 'Increase quantity of Tea' }));
    expect(calls).toEqual(['my increment']);
    expect((screen.getByRole('spinbutton') as HTMLInputElement).value).toBe('1');
  });

  it('keeps the shopper’s quantities when the parent re-renders with equal props, resets for new items', async () => {
    const { fetch } = recordingFetch();
    const redirect = vi.fn();
    const { rerender } = render(<MyCheckout {...options(fetch, redirect)} />);
    await userEvent.click(screen.getByRole('button', { name: 'Increase quantity of Tea' }));
    rerender(<MyCheckout {...options(fetch, redirect)} />);
    expect((screen.getByRole('spinbutton') as HTMLInputElement).value).toBe('2');

    const next = options(fetch, redirect);
    next.lineItems = [{ price: 'price_coffee', name: 'Coffee', unitAmount: 500, quantity: 4, adjustableQuantity: { enabled: true } }];
    rerender(<MyCheckout {...next} />);
    await waitFor(() => expect((screen.getByRole('spinbutton', { name: 'Qty Coffee' }) as HTMLInputElement).value).toBe('4'));
    expect(screen.getByRole('status').textContent).toBe('$20.00');
  });
});
