// In-page half of the runtime bench. Loaded as the very first script of every instrumented page,
// before the widget, so it can see shadow roots (even closed ones) and fetch calls from the start.
// Plain ES2020 script, no modules: it must run synchronously ahead of the widget's IIFE.
(() => {
  'use strict';

  const bench = (window.__bench = {
    t0: undefined, // set by the page right before the widget's <script> tag
    tScriptDone: undefined, // set by the page right after it
    fetches: [], // { url, method, called, resolved } in performance.now() time
    // The page may pass the selectors in its query string so config.mjs stays the one place.
    params: Object.fromEntries(new URLSearchParams(location.search)),
  });

  const rootsByHost = new WeakMap();
  const watchers = new Set();
  const notify = () => {
    for (const watcher of watchers) watcher.check();
  };
  const observeTree = (node) =>
    new MutationObserver(notify).observe(node, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });

  // Wrapping attachShadow is the only way to reach a closed shadow root, and observing the root
  // from the moment it exists means a mutation is timestamped at the microtask right after it
  // happens, not at the next animation frame.
  const nativeAttachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function attachShadow(init) {
    const root = nativeAttachShadow.call(this, init);
    rootsByHost.set(this, root);
    observeTree(root);
    queueMicrotask(notify);
    return root;
  };
  // Light-DOM changes (a host appearing, a widget rendering without shadow DOM) wake watchers too.
  observeTree(document.documentElement);

  // Recording the call time here, before the widget captures `fetch`, gives "click → fetch()"
  // without touching the widget's code.
  const nativeFetch = window.fetch;
  window.fetch = function fetch(input, init) {
    const record = {
      url: String(input && input.url ? input.url : input),
      method: (init && init.method) || (input && input.method) || 'GET',
      called: performance.now(),
      resolved: undefined,
    };
    bench.fetches.push(record);
    return nativeFetch.call(this, input, init).then((response) => {
      record.resolved = performance.now();
      return response;
    });
  };

  /** The host's shadow root (open or closed) or, without one, the host itself. */
  bench.rootOf = (host) => (host && (rootsByHost.get(host) || host.shadowRoot)) || host || null;

  /** querySelectorAll through the host's root and any shadow roots nested inside it. */
  bench.queryAll = (host, selector) => {
    const found = [];
    const visit = (root) => {
      found.push(...root.querySelectorAll(selector));
      for (const el of root.querySelectorAll('*')) {
        const inner = rootsByHost.get(el) || el.shadowRoot;
        if (inner) visit(inner);
      }
    };
    const root = bench.rootOf(host);
    if (root) visit(root);
    return found;
  };
  bench.query = (host, selector) => bench.queryAll(host, selector)[0] || null;

  /**
   * Resolves with performance.now() at the first DOM mutation after which `predicate()` is true
   * (or immediately if it already is). Rejects after `timeoutMs`; `what` (a string, or a function
   * called at that moment so it can describe the state reached) goes into the message.
   */
  bench.when = (predicate, what, timeoutMs) =>
    new Promise((resolve, reject) => {
      const watcher = {
        check() {
          let ok = false;
          try {
            ok = Boolean(predicate());
          } catch {
            ok = false;
          }
          if (!ok) return;
          const t = performance.now();
          done();
          resolve(t);
        },
      };
      const timer = setTimeout(() => {
        done();
        const described = typeof what === 'function' ? what() : what;
        reject(new Error(`timed out after ${timeoutMs / 1000} s waiting for ${described}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        watchers.delete(watcher);
      };
      watchers.add(watcher);
      watcher.check();
    });

  /** (a) Started by the page's inline script before the widget loads. */
  bench.watchFirstMount = (hostId, selector, timeoutMs) => {
    bench.mounted = bench.when(
      () => bench.query(document.getElementById(hostId), selector),
      `\`${selector}\` inside #${hostId}'s shadow root`,
      timeoutMs,
    );
    // Keep an early rejection from surfacing as "unhandled" before Node asks for the result.
    bench.mounted.catch(() => {});
  };

  /**
   * (b, c) Clicks the button and leaves a trace in sessionStorage when the page goes away; the
   * page the widget navigates to is same-origin, so Node reads the trace from there.
   */
  bench.clickAndTrace = (hostId, selector, sessionPath) => {
    const button = bench.query(document.getElementById(hostId), selector);
    if (!button) throw new Error(`no \`${selector}\` inside #${hostId}'s shadow root`);
    const trace = { timeOrigin: performance.timeOrigin };
    const save = () => {
      const request = bench.fetches.find((f) => f.url.includes(sessionPath) && f.called >= trace.click);
      const timing = performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes(sessionPath) && e.startTime >= trace.click);
      const entry = timing[timing.length - 1];
      trace.fetchCalled = request && request.called;
      trace.fetchResolved = request && request.resolved;
      trace.resource = entry && {
        startTime: entry.startTime,
        requestStart: entry.requestStart,
        responseStart: entry.responseStart,
        responseEnd: entry.responseEnd,
        initiatorType: entry.initiatorType,
      };
      sessionStorage.setItem('bench:trace', JSON.stringify(trace));
    };
    // Capture on window: the event is meant to bubble out of the host, and capture also sees it
    // if a composed event is stopped further down. No preventDefault: the redirect must happen.
    window.addEventListener(
      'checkout:redirect',
      () => {
        trace.redirectEvent = performance.now();
      },
      { capture: true, once: true },
    );
    // beforeunload is the first thing the page sees once a navigation has started;
    // pagehide is the last moment it can still write down what happened.
    window.addEventListener('beforeunload', () => {
      trace.beforeunload = performance.now();
      save();
    });
    window.addEventListener('pagehide', () => {
      trace.pagehide = performance.now();
      save();
    });
    sessionStorage.removeItem('bench:trace');
    trace.click = performance.now();
    button.click();
    return trace.click;
  };

  /** Sets an <input>'s value the way a user's typing would, so React's onChange sees it. */
  const typeInto = (input, value) => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    setter.call(input, String(value));
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  };

  const lineItemsFor = (count) =>
    Array.from({ length: count }, (_, i) => ({
      price: `price_${i + 1}`,
      name: `Item ${i + 1}`,
      unitAmount: 1200,
      quantity: 1,
      adjustableQuantity: { enabled: true, minimum: 0, maximum: 10 },
    }));

  /** Mounts one form through the page's `__benchMount(host, { lineItems })`; resolves when every row is there. */
  const mountOne = async (count, selectors, timeoutMs) => {
    const host = document.createElement('div');
    document.body.append(host);
    const lineItems = lineItemsFor(count);
    const start = performance.now();
    const handle = window.__benchMount(host, { lineItems });
    const done = await bench.when(
      () => bench.query(host, selectors.form) && bench.queryAll(host, selectors.quantityInput).length >= count,
      () => `${count} \`${selectors.quantityInput}\` in \`${selectors.form}\` (found ${bench.queryAll(host, selectors.quantityInput).length})`,
      timeoutMs,
    );
    return { host, handle, ms: done - start };
  };

  /**
   * (floors) The same sequence for every form implementation: a first 1-item form (cold: for the
   * script tag this loads the form chunk), removed; then 1, 20 and `max` items, each mounted in a
   * fresh host (warm code) and removed, and on the last one the first row's quantity +1 until the
   * subtotal shows it.
   */
  bench.measureFormSequence = async (counts, selectors, timeoutMs) => {
    if (typeof window.__benchMount !== 'function') throw new Error('the page defines no __benchMount(host, { lineItems })');
    const result = {};
    const first = await mountOne(1, selectors, timeoutMs);
    result.firstMount = first.ms;
    first.handle.unmount();
    first.host.remove();
    for (const count of counts) {
      const { host, handle, ms } = await mountOne(count, selectors, timeoutMs);
      result[`mount${count}`] = ms;
      if (count === counts[counts.length - 1]) {
        const subtotal = bench.query(host, selectors.subtotal);
        const increment = bench.query(host, selectors.incrementButton);
        if (!subtotal || !increment) throw new Error('no subtotal or no increment button to edit with');
        const before = subtotal.textContent;
        const start = performance.now();
        increment.click();
        const done = await bench.when(() => bench.query(host, selectors.subtotal)?.textContent !== before, `the subtotal to change from "${before}"`, timeoutMs);
        result[`edit${count}`] = done - start;
      }
      handle.unmount();
      host.remove();
    }
    return result;
  };

  /** (d) Mounts a form with `count` line items, then edits one quantity. */
  bench.measureForm = async (count, selectors, timeoutMs) => {
    if (!window.CheckoutWidget || typeof window.CheckoutWidget.mount !== 'function') {
      throw new Error('window.CheckoutWidget.mount is not a function');
    }
    const host = document.createElement('div');
    host.id = 'form-host';
    document.body.append(host);
    const lineItems = Array.from({ length: count }, (_, i) => ({
      price: `price_${i + 1}`,
      name: `Item ${i + 1}`,
      unitAmount: 1200,
      quantity: 1,
      adjustableQuantity: { enabled: true, minimum: 0, maximum: 10 },
    }));

    const mountStart = performance.now();
    window.CheckoutWidget.mount(host, {
      kind: 'form',
      lineItems,
      successUrl: 'http://127.0.0.1/thanks',
      allowQuantityEdit: true,
      currency: 'eur',
    });
    const mounted = await bench.when(
      () =>
        bench.query(host, selectors.form) &&
        bench.queryAll(host, selectors.quantityInput).length >= count,
      () =>
        `\`${selectors.form}\` with ${count} \`${selectors.quantityInput}\` ` +
        `(found form: ${Boolean(bench.query(host, selectors.form))}, ` +
        `inputs: ${bench.queryAll(host, selectors.quantityInput).length})`,
      timeoutMs,
    );

    const subtotal = bench.query(host, selectors.subtotal);
    if (!subtotal) return { mount: mounted - mountStart, edit: `no \`${selectors.subtotal}\` element` };
    const before = subtotal.textContent;
    // Prefer the control a shopper would click; fall back to typing into the input.
    const increment = bench.query(host, selectors.incrementButton);
    const input = bench.query(host, selectors.quantityInput);
    const editStart = performance.now();
    if (increment) increment.click();
    else typeInto(input, Number(input.value || 1) + 1);
    const committed = await bench.when(
      () => {
        const now = bench.query(host, selectors.subtotal);
        return now && now.textContent !== before;
      },
      `\`${selectors.subtotal}\` text to change from "${before}"`,
      timeoutMs,
    );
    return {
      mount: mounted - mountStart,
      edit: committed - editStart,
      editMethod: increment ? 'increment button' : 'typed into input',
    };
  };
})();
