import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, REPO_ROOT, startTestServer, STRICT_CSP, watchProblems, type PageProblems, type TestServer } from '../support';

export const surfaceNames = ['react', 'element', 'mount'] as const;
export type SurfaceName = (typeof surfaceNames)[number];

export const surfaceTitles: Record<SurfaceName, string> = {
  react: 'React components (dist/index.js + React 19, bundled by esbuild)',
  element: 'custom elements (dist/checkout-widget.iife.js)',
  mount: 'CheckoutWidget.mount (dist/checkout-widget.iife.js)',
};

const MATRIX_DIR = join(REPO_ROOT, 'e2e/matrix');

/** One request the page sent to a checkout session endpoint (any origin), as the browser saw it. */
export interface SentRequest {
  url: string;
  method: string;
  idempotencyKey: string | undefined;
  body: unknown;
  at: number;
  /** HTTP status, or the network error text, once known. */
  outcome?: number | string;
}

export interface MatrixEnvironment {
  surface: SurfaceName;
  server: TestServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  problems: PageProblems;
  /** Requests to a checkout session endpoint since the last `clearTraffic()`. */
  requests: SentRequest[];
  /** Every other request the page made since the last `clearTraffic()` (pages, scripts, anything an injection might load). */
  otherRequests: string[];
  /** Main-frame navigations since the last `clearTraffic()`. */
  navigations: string[];
  /** http://127.0.0.1:<port>/checkout/session on a port where nothing listens. */
  refusedEndpoint: string;
  /** The page's Content-Security-Policy. */
  csp: string;
  clearTraffic(): void;
  /** A fresh page in the same context, after a case left the old one in an unknown state. */
  replacePage(): Promise<void>;
  close(): Promise<void>;
}

/**
 * One Chromium, one mock server and one reusable page for a whole surface. The back-forward cache is
 * left on (Playwright turns it off by default), as in the shopper's browser.
 */
export async function startEnvironment(surface: SurfaceName): Promise<MatrixEnvironment> {
  const closedPort = await reserveClosedPort();
  const refusedOrigin = `http://127.0.0.1:${closedPort}`;
  // Strict: no 'unsafe-inline', no 'unsafe-eval', nothing from elsewhere. connect-src adds the one closed
  // port, so "connection refused" reaches the network stack instead of being blocked by the policy.
  const csp = `${STRICT_CSP}; connect-src 'self' ${refusedOrigin}`;
  const bundleDir = mkdtempSync(join(tmpdir(), 'checkout-widget-matrix-'));
  const driver = await bundleDriver(surface, bundleDir);
  const [server, browser] = await Promise.all([
    startTestServer({
      pagesDir: join(MATRIX_DIR, 'pages'),
      files: { [`matrix-${surface}.js`]: driver, 'styles.css': join(REPO_ROOT, 'dist/styles.css'), 'axe.min.js': join(REPO_ROOT, 'node_modules/axe-core/axe.min.js') },
      csp,
      cacheControl: 'no-cache', // bfcache: see TestServerOptions.cacheControl
    }),
    launchChromium({ ignoreDefaultArgs: ['--disable-back-forward-cache'] }),
  ]);
  const context = await browser.newContext();
  const environment: MatrixEnvironment = {
    surface,
    server,
    browser,
    context,
    page: undefined as unknown as Page,
    problems: undefined as unknown as PageProblems,
    requests: [],
    otherRequests: [],
    navigations: [],
    refusedEndpoint: `${refusedOrigin}/checkout/session`,
    csp,
    clearTraffic() {
      environment.requests.length = 0;
      environment.otherRequests.length = 0;
      environment.navigations.length = 0;
      environment.problems.consoleErrors.length = 0;
      environment.problems.pageErrors.length = 0;
      environment.problems.cspViolations.length = 0;
    },
    async replacePage() {
      await environment.page?.close().catch(() => undefined);
      await context.setOffline(false);
      await openPage();
    },
    async close() {
      await browser.close().catch(() => undefined);
      await server.close();
      rmSync(bundleDir, { recursive: true, force: true });
    },
  };

  async function openPage(): Promise<void> {
    const page = await context.newPage();
    // A broken case should fail in seconds, not hold the run for Playwright's 30 s per step.
    page.setDefaultTimeout(10_000);
    environment.page = page;
    environment.problems = await watchProblems(page);
    const byRequest = new Map<object, SentRequest>();
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname !== '/checkout/session') {
        if (request.isNavigationRequest() || !/\.(js|css|ico)$/.test(url.pathname)) environment.otherRequests.push(`${request.method()} ${request.url()}`);
        return;
      }
      let body: unknown = request.postData();
      try {
        body = JSON.parse(String(body));
      } catch {
        // not JSON: keep the text
      }
      const sent: SentRequest = { url: request.url(), method: request.method(), idempotencyKey: request.headers()['idempotency-key'], body, at: Date.now() };
      byRequest.set(request, sent);
      environment.requests.push(sent);
    });
    page.on('response', (response) => {
      const sent = byRequest.get(response.request());
      if (sent) sent.outcome = response.status();
    });
    page.on('requestfailed', (request) => {
      const sent = byRequest.get(request);
      // A 201 whose body read is cut short by the navigation it caused is still a 201, not a failure.
      if (sent && sent.outcome === undefined) sent.outcome = request.failure()?.errorText ?? 'failed';
    });
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) environment.navigations.push(frame.url());
    });
  }

  await openPage();
  return environment;
}

/** A port on 127.0.0.1 that was free a moment ago and has nothing listening now. */
async function reserveClosedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Bundles the page script of a surface. The React one takes dist/index.js with real react and react-dom. */
async function bundleDriver(surface: SurfaceName, outDir: string): Promise<string> {
  const outfile = join(outDir, `matrix-${surface}.js`);
  const driver = join(MATRIX_DIR, 'drivers', `${surface}.ts`);
  // The element and mount drivers are entry points themselves: a bare `import "driver"` would be dropped,
  // as package.json's "sideEffects" list does not name test files.
  const contents = `import * as lib from ${JSON.stringify(join(REPO_ROOT, 'dist/index.js'))};\nimport { startReactDriver } from ${JSON.stringify(driver)};\nstartReactDriver(lib);`;
  await build({
    ...(surface === 'react' ? { stdin: { contents, resolveDir: REPO_ROOT, loader: 'ts' as const, sourcefile: 'matrix-react-entry.ts' } } : { entryPoints: [driver] }),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    // Production React, as shoppers run it.
    define: { 'process.env.NODE_ENV': '"production"' },
    outfile,
    logLevel: 'error',
  });
  return outfile;
}
