import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './sizes';

let dir: string;
let tarball: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cw-pack-'));
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8' });
  tarball = join(dir, (JSON.parse(out) as { filename: string }[])[0]!.filename);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the published package', () => {
  it('publint reports no problems', async () => {
    const { publint } = await import('publint');
    const { formatMessage } = await import('publint/utils');
    const bytes = readFileSync(tarball);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const { messages } = await publint({ pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer }, level: 'suggestion', strict: true });
    expect(messages.map((message) => formatMessage(message, pkg))).toEqual([]);
  }, 60_000);

  it('@arethetypeswrong/cli finds no type problems for ESM consumers (node16 and bundler)', () => {
    // The CLI exits non-zero when any resolution of the profile has a problem; its table is the message.
    // styles.css is excluded: a stylesheet has no types, and attw reports every CSS entry as unresolved.
    const run = spawnSync(process.execPath, [join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js'), tarball, '--profile', 'esm-only', '--exclude-entrypoints', 'styles.css'], { encoding: 'utf8' });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    for (const entry of ['core', 'schema', 'element', 'mock']) expect(run.stdout).toContain(`"checkout-widget/${entry}"`);
  }, 60_000);

  it("keeps 'use client' on the React entry's first line", () => {
    expect(readFileSync(join(root, 'dist/index.js'), 'utf8').split('\n')[0]).toMatch(/^['"]use client['"];?$/);
  });
});
