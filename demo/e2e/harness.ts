// Shared by e2e/demo*.test.ts: the demo's own Vite dev server (mock backend inside) and a Chromium page.
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { launchChromium, watchProblems, type PageProblems } from '../../e2e/support';

// The mock plugin's source is imported by demo/vite.config.ts without file extensions, which Vite 8
// reports on every config load; in test output that is noise.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const AXE_PATH = `${repoRoot}node_modules/axe-core/axe.min.js`;

export interface DemoHarness {
  url: string;
  browser: Browser;
  server: ViteDevServer;
  /** A fresh page (own context: empty sessionStorage) that records console errors. */
  open(path?: string, options?: { viewport?: { width: number; height: number }; colorScheme?: 'light' | 'dark' }): Promise<{ page: Page; problems: PageProblems }>;
  close(): Promise<void>;
}

/** Starts `vite --config demo/vite.config.ts` on a free port, as `npm run demo` does, and Chromium. */
export async function startDemo(name: string, plugins: Plugin[] = []): Promise<DemoHarness> {
  const server = await createServer({
    configFile: `${repoRoot}demo/vite.config.ts`,
    // Each suite gets its own dependency cache: two suites optimising into one folder would race.
    cacheDir: `${repoRoot}node_modules/.vite-demo-e2e-${name}`,
    // No watcher and no HMR: an edit elsewhere in the repo must not reload a page mid-test.
    server: { port: 0, hmr: false, watch: null },
    logLevel: 'warn',
    plugins,
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The demo dev server did not report a URL');
  const browser = await launchChromium();
  return {
    url,
    browser,
    server,
    async open(path = '/', options = {}) {
      const context = await browser.newContext({ viewport: options.viewport ?? { width: 1440, height: 1000 }, colorScheme: options.colorScheme ?? 'light' });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
      const page = await context.newPage();
      const problems = await watchProblems(page);
      await page.goto(new URL(path, url).href);
      return { page, problems };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Runs axe-core in the page and returns the violations as readable lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[]; failureSummary: string }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${violation.help} at ${node.target.join(' ')} ${node.failureSummary}`));
}

/** Failed loads the fault simulator causes on purpose (the browser logs each 4xx/5xx and dropped connection). */
export function unexpectedProblems(problems: PageProblems): string[] {
  return problems.all().filter((line) => !/Failed to load resource|net::ERR_/.test(line));
}

/** The playground's main regions, found the way a screen reader user finds them. */
export function regions(page: Page) {
  return {
    config: page.getByRole('region', { name: '1. Configure' }),
    preview: page.getByRole('region', { name: '2. Preview' }),
    simulate: page.getByRole('region', { name: 'Simulate' }),
    inspector: page.getByRole('region', { name: '3. Inspect' }),
    snippets: page.getByRole('region', { name: '4. Copy the code' }),
  };
}

/** Picks a fault in the simulator and, for preview mode, turns the redirect off. */
export async function simulate(page: Page, fault: string, options: { followRedirect: boolean }): Promise<void> {
  const { simulate: panel } = regions(page);
  await panel.getByRole('group', { name: 'Fault simulator' }).getByLabel(fault, { exact: true }).check();
  const redirect = panel.getByRole('switch', { name: /Follow the redirect/ });
  if ((await redirect.isChecked()) !== options.followRedirect) await redirect.setChecked(options.followRedirect);
}

/** The parsed request bodies in the inspector, oldest first. */
export async function inspectedBodies(page: Page): Promise<unknown[]> {
  const texts = await regions(page).inspector.getByTestId('inspector-request-body').allTextContents();
  return texts.reverse().map((text) => JSON.parse(text));
}
