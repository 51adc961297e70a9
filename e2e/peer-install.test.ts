// Issue #14: dependencies a shop can live with. The packed tarball installs next to a shop's own 5.x of
// TanStack Query without a second copy, and an element-only shop gets no React at all.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packedTarball } from './support/packed';

// Not the version in our own lockfile: a shop that upgraded (or lags) within 5.x.
const SHOP_TANSTACK = '5.106.1';
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function shop(dependencies: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'checkout-widget-shop-'));
  folders.push(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'a-shop', private: true, type: 'module', dependencies }, null, 2));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], timeout: 240_000 });
  return dir;
}

/** Every installed version of a package in the tree, as `npm ls` reports them. */
function versionsOf(dir: string, name: string): string[] {
  const tree = JSON.parse(execFileSync('npm', ['ls', name, '--all', '--json'], { cwd: dir, encoding: 'utf8', timeout: 60_000 })) as Node;
  const found = new Set<string>();
  const walk = (node: Node) => {
    for (const [dependency, child] of Object.entries(node.dependencies ?? {})) {
      if (dependency === name && child.version) found.add(child.version);
      walk(child);
    }
  };
  walk(tree);
  return [...found];
}
interface Node {
  version?: string;
  dependencies?: Record<string, Node>;
}

describe('installing the packed package into a shop', () => {
  it(`joins the shop's @tanstack/react-query ${SHOP_TANSTACK}: one copy of it and of query-core, no peer problems`, async () => {
    const tarball = await packedTarball();
    const dir = shop({ 'checkout-widget': `file:${tarball}`, react: '19.3.1', 'react-dom': '19.3.1', '@tanstack/react-query': SHOP_TANSTACK });
    expect(versionsOf(dir, '@tanstack/react-query')).toEqual([SHOP_TANSTACK]);
    expect(versionsOf(dir, '@tanstack/query-core')).toHaveLength(1);
    // `npm ls` exits non-zero on a missing or invalid peer.
    expect(() => execFileSync('npm', ['ls', '--all'], { cwd: dir, stdio: 'pipe', timeout: 60_000 })).not.toThrow();
  }, 300_000);

  it('an element-only shop installs no TanStack Query, no react-dom and no stripe (optional peers)', async () => {
    const tarball = await packedTarball();
    const dir = shop({ 'checkout-widget': `file:${tarball}` });
    for (const name of ['react-dom', '@tanstack/react-query', '@tanstack/query-core', 'stripe']) expect(existsSync(join(dir, 'node_modules', name)), name).toBe(false);
    // react itself still arrives, as the (non-optional) peer of react-hook-form, a dependency by the
    // public API; nothing of ours asks for it.
    const why = execFileSync('npm', ['explain', 'react', '--json'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    const dependents = (JSON.parse(why) as { dependents: { type: string; from: { name?: string } }[] }[]).flatMap((entry) =>
      entry.dependents.filter((dependent) => dependent.type !== 'peerOptional').map((dependent) => dependent.from.name),
    );
    expect(dependents).toEqual(['react-hook-form']);
    expect(existsSync(join(dir, 'node_modules/checkout-widget/dist/checkout-widget.iife.js'))).toBe(true);
  }, 300_000);
});
