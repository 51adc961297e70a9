import { describe, expect, it } from 'vitest';
import { CheckoutError } from '../../src/core';
import { hashText, idempotencyKeyFor, settleIdempotencyKey } from '../../src/core/idempotencyKeys';

// No sessionStorage in Node: the page-lifetime map stands in, with the same rules.
describe('idempotencyKeyFor / settleIdempotencyKey: one key per body across clicks', () => {
  let body = 0;
  const freshBody = () => JSON.stringify({ cart: ++body });

  it('reuses the key for the same body after a created session or a failure whose outcome is unknown', () => {
    const json = freshBody();
    const key = idempotencyKeyFor(json);
    for (const outcome of [null, new CheckoutError('network', 'down'), new CheckoutError('timeout', 'slow'), new CheckoutError('aborted', 'left', { retryable: true }), new CheckoutError('http', '503', { status: 503, retryable: true })]) {
      settleIdempotencyKey(json, outcome);
      expect(idempotencyKeyFor(json)).toBe(key);
    }
  });

  it('starts a new key after a definitive refusal, and for a different body', () => {
    const json = freshBody();
    const key = idempotencyKeyFor(json);
    expect(idempotencyKeyFor(freshBody()), 'the shopper changed the cart').not.toBe(key);
    settleIdempotencyKey(json, new CheckoutError('http', 'rejected', { status: 400, retryable: false }));
    expect(idempotencyKeyFor(json)).not.toBe(key);
  });

  it('hashes bodies to distinct short ids', () => {
    const ids = new Set(Array.from({ length: 10_000 }, (_, i) => hashText(JSON.stringify({ line_items: [{ price: `price_${i}`, quantity: i % 7 }] }))));
    expect(ids.size).toBe(10_000);
  });
});
