import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { version } from './version';

describe('element version', () => {
  it('matches package.json, so CheckoutWidget.version tells the truth', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(version).toBe(pkg.version);
  });
});
