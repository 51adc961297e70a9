// Issue 4's "done when": a React app that installs the packed tarball and writes only what README.md
// shows gets a working button and form. The app's code is the README's React quick start, extracted
// from README.md itself, bundled by esbuild against the tarball's files (not src/), run in Chromium.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { startMockServer, type MockServer } from '../src/mock';
import { REPO_ROOT, describeInChromium, launchChromium, watchProblems } from './support';

describeInChromium('a React app built from the packed package and the README', () => {
  let app: string;
  let server: MockServer;
  let browser: Browser;

  beforeAll(async () => {
    app = mkdtempSync(join(tmpdir(), 'cw-packed-app-'));
    const out = execFileSync('npm', ['pack', '--json', '--pack-destination', app], { cwd: REPO_ROOT, encoding: 'utf8' });
    const tarball = join(app, (JSON.parse(out) as { filename: string }[])[0]!.filename);
    const installed = join(app, 'node_modules/checkout-widget');
    mkdirSync(installed, { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
    // The package's own dependencies and React, as npm would install them beside it.
    for (const name of ['react', 'react-dom', 'scheduler', 'react-hook-form', 'zod', '@tanstack']) {
      symlinkSync(join(REPO_ROOT, 'node_modules', name), join(app, 'node_modules', name), 'dir');
    }
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Quick start: React'));
    const snippet = /```tsx\n([\s\S]*?)```/.exec(section)![1]!;
    writeFileSync(join(app, 'Shop.tsx'), snippet);
    writeFileSync(
      join(app, 'main.tsx'),
      `import { createRoot } from 'react-dom/client';\nimport { Shop } from './Shop';\ncreateRoot(document.getElementById('root')!).render(<Shop />);\n`,
    );
    await build({
      entryPoints: [join(app, 'main.tsx')],
      bundle: true,
      outdir: join(app, 'public'),
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"' },
      nodePaths: [join(app, 'node_modules')],
      logLevel: 'silent',
    });
    writeFileSync(
      join(app, 'public/index.html'),
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/main.css"></head><body><main id="root"></main><script src="/main.js"></script></body></html>',
    );
    writeFileSync(join(app, 'public/thanks'), 'Thanks');
    server = await startMockServer({ staticDir: join(app, 'public'), endpointPath: '/api/checkout/session' });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(app, { recursive: true, force: true });
  });

  it('the button posts the exact body and the browser lands on the hosted page', async () => {
    server.handler.store.reset();
    const page = await browser.newPage();
    const problems = await watchProblems(page);
    await page.goto(`${server.url}/index.html`);
    await Promise.all([page.waitForURL(/\/pay\//), page.getByRole('button', { name: 'Buy the mug' }).click()]);
    const [session] = server.handler.store.list();
    expect(page.url()).toBe(session!.url);
    expect(session!.request).toEqual({
      line_items: [{ price: 'price_mug', quantity: 1 }],
      mode: 'payment',
      success_url: `${server.url}/thanks?session={CHECKOUT_SESSION_ID}`,
      cancel_url: `${server.url}/cart`,
      payment_method_types: ['card'],
      subscription_data: {},
    });
    expect(problems.all()).toEqual([]);
    await page.close();
  });

  it('the form posts the body README shows (in Italian, with the shopper\'s choices) and redirects', async () => {
    server.handler.store.reset();
    const page = await browser.newPage();
    const problems = await watchProblems(page);
    await page.goto(`${server.url}/index.html`);
    await page.getByRole('checkbox', { name: 'Ho un codice promozionale' }).check();
    await page.getByRole('radio', { name: 'PayPal' }).check();
    await Promise.all([page.waitForURL(/\/pay\//), page.getByRole('button', { name: 'Procedi al pagamento' }).click()]);
    const [session] = server.handler.store.list();
    expect(session!.request).toEqual({
      line_items: [
        { price: 'price_mug', quantity: 2, adjustable_quantity: { enabled: true, minimum: 0, maximum: 10 } },
        { price: 'price_club', quantity: 1 },
      ],
      mode: 'subscription',
      success_url: `${server.url}/thanks?session={CHECKOUT_SESSION_ID}`,
      cancel_url: `${server.url}/cart`,
      allow_promotion_codes: true,
      payment_method_types: ['paypal'],
      currency: 'eur',
      subscription_data: { trial_period_days: 14 },
    });
    expect(problems.all()).toEqual([]);
    await page.close();
  });
});
