import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));

describe('architecture', () => {
  it('src/core imports neither React nor any UI library', () => {
    const offenders = files('src/core')
      .filter((file) => /\.tsx?$/.test(file))
      .filter((file) => /from\s+['"](react|react-dom|preact|react-hook-form|@tanstack\/react-query)(\/[^'"]*)?['"]/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('src/core, src/react and src/element import no zod: the browser bundles parse with src/core/validate.ts', () => {
    const offenders = [...files('src/core'), ...files('src/react'), ...files('src/element')]
      .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
      .filter((file) => /from\s+['"]zod(\/[^'"]*)?['"]/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('src/core and src/mock import nothing from the React or element layers', () => {
    const offenders = [...files('src/core'), ...files('src/mock')].filter((file) => /from\s+['"]\.\.\/(react|element)\//.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('src/core touches no window or document at import time', async () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    const core = await import('../../src/core');
    expect(typeof core.createCheckoutSession).toBe('function');
  });
});
