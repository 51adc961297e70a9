import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { build } from 'vite';
import type { Browser } from 'playwright-core';
import { describeInChromium, launchChromium, watchProblems } from './support';
import { axeViolations, regions } from '../demo/e2e/harness';

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
let outDir: string;
let server: Server;
let url: string;
let browser: Browser;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'checkout-widget-demo-static-'));
  await build({ configFile: 'demo/vite.config.ts', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  // A plain file server, nothing else: no mock routes, no fallbacks. The built demo must bring its own backend.
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(outDir, path);
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describeInChromium('demo static build (npm run build:demo)', () => {
  it('runs a whole purchase from plain files: in-page mock, stand-in hosted page, success page', async () => {
    const page = await browser.newPage();
    const problems = await watchProblems(page);
    await page.goto(url);
    const { preview, inspector } = regions(page);
    await page.getByText('Static build: the mock backend runs inside this page').waitFor();
    await preview.getByRole('radio', { name: 'PayPal' }).check();
    await page.getByRole('switch', { name: /Follow the redirect/ }).uncheck();
    await preview.getByRole('button', { name: 'Continue to payment' }).click();
    await inspector.getByTestId('inspector-redirect-url').waitFor();
    expect(await inspector.getByText('201 Created').count()).toBe(1);

    await page.getByRole('switch', { name: /Follow the redirect/ }).check();
    await preview.getByRole('button', { name: 'Continue to payment' }).click();
    await page.waitForURL(/\/pay\.html\?session=cs_test_/);
    const sessionId = new URL(page.url()).searchParams.get('session');
    await page.getByRole('button', { name: 'Pay' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Pay' }).click();
    await page.waitForURL(/\/success\.html\?session_id=/);
    await expect.poll(() => page.getByTestId('session-id').textContent()).toBe(sessionId);
    expect(JSON.parse((await page.getByTestId('stored-request').textContent()) ?? '{}')).toMatchObject({ payment_method_types: ['paypal'] });
    expect(problems.all()).toEqual([]);
    await page.close();
  });
});
