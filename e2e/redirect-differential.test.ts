// Issue #15: the URL the widget checks is the URL Chromium navigates to. 1,000 generated hosted-page URLs
// (odd schemes, missing slashes, backslashes, user info, whitespace, unicode, ports, IPv6, templates) go
// through core's checkRedirectUrl in the page; every accepted one is then really navigated with
// location.assign(checked), and the request Chromium makes must be exactly the checked URL.
import { build } from 'esbuild';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInChromium, launchChromium, REPO_ROOT } from './support';

const COUNT = 1000;

/** A small deterministic generator (mulberry32), so a failure names a URL that reproduces. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generateUrls(count: number): string[] {
  const next = random(20261201);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const schemes = ['https', 'https', 'https', 'http', 'http', 'HTTPS', 'Https', 'javascript', 'data', 'blob', 'ftp', 'file', ''];
  const separators = ['://', '://', '://', '://', '://', '://', ':', ':/', ':\\\\', ':///', '//', ':\\/', ':/\\'];
  const hosts = ['pay.example', 'PAY.Example', 'localhost', '127.0.0.1', '[::1]', 'xn--bcher-kva.example', 'bücher.example', 'user@pay.example', 'user:pw@localhost', 'pay.example.', '0x7f.1', 'shop.example%2eevil.example'];
  const ports = ['', '', '', ':443', ':80', ':8443', ':4010', ':0', ':65535'];
  const paths = ['', '/', '/c/cs_test_1', '/pay/a b', '/pay/é', '/p/%41%2f', '/{CHECKOUT_SESSION_ID}', '/../../x', '/./x', '/x\ty', '/x\ny'];
  const tails = ['', '', '?a=1&b=2', '#frag', '?q=%zz', '?x=<script>'];
  const wrappers: ((url: string) => string)[] = [(url) => url, (url) => url, (url) => url, (url) => ` ${url}`, (url) => `${url} `, (url) => `\t${url}`, (url) => url.toUpperCase()];
  const urls = new Set<string>();
  while (urls.size < count) urls.add(pick(wrappers)(`${pick(schemes)}${pick(separators)}${pick(hosts)}${pick(ports)}${pick(paths)}${pick(tails)}`));
  return [...urls];
}

describeInChromium('redirect check vs. what Chromium navigates (1,000 generated URLs)', () => {
  let server: Server;
  let origin: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const bundle = await build({
      stdin: { contents: `import { checkRedirectUrl } from './src/core/redirect'; window.checkRedirectUrl = (url) => { try { return { ok: checkRedirectUrl(url) }; } catch (error) { return { refused: error.message }; } };`, resolveDir: REPO_ROOT, loader: 'ts' },
      bundle: true,
      format: 'iife',
      write: false,
      logLevel: 'error',
    });
    const script = bundle.outputFiles[0]!.text;
    server = createServer((request, response) => {
      if (request.url === '/check.js') return void response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
      response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>shop</title><script src="/check.js"></script>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
    page = await browser.newPage();
    page.setDefaultTimeout(10_000);
  }, 60_000);

  afterAll(async () => {
    await page?.close().catch(() => {});
    await browser?.close().catch(() => {});
    await new Promise((resolve) => server?.close(resolve));
  });

  it('every accepted URL is navigated exactly as checked; the refused ones include every string the page would resolve elsewhere', async () => {
    const urls = generateUrls(COUNT);
    await page.goto(`${origin}/shop/cart`);
    const verdicts = await page.evaluate(
      (all) =>
        all.map((url) => {
          const anchor = document.createElement('a');
          anchor.href = url; // how the page itself would resolve the raw string
          const verdict = (window as unknown as { checkRedirectUrl(url: string): { ok?: string; refused?: string } }).checkRedirectUrl(url);
          return { url, ...verdict, raw: anchor.href };
        }),
      urls,
    );
    const accepted = verdicts.filter((verdict) => verdict.ok !== undefined);
    const refused = verdicts.length - accepted.length;
    // The generator must reach both sides, and the unsafe middle: raw strings the page resolves relative to itself.
    expect(accepted.length).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(100);
    const resolvedAgainstPage = verdicts.filter((verdict) => verdict.raw.startsWith(origin) && !verdict.url.trim().toLowerCase().startsWith(origin));
    expect(resolvedAgainstPage.length, 'strings a browser would resolve against the shop page').toBeGreaterThan(10);
    for (const verdict of resolvedAgainstPage) expect(verdict.ok, verdict.url).toBeUndefined();

    // Navigate for real: every request is answered 204 (no navigation commits) and recorded.
    const seen: string[] = [];
    await page.route('**/*', (route) => {
      if (route.request().isNavigationRequest() && !route.request().url().startsWith(`${origin}/shop/`)) {
        seen.push(route.request().url());
        return route.fulfill({ status: 204 });
      }
      return route.continue();
    });
    let mismatches = 0;
    for (const { ok: checked } of accepted) {
      const before = seen.length;
      await page.evaluate((url) => window.location.assign(url), checked!);
      await expect.poll(() => seen.length, { timeout: 5000 }).toBe(before + 1);
      const requested = seen[before]!;
      const expected = checked!.split('#')[0]!; // the fragment never goes on the wire
      if (requested !== expected) mismatches++;
      expect(requested, `navigated for ${checked}`).toBe(expected);
      expect(new URL(requested).origin).toBe(new URL(checked!).origin);
    }
    expect(mismatches).toBe(0);
    if (process.env.DIFFERENTIAL_REPORT) console.log(`differential: ${verdicts.length} URLs, ${accepted.length} accepted and navigated as checked, ${refused} refused, ${resolvedAgainstPage.length} would have resolved against the page`);
  }, 300_000);
});
