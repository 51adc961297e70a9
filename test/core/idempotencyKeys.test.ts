import { describe, expect, it } from 'vitest';
import { CheckoutError } from '../../src/core';
import { createIdempotencyKeys } from '../../src/core/idempotencyKeys';

describe('createIdempotencyKeys: one key per purchase across clicks', () => {
  const counter = () => {
    let next = 0;
    return () => `key-${++next}`;
  };

  it('reuses the key for the same body after a failure whose outcome is unknown', () => {
    const keys = createIdempotencyKeys(counter());
    for (const lost of [new CheckoutError('network', 'down'), new CheckoutError('timeout', 'slow'), new CheckoutError('aborted', 'left', { retryable: true }), new CheckoutError('http', '503', { status: 503, retryable: true }), new CheckoutError('response', 'not JSON', { retryable: true })]) {
      expect(keys.keyFor('{"a":1}')).toBe('key-1');
      keys.settle(lost);
    }
    expect(keys.keyFor('{"a":1}')).toBe('key-1');
  });

  it('starts a new key after a definitive answer or for a different body', () => {
    const keys = createIdempotencyKeys(counter());
    expect(keys.keyFor('{"a":1}')).toBe('key-1');
    keys.settle(null); // a session URL came back
    expect(keys.keyFor('{"a":1}')).toBe('key-2');
    keys.settle(new CheckoutError('http', 'rejected', { status: 400, retryable: false }));
    expect(keys.keyFor('{"a":1}')).toBe('key-3');
    keys.settle(new CheckoutError('network', 'down'));
    expect(keys.keyFor('{"a":2}'), 'the shopper changed the cart').toBe('key-4');
  });
});
