import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './sizes';

// A size measure of the script-tag bundle (vite.iife.config.ts) rests on facts about pinned
// dependencies; these tests say which fact broke after an upgrade, before a shop meets it at run time.
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
const iifeConfig = readFileSync(join(root, 'vite.iife.config.ts'), 'utf8');

describe('react in the script-tag bundle (scripts/preact-as-react.mjs)', () => {
  const shim = readFileSync(join(root, 'scripts/preact-as-react.mjs'), 'utf8');
  const provided = /export default \{([^}]*)\}/.exec(shim)![1]!.split(',').map((name) => name.trim()).filter(Boolean);
  const bundled = [
    join(root, 'node_modules/react-hook-form/dist/index.esm.mjs'),
    ...files(join(root, 'node_modules/@tanstack/react-query/build/modern')).filter((file) => file.endsWith('.js')),
    ...files(join(root, 'src')).filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file)),
  ];

  it('gives a default import of react every member its importers read', () => {
    const missing: string[] = [];
    for (const file of bundled) {
      const source = readFileSync(file, 'utf8');
      const name = /import\s+(\w+)\s*(?:,\s*\{[^}]*\})?\s*from\s*['"]react['"]/.exec(source)?.[1];
      if (!name) continue;
      for (const [, member] of source.matchAll(new RegExp(`\\b${name}\\.(\\w+)`, 'g'))) {
        if (!provided.includes(member!)) missing.push(`${file}: ${name}.${member}`);
      }
    }
    expect(provided).toContain('useRef');
    expect(missing).toEqual([]);
  });

  it('re-exports all of preact/compat by name, and is what react resolves to', () => {
    expect(shim).toContain("export * from 'preact/compat';");
    expect(iifeConfig).toContain("replacement: here('./scripts/preact-as-react.mjs')");
  });
});
