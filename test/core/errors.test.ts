import { describe, expect, it } from 'vitest';
import { parseErrorBody, parseRetryAfter } from '../../src/core';

describe('error bodies in the four shapes of spec/README.md', () => {
  it.each([
    ['Stripe', '{"error":{"message":"No such price","code":"resource_missing","param":"line_items[0].price"}}', 'application/json', { message: 'No such price', code: 'resource_missing', param: 'line_items[0].price' }],
    ['Connhex gateway', '{"errors":[{"detail":"Token expired"},{"detail":"Sign in again"}]}', 'application/json', { message: 'Token expired Sign in again' }],
    ['google.rpc.Status', '{"code":9,"message":"Precondition failed","details":[]}', 'application/json', { message: 'Precondition failed', code: '9' }],
    ['plain text', 'Service down for maintenance', 'text/plain', { message: 'Service down for maintenance' }],
    ['an HTML page', '<!doctype html><h1>502</h1>', 'text/html', {}],
    ['empty', '', null, {}],
    ['unknown JSON', '{"foo":1}', 'application/json', {}],
  ])('%s', (_name, text, type, expected) => {
    expect(parseErrorBody(text, type)).toEqual(expected);
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfter('2')).toBe(2000);
    expect(parseRetryAfter(new Date(Date.now() + 3000).toUTCString())).toBeGreaterThan(1000);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});
