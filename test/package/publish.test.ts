import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packedTarball } from '../../e2e/support/packed';
import { root } from './sizes';

const entries = ['core', 'schema', 'element', 'server', 'mock', 'mock/vite', 'styles.css', 'dist/checkout-widget.iife.js'];

describe('the published package', () => {
  it('publint reports no problems', async () => {
    const { publint } = await import('publint');
    const { formatMessage } = await import('publint/utils');
    const bytes = readFileSync(await packedTarball());
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const { messages } = await publint({ pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer }, level: 'suggestion', strict: true });
    expect(messages.map((message) => formatMessage(message, pkg))).toEqual([]);
  }, 60_000);

  it('@arethetypeswrong/cli finds no problem with its default profile: every entry, CSS included, from node10, node16 (CJS and ESM) and bundlers', async () => {
    // The CLI exits non-zero when any resolution has a problem; its table is the message.
    const run = spawnSync(process.execPath, [join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js'), await packedTarball(), '--format', 'table-flipped', '--no-color'], { encoding: 'utf8' });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    for (const entry of entries) expect(run.stdout).toContain(`"checkout-widget/${entry}"`);
  }, 60_000);

  it('require() gives CommonJS consumers every JavaScript entry (the exports map\'s "require" condition)', () => {
    // The package resolves its own name through the exports map, as a consumer's require would.
    const script = `for (const entry of ${JSON.stringify(['', ...entries.filter((entry) => !entry.endsWith('.css') && !entry.includes('iife'))])}) {
      const name = entry ? 'checkout-widget/' + entry : 'checkout-widget';
      const exported = Object.keys(require(name));
      if (exported.length === 0) throw new Error(name + ' exports nothing');
      if (!require.resolve(name).endsWith('.cjs')) throw new Error(name + ' resolved to ' + require.resolve(name));
    }`;
    const run = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
  });

  it("checkout-widget/mock's types import no Vite (a Node-only or MSW consumer has none); checkout-widget/mock/vite's do", () => {
    /** Bare module names imported by a declaration file and every declaration file it imports. */
    const packagesImported = (entry: string, seen = new Set<string>()): Set<string> => {
      const names = new Set<string>();
      if (seen.has(entry)) return names;
      seen.add(entry);
      for (const [, specifier] of readFileSync(entry, 'utf8').matchAll(/(?:from\s+|import\()['"]([^'"]+)['"]/g)) {
        if (!specifier!.startsWith('.')) names.add(specifier!);
        else {
          const next = join(dirname(entry), specifier!.replace(/\.js$/, '.d.ts'));
          if (existsSync(next)) for (const name of packagesImported(next, seen)) names.add(name);
        }
      }
      return names;
    };
    expect([...packagesImported(join(root, 'dist/types/mock/index.d.ts'))].filter((name) => /^vite($|\/)/.test(name))).toEqual([]);
    expect([...packagesImported(join(root, 'dist/types/mock/vite.d.ts'))]).toContain('vite');
  });

  it("keeps 'use client' on the React entry's first line (ESM and CommonJS)", () => {
    for (const file of ['dist/index.js', 'dist/cjs/index.cjs']) expect(readFileSync(join(root, file), 'utf8').split('\n')[0]).toMatch(/^['"]use client['"];?$/);
  });
});
