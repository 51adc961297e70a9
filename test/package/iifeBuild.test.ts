import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { root } from './sizes';

// Two size measures of the script-tag bundle (vite.iife.config.ts) rest on facts about pinned
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

describe('query-core private fields as $_ properties (plugin query-core-private-fields)', () => {
  const dir = join(root, 'node_modules/@tanstack/query-core/build/modern');
  const modules = new Map(files(dir).filter((file) => file.endsWith('.js')).map((file) => [basename(file), readFileSync(file, 'utf8')]));
  const privateNames = (source: string) => new Set([...source.matchAll(/#([A-Za-z_$][\w$]*)/g)].map(([, name]) => name!));

  it('renames to names the modules do not use', () => {
    expect(modules.get('mutation.js')).toContain('#mutationCache');
    for (const [file, source] of modules) expect(source.includes('$_'), file).toBe(false);
  });

  it('never gives a class and its superclass the same property', () => {
    const clashes: string[] = [];
    const checked: string[] = [];
    for (const [file, source] of modules) {
      for (const [, parent] of source.matchAll(/class\s+\w*\s*extends\s+(\w+)/g)) {
        const from = new RegExp(`import\\s*\\{[^}]*\\b${parent}\\b[^}]*\\}\\s*from\\s*["']\\./([\\w.]+)["']`).exec(source)?.[1];
        if (!from || !modules.has(from)) continue;
        checked.push(`${file} extends ${from}`);
        const inherited = privateNames(modules.get(from)!);
        for (const name of privateNames(source)) if (inherited.has(name)) clashes.push(`${file} and ${from}: #${name}`);
      }
    }
    expect(checked).toContain('mutation.js extends removable.js');
    expect(checked).toContain('mutationObserver.js extends subscribable.js');
    expect(clashes).toEqual([]);
  });

  it('uses no private brand checks (#name in object), which plain properties would change', () => {
    for (const [file, source] of modules) expect(/#[\w$]+\s+in\s/.test(source), file).toBe(false);
  });

  it('is applied to the script-tag bundle only', () => {
    expect(iifeConfig).toContain("name: 'query-core-private-fields'");
  });
});
