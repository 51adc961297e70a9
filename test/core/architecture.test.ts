import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));

describe('architecture', () => {
  it('src/core imports neither React, nor any UI library, nor TanStack (the controller is framework-free)', () => {
    const offenders = files('src/core')
      .filter((file) => /\.tsx?$/.test(file))
      .filter((file) => /from\s+['"](react|react-dom|preact|react-hook-form|@tanstack\/[a-z-]+)(\/[^'"]*)?['"]/.test(readFileSync(file, 'utf8')));
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

  it('no cast over a dependency\'s internals: no "as unknown as QueryClient" anywhere in src', () => {
    const offenders = files('src').filter((file) => /as unknown as QueryClient/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('src/core touches no window or document at import time', async () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    const core = await import('../../src/core');
    expect(typeof core.createCheckoutSession).toBe('function');
  });

  it('src/server imports no React, no DOM layer, no mock and nothing from node: (it must load in workerd)', () => {
    const offenders = files('src/server')
      .filter((file) => /\.ts$/.test(file) && !/\.test\.ts$/.test(file))
      .flatMap((file) => {
        const source = readFileSync(file, 'utf8');
        const imports = [...source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+['"]([^'"]+)['"]/gm)].map((match) => match[1]!);
        const bad = imports.filter((specifier) => /^(react|react-dom|preact|@tanstack|stripe|node:)|\/(react|element|mock|i18n)\//.test(specifier));
        // Browser globals would throw at import time in a worker or in Node.
        const globals = /\b(window|document|localStorage|sessionStorage|navigator)\./.test(source) ? ['a browser global'] : [];
        return [...bad, ...globals].map((problem) => `${file}: ${problem}`);
      });
    expect(offenders).toEqual([]);
  });

  it('src/server/index.ts imports only web standards at run time: the entry loads with no window and no node: builtins', async () => {
    const server = await import('../../src/server');
    expect(Object.keys(server).sort()).toEqual(['CheckoutProviderError', 'createCheckoutHandler', 'createWebhookHandler', 'forwardProvider', 'localeFromAcceptLanguage', 'stripeProvider', 'toNodeHandler', 'toStripeParams']);
  });
});
