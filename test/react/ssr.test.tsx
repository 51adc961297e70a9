// Server rendering in plain Node: no window, no document.
import { renderToString } from 'react-dom/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CheckoutButton, CheckoutForm, CheckoutProvider, loadLocale } from '../../src/index';
import { ssrCases } from './ssrCases';

describe('renderToString in Node', () => {
  // Locales other than English load on demand: a server renders them once loaded (await loadLocale).
  beforeAll(() => Promise.all(['de', 'fr', 'it'].map((code) => loadLocale(code))));

  it('runs without a window', () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined');
  });

  it.each(ssrCases)('$name', ({ element, expected }) => {
    const error = vi.spyOn(console, 'error');
    const html = renderToString(element);
    for (const text of expected) expect(html).toContain(text);
    expect(html).not.toContain('style=');
    expect(error).not.toHaveBeenCalled();
  });

  it('renders a relative successUrl without a setup error (no page URL on the server)', () => {
    const html = renderToString(
      <CheckoutProvider locale="it">
        <CheckoutButton lineItems={[{ price: 'price_1' }]} successUrl="/thanks" />
        <CheckoutForm lineItems={[{ price: 'price_1' }]} successUrl="/thanks" />
      </CheckoutProvider>,
    );
    expect(html).not.toContain('role="alert"');
    expect(html).toContain('Acquista');
  });
});
