import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
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

describe('the script tag and the files beside it (vite.iife.config.ts)', () => {
  const dist = join(root, 'dist');
  const sri = (file: string) => `sha384-${createHash('sha384').update(readFileSync(join(dist, file))).digest('base64')}`;
  const main = () => readFileSync(join(dist, 'checkout-widget.iife.js'), 'utf8');

  it('the main file pins the form chunk and the locale index with their SHA-384, and the index pins every locale', () => {
    const code = main();
    expect(code).toContain(`file:\`checkout-widget-form.js\`,integrity:\`${sri('checkout-widget-form.js')}\``);
    expect(code).toContain(`file:\`locales/index.js\`,integrity:\`${sri('locales/index.js')}\``);
    const index = readFileSync(join(dist, 'locales/index.js'), 'utf8');
    const listed = JSON.parse(/,(\{.*\})\);\s*$/.exec(index)![1]!) as Record<string, { file: string; integrity: string }>;
    expect(Object.keys(listed).length).toBeGreaterThanOrEqual(40);
    for (const { file, integrity } of Object.values(listed)) expect(integrity, file).toBe(sri(file));
  });

  it('each chunk is a classic script that registers itself with the version of its main file', () => {
    const version = /version = '([^']+)'/.exec(readFileSync(join(root, 'src/element/version.ts'), 'utf8'))![1]!;
    const form = readFileSync(join(dist, 'checkout-widget-form.js'), 'utf8');
    expect(form).toContain('__chunk?.(`form`,');
    expect(form).toContain(`\`${version}\``);
    expect(form).not.toMatch(/^\s*(import|export)\s/m);
    expect(readFileSync(join(dist, 'locales/it.js'), 'utf8')).toContain(`("locale/it","${version}",`);
  });

  it('both files start with the V8 compile hint, so Chromium compiles them while they stream in', () => {
    expect(main().startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true);
    expect(readFileSync(join(dist, 'checkout-widget-form.js'), 'utf8').startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true);
  });
});
