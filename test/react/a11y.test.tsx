// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { readFileSync } from 'node:fs';
import type { ReactElement } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CheckoutButton, CheckoutForm, type LineItem } from '../../src/index';
import { recordingFetch, stripeError, testConfig } from './helpers';

const items: LineItem[] = [
  { price: 'price_mug', name: 'Mug', unitAmount: 1200, image: 'https://img.example/mug.png', adjustableQuantity: { enabled: true, minimum: 1, maximum: 10 } },
  { price: 'price_sticker', name: 'Sticker', unitAmount: 250, quantity: 2, adjustableQuantity: { enabled: true } },
  { price: 'price_pro', name: 'Pro plan', unitAmount: 900, recurring: { interval: 'month' } },
];
const successUrl = 'https://shop.example/thanks';

async function violations(container: Element) {
  const results = await axe.run(container, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    rules: {
      // Needs real layout and painting; the browser suite checks it.
      'color-contrast': { enabled: false },
      // A widget is not a page: landmarks and headings belong to the host.
      region: { enabled: false },
      'page-has-heading-one': { enabled: false },
      'landmark-one-main': { enabled: false },
    },
  });
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`);
}

function renderThemed(element: ReactElement, theme: 'light' | 'dark') {
  return render(<div data-theme={theme}>{element}</div>);
}

beforeAll(() => {
  // jsdom has no canvas; axe probes it for icon fonts and jsdom logs "Not implemented" otherwise.
  HTMLCanvasElement.prototype.getContext = () => null;
  // The real stylesheet, so visually hidden text and the theme rules are present as in a page.
  const style = document.createElement('style');
  style.textContent = readFileSync('src/styles/checkout-widget.css', 'utf8');
  document.head.append(style);
  document.documentElement.lang = 'en';
});

it('the check itself catches a violation', async () => {
  const { container } = render(<input type="checkbox" />);
  expect(await violations(container)).toEqual([expect.stringMatching(/^label: /)]);
});

// axe in jsdom is slow (several runs per test on two cores).
describe.each(['light', 'dark'] as const)('axe (%s)', { timeout: 30_000 }, (theme) => {
  it('button: idle, then with an error', async () => {
    const { fetch } = recordingFetch(() => stripeError(402, 'Card declined', 'req_1'));
    const { container } = renderThemed(<CheckoutButton lineItems={items} successUrl={successUrl} config={testConfig(fetch)} redirect={vi.fn()} />, theme);
    expect(await violations(container)).toEqual([]);
    await userEvent.click(screen.getByRole('button'));
    await screen.findByRole('alert');
    expect(await violations(container)).toEqual([]);
  });

  it('button: with a setup error', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = renderThemed(<CheckoutButton lineItems={[]} successUrl={successUrl} />, theme);
    expect(await violations(container)).toEqual([]);
  });

  it('form: idle, field error, request error', async () => {
    const { fetch } = recordingFetch(() => stripeError(400, 'No such price', 'req_2'));
    const user = userEvent.setup();
    const { container } = renderThemed(
      <CheckoutForm
        lineItems={items}
        successUrl={successUrl}
        currency="eur"
        allowQuantityEdit
        promotionCodes="toggle"
        paymentMethodTypes={['card', 'paypal', 'customer_balance']}
        trialPeriodDays={7}
        config={testConfig(fetch)}
        redirect={vi.fn()}
      />,
      theme,
    );
    expect(await violations(container)).toEqual([]);

    const input = screen.getByRole('spinbutton', { name: 'Quantity Mug' });
    await user.clear(input);
    await user.type(input, '50');
    await user.click(screen.getByRole('button', { name: 'Continue to payment' }));
    await vi.waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    expect(await violations(container)).toEqual([]);

    await user.clear(input);
    await user.type(input, '2');
    await user.click(screen.getByRole('button', { name: 'Continue to payment' }));
    await screen.findByRole('alert');
    expect(await violations(container)).toEqual([]);
  });
});
