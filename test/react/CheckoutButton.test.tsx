// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CheckoutButton, type CheckoutError } from '../../src/index';
import { created, hang, PAY_URL, recordingFetch, stripeError, testConfig } from './helpers';

const item = { price: 'price_123', quantity: 2 };
const successUrl = 'https://shop.example/thanks?session={CHECKOUT_SESSION_ID}';
const expectedBody = {
  line_items: [{ price: 'price_123', quantity: 2 }],
  mode: 'payment',
  success_url: successUrl,
  cancel_url: 'https://shop.example/cart',
  currency: 'eur',
  payment_method_types: ['card'],
  subscription_data: {},
};

afterEach(() => vi.restoreAllMocks());

describe('<CheckoutButton>', () => {
  it('sends the exact snake_case body and redirects to the returned URL', async () => {
    const { fetch, requests } = recordingFetch();
    const redirect = vi.fn();
    const onSuccess = vi.fn();
    render(<CheckoutButton lineItems={[item]} successUrl={successUrl} cancelUrl="/cart" currency="EUR" config={testConfig(fetch)} redirect={redirect} onSuccess={onSuccess} />);
    await userEvent.click(screen.getByRole('button', { name: 'Checkout' }));
    await waitFor(() => expect(redirect).toHaveBeenCalledWith(PAY_URL));
    expect(requests).toHaveLength(1);
    expect(requests[0]!.url).toBe('https://shop.example/checkout/session');
    expect(requests[0]!.method).toBe('POST');
    expect(requests[0]!.body).toEqual(expectedBody);
    expect(onSuccess).toHaveBeenCalledWith({ url: PAY_URL, requestId: undefined });
    expect(screen.getByRole('status').textContent).toBe('Redirecting to payment…');
  });

  it('is disabled, busy and announced while pending, with the label from children', async () => {
    const { fetch } = recordingFetch(hang);
    render(
      <CheckoutButton lineItems={[item]} successUrl={successUrl} config={testConfig(fetch)} redirect={vi.fn()}>
        Buy now
      </CheckoutButton>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Buy now' }));
    const button = screen.getByRole('button');
    expect(button.hasAttribute('disabled')).toBe(true);
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(button.querySelector('[data-part="spinner"]')).not.toBeNull();
    expect(button.textContent).toBe('Creating your checkout…');
    expect(screen.getByRole('status').textContent).toBe('Creating your checkout…');
  });

  it('never stays on "Redirecting…": when the page did not leave, it returns to idle, says so politely and keeps focus', async () => {
    const { fetch, requests } = recordingFetch();
    const redirect = vi.fn(); // the browser stayed: Stop, Esc, a 204, a download
    render(<CheckoutButton lineItems={[{ price: 'price_123' }]} successUrl="/thanks" config={testConfig(fetch)} redirect={redirect} />);
    const button = screen.getByRole('button', { name: 'Checkout' });
    await userEvent.click(button);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Redirecting to payment…'));
    act(() => {
      window.dispatchEvent(new Event('blur'));
      window.dispatchEvent(new Event('focus')); // the shopper is back on this page
    });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('The payment page did not open. You can try again.'));
    expect(button.hasAttribute('disabled')).toBe(false);
    expect(button.hasAttribute('aria-busy')).toBe(false);
    expect(document.activeElement).toBe(button);
    expect(screen.queryByRole('alert')).toBeNull();
    await userEvent.click(button);
    await waitFor(() => expect(redirect).toHaveBeenCalledTimes(2));
    expect(requests[1]!.headers.get('idempotency-key'), 'the same purchase, the same key').toBe(requests[0]!.headers.get('idempotency-key'));
  });

  it('sends one request for ten synchronous clicks', async () => {
    const { fetch, requests } = recordingFetch();
    const redirect = vi.fn();
    render(<CheckoutButton lineItems={[item]} successUrl={successUrl} config={testConfig(fetch)} redirect={redirect} />);
    const button = screen.getByRole('button');
    act(() => {
      for (let i = 0; i < 10; i++) button.click();
    });
    await waitFor(() => expect(redirect).toHaveBeenCalledTimes(1));
    expect(requests).toHaveLength(1);
  });

  it("shows the server's message as text with the request id, and works again", async () => {
    const { fetch, requests } = recordingFetch((_, index) =>
      index === 0 ? stripeError(400, '<b>No such price</b>: price_123', 'req_42') : created(),
    );
    const redirect = vi.fn();
    const onError = vi.fn();
    render(<CheckoutButton lineItems={[item]} successUrl={successUrl} config={testConfig(fetch)} redirect={redirect} onError={onError} />);
    await userEvent.click(screen.getByRole('button', { name: 'Checkout' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('<b>No such price</b>: price_123');
    expect(alert.querySelector('b')).toBeNull();
    expect(alert.textContent).toContain('Reference: req_42');
    expect(document.activeElement).toBe(alert);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]![0]).toMatchObject({ kind: 'http', status: 400, requestId: 'req_42' });
    expect(redirect).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Checkout' }));
    await waitFor(() => expect(redirect).toHaveBeenCalledWith(PAY_URL));
    expect(requests).toHaveLength(2);
    expect(requests[1]!.body).toEqual(requests[0]!.body);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows no message of its own when onError returns false, and still works again', async () => {
    const { fetch, requests } = recordingFetch((_, index) => (index === 0 ? stripeError(400, 'No such price: price_123', 'req_43') : created()));
    const redirect = vi.fn();
    const shownByTheShop: string[] = [];
    render(
      <CheckoutButton
        lineItems={[item]}
        successUrl={successUrl}
        config={testConfig(fetch)}
        redirect={redirect}
        onError={(error) => {
          shownByTheShop.push(`${error.kind} ${error.status} ${error.requestId}`);
          return false;
        }}
      />,
    );
    const button = screen.getByRole('button', { name: 'Checkout' });
    await userEvent.click(button);
    await waitFor(() => expect(shownByTheShop).toEqual(['http 400 req_43']));
    await waitFor(() => expect(button.hasAttribute('disabled')).toBe(false));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.body.textContent).not.toContain('No such price');
    expect(document.activeElement).not.toBe(document.body.querySelector('[data-part="alert"]'));

    await userEvent.click(button);
    await waitFor(() => expect(redirect).toHaveBeenCalledWith(PAY_URL));
    expect(requests).toHaveLength(2);
  });

  it('still shows a setup error when onError returns false (never a silent, dead button)', async () => {
    const onError = vi.fn(() => false);
    render(<CheckoutButton lineItems={[item]} successUrl="ftp://shop.example/thanks" onError={onError} />);
    expect(screen.getByRole('alert').textContent).toContain('successUrl');
    await waitFor(() => expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'validation' })));
  });

  it('retries a 503 with the same Idempotency-Key and redirects once', async () => {
    const { fetch, requests } = recordingFetch((_, index) => (index === 0 ? stripeError(503, 'Try later') : created()));
    const redirect = vi.fn();
    render(<CheckoutButton lineItems={[item]} successUrl={successUrl} config={testConfig(fetch)} redirect={redirect} />);
    await userEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(redirect).toHaveBeenCalledTimes(1));
    expect(redirect).toHaveBeenCalledWith(PAY_URL);
    expect(requests).toHaveLength(2);
    const key = requests[0]!.headers.get('idempotency-key');
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect(requests[1]!.headers.get('idempotency-key')).toBe(key);
  });

  it('gives up after the timeout with a message and no redirect', async () => {
    const { fetch } = recordingFetch(hang);
    const redirect = vi.fn();
    const onError = vi.fn();
    render(<CheckoutButton lineItems={[item]} successUrl={successUrl} config={testConfig(fetch, { timeoutMs: 20, retries: 0 })} redirect={redirect} onError={onError} />);
    await userEvent.click(screen.getByRole('button'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The checkout server took too long to answer. Please try again.');
    expect(onError.mock.calls[0]![0]).toMatchObject({ kind: 'timeout' });
    expect(screen.getByRole('button').hasAttribute('disabled')).toBe(false);
    expect(redirect).not.toHaveBeenCalled();
  });

  it('refuses an unsafe URL: no redirect, an error', async () => {
    const { fetch } = recordingFetch(() => created('javascript:alert(1)'));
    const redirect = vi.fn();
    const onError = vi.fn<(error: CheckoutError) => void>();
    const onSuccess = vi.fn();
    render(<CheckoutButton lineItems={[item]} successUrl={successUrl} config={testConfig(fetch)} redirect={redirect} onError={onError} onSuccess={onSuccess} />);
    await userEvent.click(screen.getByRole('button'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The payment page address was not safe to open, so we stayed here.');
    expect(onError.mock.calls[0]![0].kind).toBe('redirect');
    expect(redirect).not.toHaveBeenCalled();
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it('refuses a URL outside allowedRedirectOrigins', async () => {
    const { fetch } = recordingFetch(() => created('https://evil.example/pay'));
    const redirect = vi.fn();
    render(<CheckoutButton lineItems={[item]} successUrl={successUrl} config={testConfig(fetch, { allowedRedirectOrigins: ['https://pay.example'] })} redirect={redirect} />);
    await userEvent.click(screen.getByRole('button'));
    await screen.findByRole('alert');
    expect(redirect).not.toHaveBeenCalled();
  });

  it('stays on the page when onBeforeRedirect returns false', async () => {
    const { fetch } = recordingFetch();
    const redirect = vi.fn();
    const onBeforeRedirect = vi.fn(() => false);
    render(<CheckoutButton lineItems={[item]} successUrl={successUrl} config={testConfig(fetch)} redirect={redirect} onBeforeRedirect={onBeforeRedirect} />);
    await userEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(onBeforeRedirect).toHaveBeenCalledWith(PAY_URL));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Checkout' }).hasAttribute('disabled')).toBe(false));
    expect(redirect).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('passes the exact body to onRequest, and false cancels without a request or an error', async () => {
    const { fetch, requests } = recordingFetch();
    const onRequest = vi.fn(() => false);
    const onError = vi.fn();
    render(<CheckoutButton lineItems={[item]} successUrl={successUrl} cancelUrl="/cart" currency="eur" config={testConfig(fetch)} onRequest={onRequest} onError={onError} redirect={vi.fn()} />);
    await userEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(onRequest).toHaveBeenCalledWith(expectedBody));
    expect(requests).toHaveLength(0);
    expect(onError).not.toHaveBeenCalled();
    expect(screen.getByRole('button').hasAttribute('disabled')).toBe(false);
  });

  it('checks allowedRedirectOrigins before the default redirect', async () => {
    const { fetch } = recordingFetch(() => created('https://evil.example/pay'));
    const onError = vi.fn();
    // The default redirect honours allowedRedirectOrigins through checkRedirectUrl before navigating.
    render(<CheckoutButton lineItems={[item]} successUrl={successUrl} config={testConfig(fetch, { allowedRedirectOrigins: ['https://pay.example'] })} onError={onError} />);
    await userEvent.click(screen.getByRole('button'));
    await screen.findByRole('alert');
    expect(onError.mock.calls[0]![0]).toMatchObject({ kind: 'redirect' });
  });
});
