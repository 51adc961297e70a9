// Issues 4 and 17: a React app that installs the packed tarball and writes only what README.md shows
// gets a working button and form, with both React versions we claim (19 and 18.3). Each app is a
// fixture (e2e/fixtures/vite-shop-react*: its own package.json and lockfile) plus README's React quick
// start as Shop.tsx, built with Vite and served as README says to try it: `npx checkout-widget-mock
// --static dist`, the CLI from the installed package, which also answers POST /checkout/session.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import type { StoredSession } from '../src/mock';
import { NPM_LS_PROBLEM, REPO_ROOT, describeInChromium, installFixtureApp, launchChromium, npmLs, packedTarball, watchProblems } from './support';

const MAIN = `// The app's entry, as a new Vite React project has it.
import { createRoot } from 'react-dom/client';
import { Shop } from './Shop';

createRoot(document.getElementById('root')!).render(<Shop />);
`;

function readmeReactQuickStart(): string {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Quick start: React'));
  return /```tsx\n([\s\S]*?)```/.exec(section)![1]!;
}

/** Starts the installed package's mock CLI as README writes it, on a free port; resolves with its URL. */
async function startCli(app: string): Promise<{ url: string; log: () => string; process: ChildProcess }> {
  const cli = spawn(process.execPath, ['node_modules/checkout-widget/dist/mock-cli.js', '--static', 'dist', '--port', '0'], { cwd: app, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  cli.stdout!.on('data', (chunk) => (log += chunk));
  cli.stderr!.on('data', (chunk) => (log += chunk));
  for (let waited = 0; waited < 20_000; waited += 100) {
    const url = /mock backend on (http:\/\/\S+)/.exec(log)?.[1];
    if (url) return { url, log: () => log, process: cli };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  cli.kill();
  throw new Error(`checkout-widget-mock did not start:\n${log}`);
}

describeInChromium('React apps built with Vite from the packed package and the README', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe.each([
    { react: '19', fixture: 'vite-shop-react19' },
    { react: '18.3', fixture: 'vite-shop-react18' },
  ])('React $react', ({ react, fixture }) => {
    let app: string;
    let tree: string;
    let server: Awaited<ReturnType<typeof startCli>>;
    const sessions = async () => ((await (await fetch(`${server.url}/checkout/sessions`)).json()) as { data: StoredSession[] }).data;

    beforeAll(async () => {
      app = await installFixtureApp(fixture, await packedTarball());
      tree = await npmLs(app);
      writeFileSync(join(app, 'Shop.tsx'), readmeReactQuickStart());
      writeFileSync(join(app, 'main.tsx'), MAIN);
      const { build } = await import('vite');
      await build({ root: app, configFile: false, logLevel: 'silent', build: { outDir: join(app, 'dist'), emptyOutDir: true } });
      server = await startCli(app);
    }, 8 * 60_000);
    afterAll(() => {
      server?.process.kill();
    });

    it(`installs React ${react} with no peer dependency problem (npm ls)`, () => {
      expect(tree).not.toMatch(NPM_LS_PROBLEM);
      expect(tree).toMatch(new RegExp(`react@${react.replace('.', '\\.')}`));
      expect(tree).toMatch(/checkout-widget@\d/);
    });

    it('the button posts the exact body and the browser lands on the hosted page', async () => {
      await fetch(`${server.url}/__mock/reset`, { method: 'POST' });
      const page = await browser.newPage();
      const problems = await watchProblems(page);
      await page.goto(`${server.url}/`);
      await Promise.all([page.waitForURL(/\/pay\//), page.getByRole('button', { name: 'Buy the mug' }).click()]);
      const [session] = await sessions();
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

    it("the form posts the body README shows (in Italian, with the shopper's choices), redirects, and Pay comes back to /thanks", async () => {
      await fetch(`${server.url}/__mock/reset`, { method: 'POST' });
      const page = await browser.newPage();
      const problems = await watchProblems(page);
      await page.goto(`${server.url}/`);
      await page.getByRole('checkbox', { name: 'Ho un codice promozionale' }).check();
      await page.getByRole('radio', { name: 'PayPal' }).check();
      await Promise.all([page.waitForURL(/\/pay\//), page.getByRole('button', { name: 'Procedi al pagamento' }).click()]);
      const [session] = await sessions();
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
      await Promise.all([page.waitForURL(/\/thanks/), page.getByRole('button', { name: 'Pay' }).click()]);
      expect(page.url()).toBe(`${server.url}/thanks?session=${session!.id}`);
      expect(problems.all()).toEqual([]);
      await page.close();
    });

    it("README's other way to try it: Vite's dev server with mockCheckoutPlugin() from checkout-widget/mock/vite", async () => {
      const { createServer } = await import('vite');
      const installed = join(app, 'node_modules/checkout-widget/dist/mock-vite.js');
      const { mockCheckoutPlugin } = (await import(pathToFileURL(installed).href)) as typeof import('../src/mock/vite');
      const dev = await createServer({
        root: app,
        configFile: false,
        logLevel: 'silent',
        cacheDir: join(app, 'node_modules/.vite'),
        plugins: [mockCheckoutPlugin()],
        server: { host: '127.0.0.1', port: 0, hmr: false, watch: null },
      });
      try {
        await dev.listen();
        const url = dev.resolvedUrls!.local[0]!.replace(/\/$/, '');
        const page = await browser.newPage();
        const problems = await watchProblems(page);
        await page.goto(`${url}/`);
        await Promise.all([page.waitForURL(/\/pay\/cs_/), page.getByRole('button', { name: 'Buy the mug' }).click({ timeout: 30_000 })]);
        expect(page.url()).toMatch(new RegExp(`^${url}/pay/cs_test_`));
        expect(problems.all()).toEqual([]);
        await page.close();
      } finally {
        await dev.close();
      }
    }, 120_000);

    it('the mock CLI logs one line per request: method, path without the query string, status, time', () => {
      expect(server.log()).toMatch(/^POST \/checkout\/session 201 \d+ ms$/m);
      expect(server.log()).toMatch(/^GET \/pay\/cs_\w+ 200 \d+ ms$/m);
      expect(server.log()).toMatch(/^GET \/thanks 200 \d+ ms$/m);
      expect(server.log()).not.toMatch(/\?session=/);
    });
  });
});
