import { expect } from 'vitest';
import type { AttackRow } from './attackTable';

/** What every runtime must answer to a row: status, `param`, a request id, no provider call for a refusal, no stack or secret. */
export async function expectRowAnswer(row: AttackRow, response: Response): Promise<void> {
  const text = await response.text();
  expect({ row: row.name, status: response.status }).toEqual({ row: row.name, status: row.status });
  expect(response.headers.get('x-request-id')).toMatch(/^req_[0-9a-f]{24}$/);
  expect(response.headers.get('x-test-provider-calls')).toBe(row.status === 201 ? '1' : '0');
  const body = JSON.parse(text) as { url?: string; error?: { message: string; param?: string } };
  if (row.status === 201) {
    expect(body.url).toMatch(/^https:\/\/checkout\.stripe\.com\/c\/pay\/cs_test_\d+$/);
    return;
  }
  expect(body.error?.param).toBe(row.param);
  expect(typeof body.error?.message).toBe('string');
  expect(text).not.toMatch(/\bat \w+ \(|node_modules|sk_test|Error:/);
  if (row.status === 405) expect(response.headers.get('allow')).toBe('POST, OPTIONS');
}
