// A shop page with React's CheckoutForm for the Chromium suites (e2e/form-a11y, e2e/i18n-rtl) and the
// RTL screenshot script: src/index.ts bundled with React 19 by esbuild, as a shop's bundler would, and
// served by Playwright's router (no server, no dist/), with a checkout endpoint the test answers itself.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page, Route } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SHOP = 'https://shop.test';
export const AXE_SOURCE_PATH = `${ROOT}node_modules/axe-core/axe.min.js`;

let bundled: Promise<string> | undefined;

/** The page script: `window.renderForm(props)` renders <CheckoutForm> into #root (functions as props stay in the page). */
export function formBundle(): Promise<string> {
  bundled ??= build({
    stdin: {
      contents: `
        import { createElement } from 'react';
        import { createRoot } from 'react-dom/client';
        import { CheckoutForm, registerLocale } from './src/index.ts';
        let root;
        window.registerLocale = registerLocale;
        window.renderForm = (props) => {
          root ??= createRoot(document.getElementById('root'));
          root.render(createElement(CheckoutForm, { redirect: (url) => { window.redirectedTo = url; }, ...props }));
        };`,
      resolveDir: ROOT,
      loader: 'js',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'error',
  }).then((result) => result.outputFiles[0]!.text);
  return bundled;
}

const html = (lang: string, dir: string) => `<!doctype html>
<html lang="${lang}" dir="${dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Shop</title>
<link rel="stylesheet" href="/checkout-widget.css"><script src="/form.js"></script>
<style>body { margin: 0; font-family: system-ui, sans-serif; } main { padding: 16px; max-width: 40rem; }</style></head>
<body><main><h1>Cart</h1><div id="root"></div></main></body></html>`;

export interface FormPage {
  /** The bodies POSTed to the checkout endpoint, parsed. */
  bodies: unknown[];
  /** Answers the request waiting at the endpoint (201 with a payment page URL by default). */
  answer: (status?: number, body?: unknown) => Promise<void>;
}

/**
 * Serves the shop page at SHOP/ and opens it. Requests to SHOP/checkout/session wait until `answer()`
 * (so a test sees the pending state for as long as it likes, with no timers).
 */
export async function openFormPage(page: Page, options: { lang?: string; dir?: string } = {}): Promise<FormPage> {
  const script = await formBundle();
  const css = readFileSync(`${ROOT}src/styles/checkout-widget.css`, 'utf8');
  const bodies: unknown[] = [];
  const waiting: Route[] = [];
  await page.route(`${SHOP}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/checkout/session') {
      bodies.push(route.request().postDataJSON());
      waiting.push(route);
      return;
    }
    const files: Record<string, [string, string]> = {
      '/': [html(options.lang ?? 'en', options.dir ?? 'ltr'), 'text/html'],
      '/form.js': [script, 'text/javascript'],
      '/checkout-widget.css': [css, 'text/css'],
    };
    const file = files[url.pathname];
    await (file ? route.fulfill({ body: file[0], contentType: `${file[1]}; charset=utf-8` }) : route.fulfill({ status: 404, body: '' }));
  });
  await page.goto(`${SHOP}/`);
  return {
    bodies,
    answer: async (status = 201, body = { url: 'https://pay.test/cs_1' }) => {
      const route = waiting.shift();
      if (!route) throw new Error('no checkout request is waiting');
      await route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(body) });
    },
  };
}

/** Runs axe-core on the page: the violations as readable lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_SOURCE_PATH });
  const violations = await page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<Result> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${violation.help} at ${node.target.join(' ')}`));
}
