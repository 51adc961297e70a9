// @vitest-environment jsdom
// The components against the mock backend over real HTTP on 127.0.0.1.
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startMockServer, type MockServer, type StoredSession } from '../../src/mock';
import { CheckoutButton, CheckoutForm, type CheckoutError, type ClientConfig } from '../../src/index';

let server: MockServer;
let fault: string | undefined;
let attempts: Array<{ idempotencyKey: string | null }>;

beforeAll(async () => {
  server = await startMockServer({ port: 0, host: '127.0.0.1' });
});
afterAll(() => server.close());
beforeEach(async () => {
  fault = undefined;
  attempts = [];
  await fetch(`${server.url}/__mock/reset`, { method: 'POST' });
});
afterEach(() => vi.restoreAllMocks());

/** Real fetch to the mock server; records each attempt and sends the current fault header. */
function config(extra: ClientConfig = {}): ClientConfig {
  return {
    endpoint: `${server.url}/checkout/session`,
    baseUrl: 'https://shop.example/cart',
    retryDelayMs: 1,
    headers: (): Record<string, string> => (fault ? { 'X-Mock-Fault': fault } : {}),
    fetch: (input, init) => {
      attempts.push({ idempotencyKey: new Headers(init?.headers).get('idempotency-key') });
      return globalThis.fetch(input, init);
    },
    ...extra,
  };
}

async function sessions(): Promise<StoredSession[]> {
  const response = await fetch(`${server.url}/checkout/sessions`);
  return ((await response.json()) as { data: StoredSession[] }).data;
}

const item = { price: 'price_123', quantity: 2 };
const successUrl = 'https://shop.example/thanks?session={CHECKOUT_SESSION_ID}';

function renderButton(extra: Record<string, unknown> = {}, clientConfig: ClientConfig = config()) {
  const redirect = vi.fn();
  const onError = vi.fn<(error: CheckoutError) => void>();
  render(<CheckoutButton lineItems={[item]} successUrl={successUrl} cancelUrl="/cart" config={clientConfig} redirect={redirect} onError={onError} {...extra} />);
  return { redirect, onError, button: screen.getByRole('button') };
}

describe('over HTTP against the mock backend', () => {
  it('button: the stored body is exactly what the widget built, and the redirect goes to the hosted page', async () => {
    const { redirect, button } = renderButton({ currency: 'EUR', paymentMethodTypes: ['card', 'paypal'] });
    await userEvent.click(button);
    await waitFor(() => expect(redirect).toHaveBeenCalledTimes(1));
    const [session] = await sessions();
    expect(redirect).toHaveBeenCalledWith(`${server.url}/pay/${session!.id}`);
    expect(session!.request).toEqual({
      line_items: [{ price: 'price_123', quantity: 2 }],
      mode: 'payment',
      success_url: successUrl,
      cancel_url: 'https://shop.example/cart',
      currency: 'eur',
      payment_method_types: ['card', 'paypal'],
      subscription_data: {},
    });
    expect(session!.idempotencyKey).toBe(attempts[0]!.idempotencyKey);
  });

  it('ten synchronous clicks create one session', async () => {
    const { redirect, button } = renderButton();
    act(() => {
      for (let i = 0; i < 10; i++) button.click();
    });
    await waitFor(() => expect(redirect).toHaveBeenCalledTimes(1));
    expect(attempts).toHaveLength(1);
    expect(await sessions()).toHaveLength(1);
  });

  it("400: shows the server's message and request id; a retry works", async () => {
    fault = 'status=400;message=No such price: price_123';
    const { redirect, onError, button } = renderButton();
    await userEvent.click(button);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('No such price: price_123');
    expect(alert.textContent).toMatch(/Reference: req_mock_\d+/);
    expect(onError.mock.calls[0]![0]).toMatchObject({ kind: 'http', status: 400 });
    expect(attempts).toHaveLength(1);

    fault = undefined;
    await userEvent.click(screen.getByRole('button', { name: 'Checkout' }));
    await waitFor(() => expect(redirect).toHaveBeenCalledTimes(1));
    expect(await sessions()).toHaveLength(1);
  });

  it('503 then 201: one redirect, the same Idempotency-Key on both attempts', async () => {
    fault = 'status=503;times=1';
    const { redirect, button } = renderButton();
    await userEvent.click(button);
    await waitFor(() => expect(redirect).toHaveBeenCalledTimes(1));
    expect(attempts).toHaveLength(2);
    expect(attempts[1]!.idempotencyKey).toBe(attempts[0]!.idempotencyKey);
    const stored = await sessions();
    expect(stored).toHaveLength(1);
    expect(redirect).toHaveBeenCalledWith(stored[0]!.url);
  });

  it('timeout: a slow server ends in an error, not a hang', async () => {
    fault = 'delay=3000';
    const { redirect, onError, button } = renderButton({}, config({ timeoutMs: 100, retries: 0 }));
    await userEvent.click(button);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('took too long');
    expect(onError.mock.calls[0]![0].kind).toBe('timeout');
    expect(redirect).not.toHaveBeenCalled();
  });

  it.each([
    ['unsafe-url', 'redirect', 'not safe to open'],
    ['malformed', 'response', 'unexpected answer'],
    ['no-url', 'response', 'unexpected answer'],
    ['drop', 'network', 'could not reach'],
  ])('%s: no redirect, a %s error', async (spec, kind, text) => {
    fault = spec;
    const { redirect, onError, button } = renderButton({}, config({ retries: 0 }));
    await userEvent.click(button);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent?.toLowerCase()).toContain(text);
    expect(onError.mock.calls[0]![0].kind).toBe(kind);
    expect(redirect).not.toHaveBeenCalled();
  });

  it('unmount mid-request: the request is aborted and nothing redirects', async () => {
    fault = 'delay=300';
    const redirect = vi.fn();
    const { unmount } = render(<CheckoutButton lineItems={[item]} successUrl={successUrl} config={config()} redirect={redirect} />);
    await userEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(attempts).toHaveLength(1));
    unmount();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(redirect).not.toHaveBeenCalled();
  });

  it('form: quantities, promotion toggle and payment method arrive as the stored body', async () => {
    const redirect = vi.fn();
    const user = userEvent.setup();
    render(
      <CheckoutForm
        lineItems={[
          { price: 'price_mug', name: 'Mug', unitAmount: 1200, adjustableQuantity: { enabled: true, minimum: 1, maximum: 10 } },
          { price: 'price_sticker', name: 'Sticker', unitAmount: 250, quantity: 2, adjustableQuantity: { enabled: true } },
        ]}
        successUrl="/thanks"
        currency="eur"
        allowQuantityEdit
        promotionCodes="toggle"
        paymentMethodTypes={['card', 'paypal']}
        config={config()}
        redirect={redirect}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Increase quantity of Mug' }));
    await user.click(screen.getByRole('button', { name: 'Remove Sticker' }));
    await user.click(screen.getByRole('checkbox', { name: 'I have a promotion code' }));
    await user.click(screen.getByRole('radio', { name: 'PayPal' }));
    await user.click(screen.getByRole('button', { name: 'Continue to payment' }));
    await waitFor(() => expect(redirect).toHaveBeenCalledTimes(1));
    const [session] = await sessions();
    expect(redirect).toHaveBeenCalledWith(session!.url);
    expect(session!.request).toEqual({
      line_items: [{ price: 'price_mug', quantity: 2, adjustable_quantity: { enabled: true, minimum: 1, maximum: 10 } }],
      mode: 'payment',
      success_url: 'https://shop.example/thanks',
      allow_promotion_codes: true,
      currency: 'eur',
      payment_method_types: ['paypal'],
      subscription_data: {},
    });
  });
});
