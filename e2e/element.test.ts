import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { dirname, join } from 'node:path';
import { describeInChromium, IIFE_PATH, launchChromium, readEvents, recordEvents, startTestServer, watchProblems, type PageProblems, type RecordedEvent, type TestServer } from './support';

/** The files the script tag loads on demand, served beside it as a shop deploys dist/. */
export const besideIife = { 'checkout-widget-form.js': join(dirname(IIFE_PATH), 'checkout-widget-form.js'), locales: join(dirname(IIFE_PATH), 'locales') };

// The script-tag integration as a shop uses it: plain HTML pages (e2e/pages) with no build step, the
// built dist/checkout-widget.iife.js, the mock backend, and a strict CSP on every page.
describeInChromium('<checkout-button> and <checkout-form> from the script tag, under a strict CSP', () => {
  let browser: Browser;
  let server: TestServer;
  let context: BrowserContext;
  let page: Page;
  let problems: PageProblems;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), startTestServer({ files: besideIife })]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    await server.reset();
    context = await browser.newContext();
    page = await context.newPage();
    problems = await watchProblems(page);
    await recordEvents(page);
  });
  afterEach(async () => {
    await context?.close();
  });

  const open = async (path: string) => {
    await page.goto(server.url + path);
  };
  const events = (type?: string) => readEvents(page).then((all) => (type ? all.filter((event) => event.type === type) : all));
  const waitForEvent = async (type: string, count = 1): Promise<RecordedEvent[]> => {
    await expect.poll(() => events(type).then((list) => list.length), { timeout: 10_000 }).toBeGreaterThanOrEqual(count);
    return events(type);
  };
  const preventDefaultOn = (type: string) => page.evaluate((eventType) => document.addEventListener(eventType, (event) => event.preventDefault()), type);
  const sessionPosts = (): Request[] => {
    const posts: Request[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/checkout/session') posts.push(request);
    });
    return posts;
  };
  const shadowSummary = (id: string) =>
    page.evaluate((hostId) => {
      const root = document.getElementById(hostId)?.shadowRoot;
      const alert = root?.querySelector('[role="alert"]');
      return {
        buttons: root ? root.querySelectorAll('button').length : -1,
        alert: alert?.textContent ?? null,
        alertVisible: alert ? alert.getBoundingClientRect().height > 0 : false,
        children: root ? root.childElementCount : -1,
      };
    }, id);

  it('click → the exact POST body → the hosted page → Pay → the success URL with the session id', async () => {
    await open('/button.html');
    await page.getByRole('button', { name: 'Buy now' }).click();
    await page.waitForURL(/\/pay\/cs_test_/);

    const sessions = await server.sessions();
    expect(sessions).toHaveLength(1);
    const [session] = sessions;
    expect(session!.request).toStrictEqual({
      line_items: [{ price: 'price_mug', quantity: 2 }],
      mode: 'payment',
      success_url: `${server.url}/thanks.html?session={CHECKOUT_SESSION_ID}`,
      cancel_url: `${server.url}/cart.html`,
      payment_method_types: ['card', 'paypal'],
      subscription_data: {},
      currency: 'eur',
      customer: 'cus_123',
    });
    expect(session!.headers['content-type']).toMatch(/^application\/json/);
    expect(session!.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(page.url()).toBe(session!.url);

    await page.getByRole('button', { name: 'Pay' }).click();
    await page.waitForURL(`${server.url}/thanks.html?session=${session!.id}`);
    await expect.poll(() => page.textContent('#thanks')).toBe('Thank you for your order');
    expect(problems.all()).toEqual([]);
  });

  it('styles the shadow root with one shared constructed sheet, themable by --cw-* properties and ::part()', async () => {
    await open('/two.html');
    await page.getByRole('button', { name: 'Buy two' }).waitFor();
    await page.getByRole('button', { name: 'Continue to payment' }).waitFor();
    const styling = await page.evaluate(() => {
      const roots = ['one', 'two', 'form'].map((id) => document.getElementById(id)!.shadowRoot!);
      const button = roots[0]!.querySelector('button')!;
      const submit = roots[2]!.querySelector('button[type="submit"]')!;
      return {
        sheetsPerRoot: roots.map((root) => root.adoptedStyleSheets.length),
        oneSharedSheet: roots.every((root) => root.adoptedStyleSheets[0] === roots[0]!.adoptedStyleSheets[0]),
        styleElements: roots.map((root) => root.querySelectorAll('style').length),
        rulesInSheet: roots[0]!.adoptedStyleSheets[0]!.cssRules.length,
        buttonPart: button.getAttribute('part'),
        submitPart: submit.getAttribute('part'),
        buttonLetterSpacing: getComputedStyle(button).letterSpacing,
        submitLetterSpacing: getComputedStyle(submit).letterSpacing,
        parts: [...new Set([...roots[2]!.querySelectorAll('[part]')].map((element) => element.getAttribute('part')))].sort(),
      };
    });
    // The button's sheet in every root; the form adds the form's rules, which arrive with the form's code.
    expect(styling.sheetsPerRoot).toEqual([1, 1, 2]);
    expect(styling.oneSharedSheet).toBe(true);
    expect(styling.styleElements).toEqual([0, 0, 0]);
    expect(styling.rulesInSheet).toBeGreaterThan(3);
    expect(styling.buttonPart).toBe('button');
    expect(styling.submitPart).toBe('submit');
    expect(styling.buttonLetterSpacing).toBe('3px');
    expect(styling.submitLetterSpacing).toBe('2px');
    expect(styling.parts).toEqual(expect.arrayContaining(['line-item', 'payment-methods', 'root', 'status', 'submit']));

    await open('/button.html');
    await page.getByRole('button', { name: 'Buy now' }).waitFor();
    const themed = await page.evaluate(() => {
      const root = document.getElementById('buy')!.shadowRoot!;
      const button = root.querySelector('button')!;
      return { theme: root.querySelector('[data-theme]')?.getAttribute('data-theme'), background: getComputedStyle(button).backgroundColor, display: getComputedStyle(root.host).display };
    });
    // --cw-color-accent set on the host in page.css paints the button inside the shadow root.
    expect(themed).toEqual({ theme: 'dark', background: 'rgb(12, 34, 56)', display: 'inline-block' });
    expect(problems.all()).toEqual([]);
  });

  it('upgrades elements when the script is added later by another script, keeping properties set before', async () => {
    await open('/late.html');
    await page.getByRole('button', { name: 'Pay later' }).waitFor();
    await preventDefaultOn('checkout:redirect');

    await page.getByRole('button', { name: 'Pay later' }).click();
    await waitForEvent('checkout:redirect');
    await page.getByRole('button', { name: 'Continue to payment' }).click();
    await waitForEvent('checkout:redirect', 2);

    const sessions = await server.sessions();
    expect(sessions.map((session) => session.request.line_items)).toEqual([[{ price: 'price_late', quantity: 3 }], [{ price: 'price_late_a', quantity: 1 }]]);
    expect(sessions[1]!.request.currency).toBe('eur');
    expect((await events('checkout:redirect')).map((event) => event.target)).toEqual(['late-button', 'late-form']);
    expect(page.url()).toBe(`${server.url}/late.html`);
    expect(problems.all()).toEqual([]);
  });

  it('runs two buttons and a form on one page independently (async script)', async () => {
    await open('/two.html');
    await preventDefaultOn('checkout:redirect');
    await page.getByRole('button', { name: 'Buy two' }).click();
    await waitForEvent('checkout:redirect');
    await page.getByRole('button', { name: 'Buy one' }).click();
    await waitForEvent('checkout:redirect', 2);
    await expect.poll(() => page.getByText('T-shirt').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Continue to payment' }).click();
    await waitForEvent('checkout:redirect', 3);

    const bodies = (await server.sessions()).map((session) => session.request);
    expect(bodies[0]).toMatchObject({ line_items: [{ price: 'price_two', quantity: 4 }], payment_method_types: ['paypal'] });
    expect(bodies[1]).toMatchObject({ line_items: [{ price: 'price_one', quantity: 1 }], payment_method_types: ['card'] });
    expect(bodies[2]).toStrictEqual({
      line_items: [
        { price: 'price_tee', quantity: 2 },
        { price: 'price_cap', quantity: 1 },
      ],
      mode: 'payment',
      success_url: `${server.url}/thanks.html?session={CHECKOUT_SESSION_ID}`,
      cancel_url: `${server.url}/cart.html`,
      payment_method_types: ['card'],
      subscription_data: {},
      currency: 'eur',
    });
    const submits = await events('checkout:submit');
    expect(submits.map((event) => event.target)).toEqual(['two', 'one', 'form']);
    expect(submits.map((event) => event.detail)).toEqual(bodies);
    expect(problems.all()).toEqual([]);
  });

  it('renders many widgets added at once, all sharing the one stylesheet', async () => {
    await open('/two.html');
    await page.getByRole('button', { name: 'Buy one' }).waitFor();
    await page.evaluate(() => {
      for (let index = 0; index < 40; index++) {
        const button = document.createElement('checkout-button');
        button.id = `many-${index}`;
        button.setAttribute('price', `price_${index}`);
        button.setAttribute('success-url', '/thanks.html');
        button.textContent = `Buy #${index}`;
        document.body.append(button);
      }
    });
    await page.getByRole('button', { name: 'Buy #39' }).waitFor();
    const shared = await page.evaluate(() => {
      const sheets = [...document.querySelectorAll('checkout-button')].map((element) => element.shadowRoot?.adoptedStyleSheets[0]);
      return { count: sheets.length, distinct: new Set(sheets).size };
    });
    expect(shared).toEqual({ count: 42, distinct: 1 });
    expect(problems.all()).toEqual([]);
  });

  it('preventDefault() on checkout:submit cancels the request; the detail is the request body', async () => {
    await open('/button.html');
    const posts = sessionPosts();
    await preventDefaultOn('checkout:submit');
    await page.getByRole('button', { name: 'Buy now' }).click();
    const [submit] = await waitForEvent('checkout:submit');
    expect(submit).toMatchObject({ target: 'buy', bubbles: true, composed: true, cancelable: true, defaultPrevented: true });
    expect(submit!.detail).toMatchObject({ line_items: [{ price: 'price_mug', quantity: 2 }], mode: 'payment', currency: 'eur' });

    await page.waitForTimeout(500);
    expect(posts).toHaveLength(0);
    expect(await server.sessions()).toEqual([]);
    expect(page.url()).toBe(`${server.url}/button.html`);
    await expect.poll(() => page.getByRole('button', { name: 'Buy now' }).isEnabled()).toBe(true);
    expect(problems.all()).toEqual([]);
  });

  it('preventDefault() on checkout:redirect keeps the page; the detail is the hosted page url', async () => {
    await open('/button.html');
    await preventDefaultOn('checkout:redirect');
    await page.getByRole('button', { name: 'Buy now' }).click();
    const [redirect] = await waitForEvent('checkout:redirect');
    const [session] = await server.sessions();
    expect(redirect).toMatchObject({ target: 'buy', bubbles: true, composed: true, cancelable: true, defaultPrevented: true, detail: { url: session!.url } });
    await page.waitForTimeout(300);
    expect(page.url()).toBe(`${server.url}/button.html`);
    await expect.poll(() => page.getByRole('button', { name: 'Buy now' }).isEnabled()).toBe(true);
    expect(problems.all()).toEqual([]);
  });

  it('checkout:error carries kind, message, status and requestId, and the message shows in place', async () => {
    await open('/button.html');
    await page.evaluate(() => document.getElementById('buy')!.setAttribute('endpoint', '/checkout/session?fault=status=400;message=This price is no longer available'));
    await page.getByRole('button', { name: 'Buy now' }).click();
    const [error] = await waitForEvent('checkout:error');
    expect(error).toMatchObject({ target: 'buy', bubbles: true, composed: true, detail: { kind: 'http', status: 400, message: expect.any(String) } });
    expect((error!.detail as { requestId?: string }).requestId).toMatch(/^req_mock_/);
    await expect.poll(() => shadowSummary('buy').then((summary) => summary.alert)).toContain('This price is no longer available');
    expect(page.url()).toBe(`${server.url}/button.html`);
    // The browser itself logs the failed request; nothing else may appear.
    expect(problems.all().filter((problem) => !/Failed to load resource: the server responded with a status of 400/.test(problem))).toEqual([]);
  });

  it('preventDefault() on checkout:error leaves the message to the page: no alert in the widget, the button works again', async () => {
    await open('/button.html');
    await preventDefaultOn('checkout:error');
    await page.evaluate(() => document.getElementById('buy')!.setAttribute('endpoint', '/checkout/session?fault=status=400;message=This price is no longer available'));
    await page.getByRole('button', { name: 'Buy now' }).click();
    const [error] = await waitForEvent('checkout:error');
    expect(error).toMatchObject({ target: 'buy', cancelable: true, defaultPrevented: true, detail: { kind: 'http', status: 400 } });
    await expect.poll(() => page.getByRole('button', { name: 'Buy now' }).isEnabled()).toBe(true);
    expect((await shadowSummary('buy')).alert).toBeNull();

    // The page fixed what was wrong (here: the fault is gone); the same button goes through.
    await page.evaluate(() => document.getElementById('buy')!.setAttribute('endpoint', '/checkout/session'));
    await page.getByRole('button', { name: 'Buy now' }).click();
    await page.waitForURL(/\/pay\//);
    expect(await server.sessions()).toHaveLength(1);
    expect(problems.all().filter((problem) => !/Failed to load resource: the server responded with a status of 400/.test(problem))).toEqual([]);
  });

  it('removing the element mid-request aborts the request and never navigates', async () => {
    await open('/button.html');
    await page.evaluate(() => document.getElementById('buy')!.setAttribute('endpoint', '/checkout/session?fault=delay=3000'));
    const sent = page.waitForRequest((request) => request.method() === 'POST' && request.url().includes('/checkout/session'));
    const failed = page.waitForEvent('requestfailed', (request) => request.url().includes('/checkout/session'));
    await page.getByRole('button', { name: 'Buy now' }).click();
    await sent;
    await page.evaluate(() => {
      const element = document.getElementById('buy')!;
      (window as unknown as { removedWidget: Element }).removedWidget = element;
      element.remove();
    });
    expect((await failed).failure()?.errorText).toBe('net::ERR_ABORTED');

    await page.waitForTimeout(3500);
    expect(page.url()).toBe(`${server.url}/button.html`);
    expect((await events()).map((event) => event.type)).toEqual(['checkout:submit']);
    expect(await page.evaluate(() => (window as unknown as { removedWidget: Element }).removedWidget.shadowRoot!.childElementCount)).toBe(0);
    expect(problems.all()).toEqual([]);
  });

  it('a mount()ed host taken out of the page mid-request (no unmount) aborts the request and never navigates', async () => {
    await open('/mount.html');
    await page.getByRole('button', { name: 'Mounted buy' }).waitFor();
    await page.evaluate(() => {
      const handle = (window as unknown as { mountedButton: { update(options: object): void } }).mountedButton;
      handle.update({ config: { endpoint: '/checkout/session?fault=delay=3000' } });
    });
    const sent = page.waitForRequest((request) => request.method() === 'POST' && request.url().includes('/checkout/session'));
    const failed = page.waitForEvent('requestfailed', (request) => request.url().includes('/checkout/session'));
    await page.getByRole('button', { name: 'Mounted buy' }).click();
    await sent;
    // What a single-page app does when it swaps its view: the container goes, unmount() is never called.
    await page.evaluate(() => document.getElementById('button-slot')!.parentElement!.replaceChildren(document.createElement('main')));
    expect((await failed).failure()?.errorText).toBe('net::ERR_ABORTED');

    await page.waitForTimeout(3500);
    expect(page.url()).toBe(`${server.url}/mount.html`);
    expect((await events()).map((event) => event.type)).toEqual(['checkout:submit']);
    expect(problems.all()).toEqual([]);
  });

  it('moving the element elsewhere in the page keeps the widget and its pending request', async () => {
    await open('/two.html');
    await page.getByRole('button', { name: 'Buy one' }).waitFor();
    await page.evaluate(() => document.getElementById('one')!.setAttribute('endpoint', '/checkout/session?fault=delay=800'));
    await preventDefaultOn('checkout:redirect');
    await page.getByRole('button', { name: 'Buy one' }).click();
    const kept = await page.evaluate(() => {
      const element = document.getElementById('one')!;
      const before = element.shadowRoot!.firstElementChild;
      document.querySelector('section:last-of-type')!.append(element); // remove + insert in one task
      return new Promise<boolean>((resolve) => setTimeout(() => resolve(element.shadowRoot!.firstElementChild === before), 50));
    });
    expect(kept).toBe(true);
    const [redirect] = await waitForEvent('checkout:redirect');
    expect(redirect!.target).toBe('one');
    expect((await server.sessions()).map((session) => session.request.line_items)).toEqual([[{ price: 'price_one', quantity: 1 }]]);
    expect(problems.all()).toEqual([]);
  });

  it('attribute, property and text changes update the widget and the body sent', async () => {
    await open('/button.html');
    await page.getByRole('button', { name: 'Buy now' }).waitFor();
    await preventDefaultOn('checkout:redirect');
    await page.evaluate(() => {
      const element = document.getElementById('buy') as HTMLElement & { quantity: string | number; paymentMethodTypes: string[] | string };
      element.setAttribute('price', 'price_mug_large');
      element.quantity = 5;
      element.paymentMethodTypes = ['card'];
      element.firstChild!.textContent = 'Buy the large mug';
    });
    await page.getByRole('button', { name: 'Buy the large mug' }).click();
    await waitForEvent('checkout:redirect');
    const [session] = await server.sessions();
    expect(session!.request).toMatchObject({ line_items: [{ price: 'price_mug_large', quantity: 5 }], payment_method_types: ['card'] });
    expect(problems.all()).toEqual([]);
  });

  it('an attribute edited one key at a time emits one checkout:error, and the message follows the latest value', async () => {
    await open('/button.html');
    await page.getByRole('button', { name: 'Buy now' }).waitFor();
    await page.evaluate(async () => {
      const element = document.getElementById('buy')!;
      for (const typed of ['h', 'ht', 'htt', 'http', 'http:', 'http://shop.example']) {
        element.setAttribute('success-url', typed);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    });
    await expect.poll(() => shadowSummary('buy').then((summary) => summary.alert)).toContain('must use https');
    await page.waitForTimeout(200);
    const errors = await events('checkout:error');
    // One report, from the element (the component inside checks relative URLs against the same page).
    expect(errors.map((event) => (event.detail as { message: string }).message)).toEqual([
      '<checkout-button> is not set up correctly (no request can be sent):\n  - success-url: must use https: (http: is only allowed for localhost, 127.0.0.1 and [::1])',
    ]);
    expect(errors[0]).toMatchObject({ target: 'buy', detail: { kind: 'validation' } });
  });

  it('bad attributes render a clear message in place and emit checkout:error (validation), with a clean console', async () => {
    await open('/bad.html');
    await page.getByRole('button', { name: 'Buy' }).waitFor();
    const errors = await waitForEvent('checkout:error', 4);
    expect(errors.map((event) => event.target).sort()).toEqual(['bad-json', 'bad-quantity', 'bad-url', 'no-price']);
    for (const event of errors) expect(event).toMatchObject({ bubbles: true, composed: true, detail: { kind: 'validation' } });
    const byTarget = Object.fromEntries(errors.map((event) => [event.target, (event.detail as { message: string }).message]));
    expect(byTarget['no-price']).toMatch(/price: is required/);
    expect(byTarget['bad-url']).toMatch(/success-url: must use https/);
    expect(byTarget['bad-quantity']).toMatch(/quantity: must be a whole number/);
    expect(byTarget['bad-json']).toMatch(/not valid JSON/);

    for (const id of ['no-price', 'bad-url', 'bad-quantity', 'bad-json']) {
      const summary = await shadowSummary(id);
      expect(summary, id).toMatchObject({ buttons: 0, alertVisible: true });
      expect(summary.alert, id).toMatch(/not set up correctly/);
    }
    expect(byTarget['no-price']).toContain('<checkout-button> is not set up correctly');
    expect(await shadowSummary('fine')).toMatchObject({ buttons: 1, alert: null });

    // Fixing the attribute brings the button back.
    await page.evaluate(() => document.getElementById('no-price')!.setAttribute('price', 'price_fixed'));
    await expect.poll(() => shadowSummary('no-price')).toMatchObject({ buttons: 1, alert: null });
    expect(problems.all()).toEqual([]);
  });

  it('CheckoutWidget.mount() renders, update() changes what is sent, unmount() removes it', async () => {
    await open('/mount.html');
    await page.getByRole('button', { name: 'Mounted buy' }).waitFor();
    await preventDefaultOn('checkout:redirect');
    await page.evaluate(() => {
      const handle = (window as unknown as { mountedButton: { update(options: object): void } }).mountedButton;
      handle.update({ lineItems: [{ price: 'price_updated', quantity: 2 }], label: 'Updated buy' });
    });
    await page.getByRole('button', { name: 'Updated buy' }).click();
    const [redirect] = await waitForEvent('checkout:redirect');
    expect(redirect!.target).toBe('button-slot');
    const [session] = await server.sessions();
    expect(session!.request).toMatchObject({ line_items: [{ price: 'price_updated', quantity: 2 }], success_url: `${server.url}/thanks.html?session={CHECKOUT_SESSION_ID}` });

    // A form, then options that make no sense, then unmount.
    await page.evaluate(() => {
      const api = (window as unknown as { CheckoutWidget: { mount(element: Element, options: object): { update(options: object): void; unmount(): void } } }).CheckoutWidget;
      const form = api.mount(document.getElementById('form-slot')!, { kind: 'form', lineItems: [{ price: 'price_form', name: 'Poster', unitAmount: 1900 }], successUrl: '/thanks.html', currency: 'usd' });
      (window as unknown as { mountedForm: unknown }).mountedForm = form;
    });
    await page.getByText('Poster').waitFor();
    await page.evaluate(() => (window as unknown as { mountedForm: { update(options: object): void } }).mountedForm.update({ successUrl: 'ftp://example.com' }));
    const [error] = await waitForEvent('checkout:error');
    expect(error).toMatchObject({ target: 'form-slot', detail: { kind: 'validation' } });
    expect((error!.detail as { message: string }).message).toMatch(/CheckoutWidget\.mount\(\) is not set up correctly[\s\S]*successUrl: must use https/);

    await page.evaluate(() => {
      const w = window as unknown as { mountedButton: { unmount(): void; update(options: object): void }; mountedForm: { unmount(): void } };
      w.mountedButton.unmount();
      w.mountedButton.update({ label: 'Too late' }); // ignored after unmount
      w.mountedForm.unmount();
    });
    expect(await shadowSummary('button-slot')).toMatchObject({ buttons: 0, children: 0 });
    expect(await shadowSummary('form-slot')).toMatchObject({ buttons: 0, children: 0 });
    expect(problems.all()).toEqual([]);
  });

  it('loading the script twice changes nothing, and it adds only CheckoutWidget to window', async () => {
    await open('/twice.html');
    await preventDefaultOn('checkout:redirect');
    const globals = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown> & { globalNamesBeforeWidget: string[]; globalNamesAfterWidget: string[]; CheckoutWidget: Record<string, unknown>; firstCheckoutWidget: unknown };
      const before = new Set(w.globalNamesBeforeWidget);
      return {
        added: w.globalNamesAfterWidget.filter((name) => !before.has(name) && name !== 'globalNamesBeforeWidget'),
        addedBySecondCopy: Object.getOwnPropertyNames(window).filter((name) => !w.globalNamesAfterWidget.includes(name) && name !== 'globalNamesAfterWidget' && name !== 'firstCheckoutWidget' && !name.startsWith('__e2e')),
        sameApi: w.CheckoutWidget === w.firstCheckoutWidget,
        version: w.CheckoutWidget.version,
        keys: Object.keys(w.CheckoutWidget).sort(),
        registered: customElements.get('checkout-button') === w.CheckoutWidget.CheckoutButtonElement && customElements.get('checkout-form') === w.CheckoutWidget.CheckoutFormElement,
        hostReact: (w.React as { hostOwned?: boolean }).hostOwned === true && (w.ReactDOM as { hostOwned?: boolean }).hostOwned === true && (w.preact as { hostOwned?: boolean }).hostOwned === true,
      };
    });
    expect(globals).toEqual({
      added: ['CheckoutWidget'],
      addedBySecondCopy: [],
      sameApi: true,
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      keys: ['CheckoutButtonElement', 'CheckoutFormElement', 'mount', 'registerLocale', 'version'],
      registered: true,
      hostReact: true,
    });
    await page.getByRole('button', { name: 'Buy once' }).click();
    await waitForEvent('checkout:redirect');
    expect(await server.sessions()).toHaveLength(1);
    expect((await events('checkout:submit')).length).toBe(1);
    expect(problems.all()).toEqual([]);
  });
});
