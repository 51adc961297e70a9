import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { describeError, warnOnce, type CheckoutError, type CheckoutIssue, type CheckoutSessionParams, type CheckoutSessionRequest } from '../core';
import { setupErrorKey, validationError } from '../core/errors';
import { resolveCommonLabels } from '../i18n/commonLabels';
import { CheckoutAlert } from '../react/CheckoutAlert';
import { CheckoutButton, type CheckoutButtonProps } from '../react/CheckoutButton';
import { CheckoutForm, type CheckoutFormProps } from '../react/CheckoutForm';
import { parseWidgetOptions, type WidgetOptions } from './options';
import { mirrorParts } from './parts';
import { adoptStyles } from './styles';

export interface RenderContext {
  /** Names the widget in error messages: "<checkout-button>", "CheckoutWidget.mount()". */
  subject: string;
  /** Problems found before the options (unreadable attributes or JSON): shown alone, as the options would only repeat them. */
  issues?: CheckoutIssue[];
  /** Renames an issue's path for the reader, e.g. prop paths to attribute names. */
  describeIssue?: (issue: CheckoutIssue) => CheckoutIssue;
}

/**
 * One widget in one host element's shadow root: renders the React component for the options, turns
 * its callbacks into DOM events on the host and owns the requests, so destroy() aborts them all.
 * Shared by the custom elements and mount().
 */
export class Widget {
  // `declare`: undefined until set, without an assignment of undefined in the ES2020 script-tag build.
  private declare root: Root | undefined;
  private declare container: HTMLElement | undefined;
  private declare parts: MutationObserver | undefined;
  private requests = new AbortController();
  /** setupErrorKey of the setup error last reported, or null. */
  private reported: string | null = null;
  private declare userFetch: typeof fetch | undefined;
  private declare fetch: typeof fetch | undefined;

  constructor(private readonly host: HTMLElement) {}

  render(input: unknown, context: RenderContext): void {
    const root = this.ensureRoot();
    const parsed = context.issues?.length ? { ok: false as const, issues: context.issues } : parseWidgetOptions(input);
    const record = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
    setAttribute(this.container!, 'data-theme', record.theme);
    setAttribute(this.container!, 'lang', record.locale);
    if (!parsed.ok) return this.renderProblem(root, parsed.issues, context, record);
    this.reported = null;
    root.render(parsed.options.kind === 'form' ? createElement(CheckoutForm, this.formProps(parsed.options)) : createElement(CheckoutButton, this.buttonProps(parsed.options, parsed.params)));
  }

  /** Unmounts and aborts any pending request; a later render() starts afresh. */
  destroy(): void {
    this.requests.abort();
    this.requests = new AbortController();
    this.reported = null;
    this.fetch = undefined;
    this.root?.unmount();
    this.root = undefined;
    this.parts?.disconnect();
    this.container?.remove();
    this.container = undefined;
  }

  private ensureRoot(): Root {
    if (this.root) return this.root;
    let shadow = this.host.shadowRoot;
    if (!shadow) {
      try {
        shadow = this.host.attachShadow({ mode: 'open' });
      } catch (cause) {
        throw new TypeError(`checkout-widget cannot render into <${this.host.localName}>: it does not take a shadow root. Mount into a <div> or <span> instead.`, { cause });
      }
    }
    adoptStyles(shadow);
    this.parts = mirrorParts(shadow);
    this.container = document.createElement('div');
    shadow.append(this.container);
    this.root = createRoot(this.container);
    return this.root;
  }

  private renderProblem(root: Root, found: CheckoutIssue[], context: RenderContext, record: Record<string, unknown>): void {
    const issues = context.describeIssue ? found.map(context.describeIssue) : found;
    const error = validationError(issues, `${context.subject} is not set up correctly (no request can be sent)`);
    const message = error.message;
    const labels = resolveCommonLabels(typeof record.locale === 'string' ? record.locale : undefined);
    root.render(createElement('span', { className: 'cw-root', 'data-part': 'root' }, createElement(CheckoutAlert, { error, labels })));
    const key = setupErrorKey(issues);
    if (key === this.reported) return;
    this.reported = key;
    warnOnce(message, message); // development builds only; never console.error
    // Later than now, so a listener added right after the element or the mount() call still hears it.
    queueMicrotask(() => {
      if (this.reported === key) this.emit('checkout:error', describeError(error), true); // cancelable, but a setup error always shows
    });
  }

  private emit(type: string, detail: unknown, cancelable = false): boolean {
    return this.host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
  }

  /** The component callbacks, as DOM events on the host; an unmounted widget neither reports nor navigates. */
  private callbacks(options: WidgetOptions) {
    const signal = this.requests.signal;
    return {
      // The element checked relative URLs against this page (parseWidgetOptions); the component must
      // check them against the same base, not its fixed server-rendering one, or one value typed into
      // success-url could be fine for the element and a setup error for the component.
      config: { ...options.config, baseUrl: options.config?.baseUrl ?? location.href, fetch: this.abortableFetch(options.config?.fetch) },
      onRequest: (body: CheckoutSessionRequest) => {
        if (signal.aborted || !this.emit('checkout:submit', JSON.parse(JSON.stringify(body)), true)) return false;
        return options.onRequest?.(body);
      },
      onBeforeRedirect: (url: string) => {
        if (signal.aborted || !this.host.isConnected || !this.emit('checkout:redirect', { url }, true)) return false;
        return options.onBeforeRedirect?.(url);
      },
      // preventDefault() on checkout:error, or onError returning false: the page shows its own message.
      onError: (error: CheckoutError) => {
        if (signal.aborted || !this.host.isConnected) return; // unmounted or taken out of the page: nobody to tell
        const showOwn = this.emit('checkout:error', describeError(error), true);
        return options.onError?.(error) !== false && showOwn ? undefined : false;
      },
    };
  }

  private buttonProps(options: WidgetOptions, params: CheckoutSessionParams): CheckoutButtonProps {
    const { locale, labels, disabled, onSuccess, label } = options;
    return { ...params, ...this.callbacks(options), locale, labels, disabled, onSuccess, children: label };
  }

  private formProps(options: WidgetOptions): CheckoutFormProps {
    const { lineItems = [], successUrl = '', cancelUrl, mode, paymentMethodTypes, allowQuantityEdit, currency, customer, discounts, expand, locale, labels, onSubmit, onSuccess, label } = options;
    return {
      lineItems, successUrl, cancelUrl, mode, paymentMethodTypes, allowQuantityEdit, currency, customer, discounts, expand, locale, labels, onSubmit, onSuccess,
      promotionCodes: options.promotionCodes ?? (options.allowPromotionCodes ? 'on' : undefined),
      trialPeriodDays: options.trialPeriodDays ?? options.subscriptionData?.trialPeriodDays,
      submitLabel: label,
      ...this.callbacks(options),
    };
  }

  /** Every request of this widget also listens to its abort signal, whatever the component does on unmount. */
  private abortableFetch(userFetch: typeof fetch | undefined): typeof fetch {
    if (this.fetch && this.userFetch === userFetch) return this.fetch;
    const signal = this.requests.signal;
    this.userFetch = userFetch;
    return (this.fetch = (input, init = {}) => {
      const controller = new AbortController();
      const abort = () => controller.abort();
      for (const source of [signal, init.signal]) {
        if (source?.aborted) abort();
        source?.addEventListener('abort', abort, { once: true });
      }
      // A host taken out of the page without unmount() (a single-page app swapping its view) must not
      // leave its request running. Custom elements hear disconnectedCallback; a mount()ed <div> does
      // not, so the document is watched while this request is in flight, and only then.
      const detached = new MutationObserver(() => {
        if (!this.host.isConnected) abort();
      });
      detached.observe(this.host.ownerDocument, { childList: true, subtree: true });
      const settled = () => detached.disconnect();
      const request = (userFetch ?? fetch)(input, { ...init, signal: controller.signal });
      request.then(settled, settled);
      return request;
    });
  }
}

function setAttribute(element: Element, name: string, value: unknown): void {
  if (typeof value === 'string' && value !== '') element.setAttribute(name, value);
  else element.removeAttribute(name);
}
