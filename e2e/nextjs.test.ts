// Issue 17's "done when": a fresh Next.js app reaches the hosted page by following README alone. The
// app is e2e/fixtures/next-shop (create-next-app's shape: a layout and a thanks page) plus README's
// "Next.js (App Router)" snippets, each written to the file its first line names. It installs the packed
// tarball as a shop would (`npm install <tarball>`), is built with `next build` and served by
// `next start`; Chromium buys through README's route handler, which forwards to the mock backend.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startMockServer, type MockServer } from '../src/mock';
import { NPM_LS_PROBLEM, REPO_ROOT, describeInChromium, installFixtureApp, launchChromium, npmLs, packedTarball, run, watchProblems } from './support';

const BUILD_TIMEOUT = 8 * 60_000;

/** README's Next.js section: file name (from each block's first-line comment) → code. */
function readmeNextSnippets(readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')): Record<string, string> {
  const start = readme.indexOf('## Next.js (App Router)');
  if (start < 0) throw new Error('README.md has no "## Next.js (App Router)" section');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const files: Record<string, string> = {};
  for (const [, code] of section.matchAll(/```tsx?\n([\s\S]*?)```/g)) {
    const name = /^\/\/ (app\/[\w\-/.[\]]+\.tsx?)/.exec(code!)?.[1];
    if (!name) throw new Error(`A code block in README's Next.js section does not start with "// app/<file>": ${code!.slice(0, 80)}`);
    files[name] = code!;
  }
  return files;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function prepareApp(): Promise<string> {
  const app = await installFixtureApp('next-shop', await packedTarball(), BUILD_TIMEOUT);
  for (const [name, code] of Object.entries(readmeNextSnippets())) {
    mkdirSync(dirname(join(app, name)), { recursive: true });
    writeFileSync(join(app, name), code);
  }
  return app;
}

describeInChromium('a Next.js 16 App Router shop built from the packed package and README', () => {
  let upstream: MockServer;
  let next: ChildProcess | undefined;
  let nextLog = '';
  let shopUrl: string;
  let browser: Browser;
  let tree = '';
  let app: string;

  beforeAll(async () => {
    app = await prepareApp();
    tree = await npmLs(app);
    await run(process.execPath, ['node_modules/next/dist/bin/next', 'build'], app, BUILD_TIMEOUT);

    upstream = await startMockServer({ host: '127.0.0.1', port: 0 });
    const port = await freePort();
    shopUrl = `http://127.0.0.1:${port}`;
    next = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)], {
      cwd: app,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PUBLIC_ORIGIN: shopUrl, CHECKOUT_UPSTREAM_URL: `${upstream.url}/checkout/session` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    next.stdout!.on('data', (chunk) => (nextLog += chunk));
    next.stderr!.on('data', (chunk) => (nextLog += chunk));
    for (let waited = 0; ; waited += 250) {
      const up = await fetch(shopUrl).then((response) => response.ok, () => false);
      if (up) break;
      if (waited > 60_000 || next.exitCode !== null) throw new Error(`next start did not answer on ${shopUrl}:\n${nextLog}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    browser = await launchChromium();
  }, BUILD_TIMEOUT * 2);

  afterAll(async () => {
    await browser?.close();
    next?.kill('SIGTERM');
    await upstream?.close();
  });

  it('installs without peer dependency problems (npm ls)', () => {
    expect(tree).not.toMatch(NPM_LS_PROBLEM);
    expect(tree).toMatch(/checkout-widget@\d/);
  });

  it('a Node-only consumer (this app has no Vite) type-checks and runs checkout-widget/mock', async () => {
    // The mock's types used to import 'vite' (TS2307 without it); the Vite plugin is checkout-widget/mock/vite now.
    const script = "import { startMockServer } from 'checkout-widget/mock';\nconst server = await startMockServer({ port: 0 });\nconsole.log(server.url);\nawait server.close();\n";
    writeFileSync(join(app, 'mock-only.mts'), script);
    writeFileSync(join(app, 'mock-only.mjs'), script);
    expect(existsSync(join(app, 'node_modules/vite'))).toBe(false);
    await run(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node', '--skipLibCheck', 'false', 'mock-only.mts'], app, 120_000);
    await expect(run(process.execPath, ['mock-only.mjs'], app, 30_000)).resolves.toMatch(/^http:\/\/127\.0\.0\.1:\d+/);
  }, 150_000);

  it('renders the button on the server', async () => {
    const html = await (await fetch(shopUrl)).text();
    expect(html).toMatch(/<button[^>]*>[\s\S]*Buy the mug[\s\S]*<\/button>/);
  });

  it("hydrates without warnings, then the click goes through README's route to the hosted page and Pay back to /thanks", async () => {
    upstream.handler.store.reset();
    const page = await browser.newPage();
    const problems = await watchProblems(page);
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.consoleErrors.push(`(${response.status()} for ${response.url()})`);
    });
    await page.goto(shopUrl);
    const button = page.getByRole('button', { name: 'Buy the mug' });
    // Hydrated: React has attached its handlers to the server-rendered button.
    await expect.poll(() => button.evaluate((element) => Object.keys(element).some((key) => key.startsWith('__reactProps')))).toBe(true);

    await Promise.all([page.waitForURL(/\/pay\/cs_/), button.click()]);
    const [session] = upstream.handler.store.list();
    expect(page.url()).toBe(session!.url);
    // The body the shop's route forwarded after its policy checks.
    expect(session!.request).toMatchObject({
      line_items: [{ price: 'price_mug', quantity: 1 }],
      mode: 'payment',
      success_url: `${shopUrl}/thanks?session={CHECKOUT_SESSION_ID}`,
      cancel_url: `${shopUrl}/`,
    });

    await Promise.all([page.waitForURL(/\/thanks\?/), page.getByRole('button', { name: 'Pay' }).click()]);
    expect(page.url()).toBe(`${shopUrl}/thanks?session=${session!.id}`);
    await expect(page.locator('#session').textContent()).resolves.toBe(session!.id);
    expect(problems.all()).toEqual([]);
    expect(warnings).toEqual([]);
    await page.close();
  });

  it("refuses a price the route's catalogue does not list, and the message names the status and the path", async () => {
    const response = await fetch(`${shopUrl}/checkout/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: shopUrl },
      body: JSON.stringify({ line_items: [{ price: 'price_other', quantity: 1 }], mode: 'payment', success_url: `${shopUrl}/thanks`, subscription_data: {} }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { param?: string } }).error.param).toMatch(/^line_items\[0\]\.price$/);
  });
});
