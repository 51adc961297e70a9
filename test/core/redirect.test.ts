import { describe, expect, it, vi } from 'vitest';
import { CheckoutError, redirectToCheckout } from '../../src/core';

describe('redirectToCheckout', () => {
  it.each([
    ['https', 'https://pay.example/c/cs_1'],
    ['http on localhost', 'http://localhost:5173/pay/cs_1'],
    ['http on 127.0.0.1', 'http://127.0.0.1:4010/pay/cs_1'],
  ])('navigates to %s', (_name, url) => {
    const location = { assign: vi.fn() };
    redirectToCheckout(url, { location });
    expect(location.assign).toHaveBeenCalledWith(url);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['blob:', 'blob:https://pay.example/0b9e'],
    ['http to a public host', 'http://pay.example/c/cs_1'],
    ['protocol-relative', '//evil.example/pay'],
    ['relative', '/pay/cs_1'],
    ['malformed', 'https://'],
    ['empty', ''],
    ['6000 characters', `https://pay.example/${'a'.repeat(6000)}`],
  ])('refuses %s and navigates nowhere', (_name, url) => {
    const location = { assign: vi.fn() };
    expect(() => redirectToCheckout(url, { location })).toThrow(CheckoutError);
    try {
      redirectToCheckout(url, { location });
    } catch (error) {
      expect((error as CheckoutError).kind).toBe('redirect');
    }
    expect(location.assign).not.toHaveBeenCalled();
  });

  it('refuses origins outside allowedRedirectOrigins', () => {
    const location = { assign: vi.fn() };
    const allowedRedirectOrigins = ['https://checkout.stripe.com', 'https://pay.example'];
    redirectToCheckout('https://pay.example/c/1', { location, allowedRedirectOrigins });
    expect(() => redirectToCheckout('https://evil.example/c/1', { location, allowedRedirectOrigins })).toThrow(/not in allowedRedirectOrigins/);
    expect(location.assign).toHaveBeenCalledTimes(1);
  });
});
