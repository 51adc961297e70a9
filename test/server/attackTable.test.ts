import { describe, expect, it } from 'vitest';
import { ENDPOINT, attackTable, createTableHandler, rowInit } from './attackTable';
import { expectRowAnswer } from './checkAttackRow';

describe('the attack table, straight through createCheckoutHandler', () => {
  it.each(attackTable.map((row) => [row.name, row] as const))('%s', async (_name, row) => {
    const { handler } = createTableHandler();
    await expectRowAnswer(row, await handler(new Request(ENDPOINT, rowInit(row))));
  });

  it(`has ${attackTable.length} rows, ${attackTable.filter((row) => row.status !== 201).length} of them refusals`, () => {
    expect(attackTable.filter((row) => row.status !== 201).length).toBeGreaterThanOrEqual(45);
  });
});
