// Launches the system Chromium (no Playwright-downloaded browser: there is no internet for that).
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './config.mjs';

export async function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 30_000,
  });
}

/**
 * Runs `fn` in a brand-new browser context (empty cache, own renderer process) and always closes
 * it. Closing the context on timeout also rejects whatever the page was still awaiting, so a
 * widget that never renders cannot hang the bench.
 *
 * @template T
 * @param {import('playwright-core').Browser} browser
 * @param {number} timeoutMs
 * @param {(page: Page, context: BrowserContext) => Promise<T>} fn
 * @returns {Promise<T>}
 * @typedef {import('playwright-core').Page} Page
 * @typedef {import('playwright-core').BrowserContext} BrowserContext
 */
export async function inFreshPage(browser, timeoutMs, fn) {
  const context = await browser.newContext();
  const page = await context.newPage();
  // The first uncaught error usually explains a timeout better than the timeout does.
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') pageErrors.push(msg.text());
  });
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs / 1000} s`)), timeoutMs);
  });
  try {
    return await Promise.race([fn(page, context), timeout]);
  } catch (error) {
    const hint = pageErrors.length ? ` (page error: ${pageErrors[0]})` : '';
    throw new Error(`${firstLine(error.message)}${hint}`);
  } finally {
    clearTimeout(timer);
    await context.close().catch(() => {});
  }
}

// Playwright errors carry a multi-line call log; the report has room for one line.
function firstLine(message) {
  return message
    .replace(/^(page|locator|frame)\.\w+: /, '')
    .replace(/^Error: /, '')
    .split('\n')[0]
    .trim();
}
