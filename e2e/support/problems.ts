import type { Page } from 'playwright-core';

export interface CspViolation {
  directive: string;
  blockedURI: string;
  sourceFile: string;
  lineNumber: number;
  sample: string;
  documentURI: string;
}

export interface PageProblems {
  /** console.error calls and the browser's own error messages (failed loads, CSP reports). */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections. */
  pageErrors: string[];
  /** `securitypolicyviolation` events of every document the page loads. */
  cspViolations: CspViolation[];
  /** Every problem as one readable list, for `expect(problems.all()).toEqual([])`. */
  all(): string[];
}

/**
 * Records what a user would call "errors in the console" on a page, across navigations. Call it
 * before the first goto: the CSP listener is added by an init script, before any page script runs.
 */
export async function watchProblems(page: Page): Promise<PageProblems> {
  const problems: PageProblems = {
    consoleErrors: [],
    pageErrors: [],
    cspViolations: [],
    all: () => [
      ...problems.consoleErrors.map((text) => `console.error: ${text}`),
      ...problems.pageErrors.map((text) => `page error: ${text}`),
      ...problems.cspViolations.map((v) => `CSP violation: ${v.directive} blocked ${v.blockedURI || '(inline)'} at ${v.sourceFile}:${v.lineNumber} ${v.sample}`),
    ],
  };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(String(error.stack ?? error)));
  await page.exposeBinding('__e2eReportCspViolation', (_source, violation: CspViolation) => {
    problems.cspViolations.push(violation);
  });
  await page.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        const report = (window as unknown as { __e2eReportCspViolation?: (v: unknown) => void }).__e2eReportCspViolation;
        report?.({
          directive: event.effectiveDirective || event.violatedDirective,
          blockedURI: event.blockedURI,
          sourceFile: event.sourceFile,
          lineNumber: event.lineNumber,
          sample: event.sample,
          documentURI: event.documentURI,
        });
      },
      true,
    );
  });
  return problems;
}
