import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { StoredSession } from '../../src/mock';
import type { RecordedError, WidgetSpec } from './drivers/common';
import type { MatrixEnvironment, SentRequest, SurfaceName } from './environment';

export type { WidgetSpec };

/**
 * What one scenario drives, the same on every surface: open a widget from a spec, act as the shopper,
 * and read what the shopper sees, what was sent and where the browser is. `observe()` lines become the
 * report's "observed" column.
 */
export class MatrixCase {
  readonly observed: string[] = [];
  /** The surface page URL the widget was opened on. */
  pageUrl = '';

  constructor(private readonly environment: MatrixEnvironment) {}

  get surface(): SurfaceName {
    return this.environment.surface;
  }
  get page(): Page {
    return this.environment.page;
  }
  get origin(): string {
    return this.environment.server.url;
  }
  get refusedEndpoint(): string {
    return this.environment.refusedEndpoint;
  }
  get csp(): string {
    return this.environment.csp;
  }
  /** Session POSTs the browser sent since open(). */
  get posts(): SentRequest[] {
    return this.environment.requests.filter((request) => request.method === 'POST');
  }
  /** Main-frame navigations since open() finished. */
  get navigations(): string[] {
    return this.environment.navigations;
  }
  get otherRequests(): string[] {
    return this.environment.otherRequests;
  }

  observe(line: string): void {
    this.observed.push(line);
  }

  /** Opens the surface page with this widget and waits until it rendered (a button, a form or an alert). */
  async open(spec: WidgetSpec): Promise<void> {
    await this.environment.server.reset();
    const url = `${this.origin}/${this.surface}.html?spec=${encodeURIComponent(JSON.stringify(spec))}`;
    await this.page.goto(url);
    await this.page.waitForFunction(() => window.__matrix?.ready === true);
    // Idempotency keys live in the tab's sessionStorage for 24 h (click, reload, click is one purchase);
    // every case is a new purchase, whatever an earlier case on this reused page bought.
    await this.page.evaluate(() => sessionStorage.clear());
    await expect.poll(() => this.root.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    this.pageUrl = this.page.url();
    this.environment.clearTraffic();
  }

  async update(partial: Partial<WidgetSpec>): Promise<void> {
    await this.page.evaluate((next) => window.__matrix!.update(next), partial);
  }

  async remove(): Promise<void> {
    await this.page.evaluate(() => window.__matrix!.remove());
  }

  // What the shopper sees. Locators pierce the open shadow roots of the elements and mount().
  get widget(): Locator {
    return this.page.locator('#slot');
  }
  get root(): Locator {
    return this.widget.locator('[data-part="root"]');
  }
  /** The button of a button widget, the submit button of a form. */
  get submit(): Locator {
    return this.widget.locator('[data-part="submit"], [data-part="button"]');
  }
  get alert(): Locator {
    return this.widget.locator('[role="alert"]');
  }
  get status(): Locator {
    return this.widget.locator('[role="status"]');
  }
  get quantity(): Locator {
    return this.widget.getByRole('spinbutton', { name: /Mug/ });
  }
  radio(name: string): Locator {
    return this.widget.getByRole('radio', { name });
  }

  /** What the widget reported: onError for React, checkout:error for the elements and mount(). */
  errors(): Promise<RecordedError[]> {
    return this.page.evaluate(() => window.__matrix?.errors ?? []);
  }
  redirects(): Promise<string[]> {
    return this.page.evaluate(() => window.__matrix?.redirects ?? []);
  }
  /**
   * The sessions this case's requests created: matched by Idempotency-Key, so a late request of an
   * earlier case (a delay fault still running on the server) never shows up here.
   */
  async sessions(): Promise<StoredSession[]> {
    const keys = new Set(this.posts.map((post) => post.idempotencyKey));
    const all = await this.environment.server.sessions();
    return all.filter((session) => keys.has(headerOf(session, 'idempotency-key')));
  }

  /** The shopper's changes on the standard form: Mug 1 → 3 with the stepper, PayPal instead of card. */
  async fillForm(): Promise<void> {
    const increase = this.widget.getByRole('button', { name: 'Increase quantity of Mug' });
    await increase.click();
    await increase.click();
    await this.radio('PayPal').check();
    await expect.poll(() => this.quantity.inputValue()).toBe('3');
  }

  /** The shopper's input is still there: Mug × 3, PayPal chosen. */
  async expectFormKept(): Promise<void> {
    expect(await this.quantity.inputValue(), 'quantity kept').toBe('3');
    expect(await this.radio('PayPal').isChecked(), 'payment method kept').toBe(true);
    expect(await this.radio('Card').isChecked()).toBe(false);
    this.observe('input kept (Mug × 3, PayPal)');
  }

  /** Waits until the checkout either failed (an alert) or left the page, and the widget is idle. */
  async settle(timeout = 20_000): Promise<'error' | 'navigated'> {
    await expect
      .poll(async () => this.page.url() !== this.pageUrl || (await this.alert.count()) > 0, { timeout })
      .toBe(true);
    if (this.page.url() !== this.pageUrl) return 'navigated';
    await expect.poll(() => this.submit.getAttribute('aria-busy'), { timeout }).toBe(null);
    return 'error';
  }

  /** The alert is there, visible and says `text`; the widget is usable again (focusable, enabled button). */
  async expectAlert(text: string | RegExp): Promise<string> {
    await expect.poll(() => this.alert.count()).toBe(1);
    const message = (await this.alert.textContent()) ?? '';
    expect(await this.alert.isVisible(), 'alert visible').toBe(true);
    if (typeof text === 'string') expect(message).toContain(text);
    else expect(message).toMatch(text);
    if ((await this.status.count()) > 0) expect(await this.status.textContent(), 'nothing left announced as in progress').toBe('');
    this.observe(`alert "${await this.alertText()}"`);
    return message;
  }

  /** The alert as a reader sees it: its lines (message, issues, reference) joined by " / ". */
  async alertText(): Promise<string> {
    return (await this.alert.innerText()).trim().replace(/\s*\n\s*/g, ' / ');
  }

  async expectRetryable(): Promise<void> {
    expect(await this.submit.isEnabled(), 'button enabled for a retry').toBe(true);
    expect(await this.submit.getAttribute('aria-busy')).toBe(null);
  }

  /** The browser is still on the widget's page and never navigated. */
  expectStayed(): void {
    expect(this.page.url(), 'still on the shop page').toBe(this.pageUrl);
    expect(this.navigations, 'no navigation').toEqual([]);
    this.observe('stayed on the page, no navigation');
  }

  /** Every POST carried one Idempotency-Key, and the bodies are `body` (when given). */
  expectPosts(count: number, body?: unknown): void {
    const posts = this.posts;
    expect(posts.length, `${count} POST(s)`).toBe(count);
    if (count > 0) {
      expect(new Set(posts.map((post) => post.idempotencyKey)).size, 'one Idempotency-Key').toBe(1);
      expect(posts[0]!.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    }
    if (body !== undefined) for (const post of posts) expect(post.body).toStrictEqual(body);
    this.observe(count === 0 ? 'no request' : `${count} POST${count > 1 ? 's' : ''}${count > 1 ? ', one Idempotency-Key' : ''} (${posts.map((post) => post.outcome ?? 'pending').join(', ')})`);
  }

  async expectSessions(count: number, body?: unknown): Promise<StoredSession[]> {
    const sessions = await this.sessions();
    expect(sessions.length, `${count} session(s) in the mock`).toBe(count);
    if (body !== undefined) for (const session of sessions) expect(session.request).toStrictEqual(body);
    this.observe(`${count} session${count === 1 ? '' : 's'} created${body !== undefined && count > 0 ? ' with the expected body' : ''}`);
    return sessions;
  }

  /** The console, page errors and CSP reports are clean, except the browser's own lines about failed loads it was told to expect. */
  expectNoProblems(expectedFailedLoads: RegExp | null = null): void {
    const problems = this.environment.problems
      .all()
      .filter((line) => !(expectedFailedLoads && /^console\.error: Failed to load resource/.test(line) && expectedFailedLoads.test(line)));
    expect(problems, 'no console errors, page errors or CSP violations').toEqual([]);
    this.observe('no console error, page error or CSP violation');
  }
}

function headerOf(session: StoredSession, name: string): string | undefined {
  const headers = (session as { headers?: Record<string, string> }).headers ?? {};
  const found = Object.keys(headers).find((key) => key.toLowerCase() === name);
  return found === undefined ? undefined : headers[found];
}
