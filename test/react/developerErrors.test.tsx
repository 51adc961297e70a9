// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CheckoutButton, CheckoutForm, type CheckoutButtonProps, type CheckoutError } from '../../src/index';
import { recordingFetch, testConfig } from './helpers';

const good = { lineItems: [{ price: 'price_123' }], successUrl: 'https://shop.example/thanks' };

afterEach(() => vi.restoreAllMocks());

const cases: Array<{ what: string; props: Record<string, unknown>; prop: string; fix: RegExp }> = [
  { what: 'no line items', props: { lineItems: [] }, prop: 'lineItems', fix: /at least one line item/ },
  { what: 'a bad price id', props: { lineItems: [{ price: 'price 123' }] }, prop: 'lineItems[0].price', fix: /price id such as/ },
  { what: 'a successUrl that is not a usable URL', props: { successUrl: 'ftp://shop.example/thanks' }, prop: 'successUrl', fix: /https/ },
  { what: 'a successUrl on plain http', props: { successUrl: 'http://shop.example/thanks' }, prop: 'successUrl', fix: /must use https/ },
];

describe('developer errors', () => {
  describe.each([
    ['CheckoutButton', CheckoutButton, { allowPromotionCodes: true, discounts: [{ coupon: 'SUMMER' }] }, 'allowPromotionCodes'],
    ['CheckoutForm', CheckoutForm, { promotionCodes: 'toggle', discounts: [{ coupon: 'SUMMER' }] }, 'promotionCodes'],
  ] as const)('<%s>', (name, Component, promoWithDiscount, promoProp) => {
    const all = [...cases, { what: 'promotion codes together with discounts', props: promoWithDiscount, prop: promoProp, fix: /together with discounts/ }];

    it.each(all)('$what: names the prop and the fix, reports once, sends nothing', async ({ props, prop, fix }) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { fetch, requests } = recordingFetch();
      const onError = vi.fn<(error: CheckoutError) => void>();
      const element = <Component {...good} {...(props as object)} config={testConfig(fetch)} onError={onError} redirect={vi.fn()} />;
      const { rerender } = render(<StrictMode>{element}</StrictMode>);
      const alert = screen.getByRole('alert');
      expect(alert.textContent).toContain('This checkout is not set up correctly.');
      const issue = [...alert.querySelectorAll('.cw-alert-issue')].find((node) => node.querySelector('code')?.textContent === prop);
      expect(issue?.textContent).toMatch(fix);
      rerender(<StrictMode>{element}</StrictMode>);

      expect(onError).toHaveBeenCalledTimes(1);
      expect(onError.mock.calls[0]![0].kind).toBe('validation');
      expect(onError.mock.calls[0]![0].issues?.map((entry) => entry.path)).toContain(prop);
      expect(warn.mock.calls.filter(([message]) => String(message).includes(`<${name}>`))).toHaveLength(1);
      expect(String(warn.mock.calls[0]![0])).toContain(prop);

      const button = screen.getByRole('button', { name: name === 'CheckoutForm' ? 'Continue to payment' : 'Checkout' });
      expect(button.hasAttribute('disabled')).toBe(true);
      await userEvent.click(button);
      expect(requests).toHaveLength(0);
    });
  });

  it('reports once per set of bad props, not once per keystroke while a prop is being typed', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const onError = vi.fn<(error: CheckoutError) => void>();
    const button = (props: Partial<CheckoutButtonProps>) => <CheckoutButton {...good} onError={onError} redirect={vi.fn()} {...props} />;
    const { rerender } = render(button({ successUrl: 'h' }));
    for (const typed of ['ht', 'htt', 'http', 'http:', 'http://shop.example']) rerender(button({ successUrl: typed }));
    expect(onError).toHaveBeenCalledTimes(1);
    // The message in place follows what is typed now.
    expect(screen.getByRole('alert').textContent).toContain('must use https');

    rerender(button({ successUrl: 'http://shop.example', currency: 'euro' })); // another prop goes wrong: reported
    expect(onError).toHaveBeenCalledTimes(2);
    expect(onError.mock.calls[1]![0].issues?.map((issue) => issue.path).sort()).toEqual(['currency', 'successUrl']);

    rerender(button({ successUrl: 'https://shop.example/thanks' })); // fixed: no alert, nothing reported
    expect(screen.queryByRole('alert')).toBeNull();
    rerender(button({ successUrl: 'ftp://shop.example' })); // broken again: reported again
    expect(onError).toHaveBeenCalledTimes(3);
  });

  it('rejects a starting quantity outside the range the shopper may pick', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<CheckoutForm {...good} lineItems={[{ price: 'price_1', quantity: 5, adjustableQuantity: { enabled: true, maximum: 3 } }]} allowQuantityEdit />);
    expect(screen.getByRole('alert').textContent).toContain('lineItems[0].quantity must be within adjustableQuantity (0 to 3)');
  });

  it('rejects an unknown promotionCodes value on the form', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<CheckoutForm {...good} promotionCodes={'yes' as 'on'} />);
    expect(screen.getByRole('alert').textContent).toContain('must be "hidden", "toggle" or "on"');
  });

  it('survives props from untyped JavaScript', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const props = { successUrl: '/thanks', lineItems: 'price_123' } as unknown as typeof good;
    render(
      <>
        <CheckoutButton {...props} />
        <CheckoutForm {...props} />
      </>,
    );
    expect(screen.getAllByRole('alert').map((alert) => alert.querySelector('code')?.textContent)).toEqual(['lineItems', 'lineItems']);
  });

  it.each([
    ['CheckoutButton', CheckoutButton, 'Checkout'],
    ['CheckoutForm', CheckoutForm, 'Continue to payment'],
  ] as const)('<%s> names a config of the wrong type and a callback that is not a function, and sends nothing', async (_name, Component, label) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { fetch, requests } = recordingFetch();
    const untyped = { config: testConfig(fetch, { timeoutMs: 'soon' as unknown as number }), onError: 'handleCheckoutError' } as unknown as Record<string, never>;
    render(<Component {...good} {...untyped} />);
    const issues = [...screen.getByRole('alert').querySelectorAll('.cw-alert-issue')].map((issue) => issue.textContent);
    expect(issues).toEqual(['config.timeoutMs must be a whole number of milliseconds, 0 or more', 'onError must be a function']);
    const button = screen.getByRole('button', { name: label });
    expect(button.hasAttribute('disabled')).toBe(true);
    await userEvent.click(button);
    expect(requests).toHaveLength(0);
  });

  it('renders a form whose paymentMethodTypes is a string (untyped JavaScript) with the message, not a crash', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { fetch, requests } = recordingFetch();
    const props = { ...good, paymentMethodTypes: 'card paypal' } as unknown as typeof good;
    render(<CheckoutForm {...props} config={testConfig(fetch)} />);
    const alert = screen.getByRole('alert');
    expect(alert.querySelector('code')?.textContent).toBe('paymentMethodTypes');
    expect(alert.textContent).toContain('must be an array');
    const submit = screen.getByRole('button', { name: 'Continue to payment' });
    expect(submit.hasAttribute('disabled')).toBe(true);
    await userEvent.click(submit);
    expect(requests).toHaveLength(0);
  });
});
