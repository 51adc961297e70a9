// @vitest-environment jsdom
// The markup other layers rely on: data-part names (mapped to part= by the element layer), the
// bench's selectors, class names, `unstyled`, and no inline styles (strict CSP).
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CheckoutButton, CheckoutForm } from '../../src/index';
import { hang, recordingFetch, stripeError, testConfig } from './helpers';

const items = [
  { price: 'price_mug', name: 'Mug', unitAmount: 1200, adjustableQuantity: { enabled: true } },
  { price: 'price_tea', name: 'Tea', unitAmount: 450, adjustableQuantity: { enabled: true } },
];
const parts = (container: Element) => [...new Set([...container.querySelectorAll('[data-part]')].map((node) => node.getAttribute('data-part')))].sort();

describe('markup contract', () => {
  it('CheckoutButton: parts while busy and on error, className, no inline style', async () => {
    const { fetch } = recordingFetch(hang);
    const { container } = render(<CheckoutButton lineItems={items} successUrl="https://shop.example/ok" className="my-buy" config={testConfig(fetch)} />);
    expect(container.firstElementChild?.className).toBe('cw-root cw-checkout-button my-buy');
    await userEvent.click(screen.getByRole('button'));
    expect(parts(container)).toEqual(['button', 'root', 'spinner', 'status']);
    expect(container.querySelector('[style]')).toBeNull();

    const failing = recordingFetch(() => stripeError(500, 'Down'));
    const second = render(<CheckoutButton lineItems={items} successUrl="https://shop.example/ok" config={testConfig(failing.fetch)} redirect={vi.fn()} />);
    await userEvent.click(within(second.container).getByRole('button'));
    await within(second.container).findByRole('alert');
    expect(parts(second.container)).toEqual(['alert', 'button', 'root', 'status']);
  });

  it('CheckoutForm: parts and the selectors the bench uses', () => {
    const { container } = render(
      <CheckoutForm lineItems={items} successUrl="https://shop.example/ok" currency="usd" allowQuantityEdit promotionCodes="toggle" paymentMethodTypes={['card', 'paypal']} className="my-form" />,
    );
    expect(parts(container)).toEqual(['line-item', 'payment-methods', 'promotion-toggle', 'quantity-input', 'root', 'status', 'submit', 'subtotal']);
    expect(container.querySelectorAll('input[type=number]')).toHaveLength(2);
    expect(container.querySelectorAll('button[aria-label^="Increase"]')).toHaveLength(2);
    expect(container.querySelector('[data-part="subtotal"]')?.textContent).toBe('$16.50');
    expect(container.querySelector('form')?.className).toBe('cw-root cw-checkout-form my-form');
    expect(container.querySelector('[style]')).toBeNull();
  });

  it('unstyled drops the theme class and keeps the rest', () => {
    const { container } = render(
      <>
        <CheckoutButton lineItems={items} successUrl="https://shop.example/ok" unstyled className="mine" />
        <CheckoutForm lineItems={items} successUrl="https://shop.example/ok" unstyled />
      </>,
    );
    expect(container.querySelector('.cw-root')).toBeNull();
    expect(container.firstElementChild?.className).toBe('cw-checkout-button mine');
    expect(container.querySelector('form')?.className).toBe('cw-checkout-form');
  });
});
