// @vitest-environment jsdom
// The script-tag bundle swaps react for preact/compat (vite.iife.config.ts). This bundles the React
// entry the same way and drives it, so an API preact/compat lacks shows up here, not in a shop.
import { screen, waitFor } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { created, PAY_URL, recordingFetch } from './helpers';

type Mount = (container: Element, kind: 'button' | 'form', props: Record<string, unknown>) => () => void;
let mount: Mount;

beforeAll(() => {
  const entry = `
    import { createElement, render } from 'preact/compat';
    import { CheckoutButton, CheckoutForm } from ${JSON.stringify(join(process.cwd(), 'src/index.ts'))};
    export function mount(container, kind, props) {
      render(createElement(kind === 'form' ? CheckoutForm : CheckoutButton, props), container);
      return () => render(null, container);
    }`;
  // The esbuild CLI in a child process: its JS API refuses to run inside jsdom (TextEncoder realm check).
  const bundle = execFileSync(
    join(process.cwd(), 'node_modules/.bin/esbuild'),
    [
      '--bundle',
      '--format=iife',
      '--global-name=CheckoutWidgetPreact',
      '--platform=browser',
      '--loader=ts',
      '--jsx=automatic',
      '--log-level=error',
      '--alias:react=./scripts/preact-as-react.mjs', // as vite.iife.config.ts: preact/compat, with a slim default export
      '--alias:react-dom=preact/compat',
      '--alias:react/jsx-runtime=preact/jsx-runtime',
      '--alias:react-dom/client=preact/compat/client',
      '--define:process.env.NODE_ENV="production"',
      '--sourcefile=preact-entry.ts',
    ],
    { input: entry, cwd: process.cwd(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  // Evaluated in this (jsdom) global scope, as a <script> would be.
  (0, eval)(bundle);
  ({ mount } = (globalThis as unknown as { CheckoutWidgetPreact: { mount: Mount } }).CheckoutWidgetPreact);
}, 30_000);

describe('under preact/compat', () => {
  it('CheckoutButton: one request for a double click, then the redirect', async () => {
    const { fetch, requests } = recordingFetch(() => created());
    const redirect = vi.fn();
    const container = document.body.appendChild(document.createElement('div'));
    const unmount = mount(container, 'button', { lineItems: [{ price: 'price_1' }], successUrl: 'https://shop.example/thanks', config: { fetch, retryDelayMs: 1 }, redirect });
    const button = screen.getByRole('button', { name: 'Checkout' });
    button.click();
    button.click();
    await waitFor(() => expect(redirect).toHaveBeenCalledWith(PAY_URL));
    expect(requests).toHaveLength(1);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Redirecting to payment…'));
    unmount();
    container.remove();
  });

  it('CheckoutForm: steppers, payment choice and the exact body', async () => {
    const { fetch, requests } = recordingFetch(() => created());
    const redirect = vi.fn();
    const container = document.body.appendChild(document.createElement('div'));
    const user = userEvent.setup();
    const unmount = mount(container, 'form', {
      lineItems: [{ price: 'price_1', name: 'Mug', unitAmount: 1200, adjustableQuantity: { enabled: true, maximum: 5 } }],
      successUrl: 'https://shop.example/thanks',
      currency: 'eur',
      allowQuantityEdit: true,
      paymentMethodTypes: ['card', 'paypal'],
      config: { fetch },
      redirect,
    });
    await user.click(screen.getByRole('button', { name: 'Increase quantity of Mug' }));
    await waitFor(() => expect(container.querySelector('[data-part="subtotal"]')?.textContent).toBe('€24.00'));
    await user.click(screen.getByRole('radio', { name: 'PayPal' }));
    await user.click(screen.getByRole('button', { name: 'Continue to payment' }));
    await waitFor(() => expect(redirect).toHaveBeenCalledWith(PAY_URL));
    expect(requests[0]!.body).toEqual({
      line_items: [{ price: 'price_1', quantity: 2, adjustable_quantity: { enabled: true, maximum: 5 } }],
      mode: 'payment',
      success_url: 'https://shop.example/thanks',
      currency: 'eur',
      payment_method_types: ['paypal'],
      subscription_data: {},
    });
    unmount();
    container.remove();
  });
});
