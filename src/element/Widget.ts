import type { CheckoutCallbacks } from '../core/callbacks';
import { warnOnce } from '../core/dev';
import { describeError, setupErrorKey, validationError, type CheckoutError, type CheckoutIssue } from '../core/errors';
import type { ClientConfig } from '../core/types';
import type { CheckoutSessionRequest } from '../core/wire';
import { resolveCommonLabels } from '../i18n/commonLabels';
import { loadLocale, resolveLocale, subscribeLocales } from '../i18n/registry';
import type { CheckoutFormProps } from '../react/CheckoutForm';
import { createAlert, span } from './alertView';
import { ButtonView } from './ButtonView';
import { FormHost } from './FormHost';
import { navigationFor } from './navigationTarget';
import { parseWidgetOptions, type WidgetOptions } from './options';
import { whenParsed } from './ready';
import { adoptStyles } from './styles';
import { watchConnection } from './watchConnection';

export interface RenderContext {
  /** Names the widget in error messages: "<checkout-button>", "CheckoutWidget.mount()". */
  subject: string;
  /** Problems found before the options (unreadable attributes or JSON): shown alone, as the options would only repeat them. */
  issues?: CheckoutIssue[];
  /** Renames an issue's path for the reader, e.g. prop paths to attribute names. */
  describeIssue?: (issue: CheckoutIssue) => CheckoutIssue;
}

type View = { kind: 'button'; view: ButtonView } | { kind: 'form'; view: FormHost } | { kind: 'problem'; view: HTMLElement };

/**
 * One widget in one host element's shadow root, shared by the custom elements and mount(). A button is
 * plain DOM over core's checkout flow (ButtonView); a form loads its React part on first use
 * (FormHost); bad options render a message in place. The callbacks become DOM events on the host, and
 * destroy() aborts whatever is in flight.
 */
export class Widget {
  private declare container: HTMLElement | undefined;
  private declare current: View | undefined;
  private declare options: WidgetOptions;
  private declare config: ClientConfig | undefined;
  private declare lastRender: [unknown, RenderContext] | undefined;
  private declare stopLocales: (() => void) | undefined;
  private requests = new AbortController();
  /** setupErrorKey of the setup error last reported, or null. */
  private reported: string | null = null;
  private declare userFetch: typeof fetch | undefined;
  private declare fetch: typeof fetch | undefined;
  /** The component callbacks, made once so the form's props keep their identity between renders. */
  private readonly callbacks: CheckoutCallbacks;

  constructor(private readonly host: HTMLElement) {
    const live = () => !this.requests.signal.aborted && this.host.isConnected;
    this.callbacks = {
      onRequest: (body: CheckoutSessionRequest) => {
        // A copy, not a JSON round trip: listeners read the body; what is sent was serialized already.
        if (!live() || !this.emit('checkout:submit', structuredClone(body), true)) return false;
        return this.options.onRequest?.(body);
      },
      onSuccess: (session) => this.options.onSuccess?.(session),
      onBeforeRedirect: (url: string) => {
        if (!live() || !this.emit('checkout:redirect', { url }, true)) return false;
        return this.options.onBeforeRedirect?.(url);
      },
      // preventDefault() on checkout:error, or onError returning false: the page shows its own message.
      onError: (error: CheckoutError) => {
        if (!live()) return; // unmounted or taken out of the page: nobody to tell
        const showOwn = this.emit('checkout:error', describeError(error), true);
        return this.options.onError?.(error) !== false && showOwn ? undefined : false;
      },
      redirect: (url: string) => (this.options.redirect ?? navigationFor(this.options.target) ?? ((target: string) => window.location.assign(target)))(url),
    };
  }

  render(input: unknown, context: RenderContext): void {
    this.lastRender = [input, context];
    const container = this.ensureContainer();
    const parsed = context.issues?.length ? { ok: false as const, issues: context.issues } : parseWidgetOptions(input);
    const record = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
    const locale = typeof record.locale === 'string' && record.locale !== '' ? record.locale : undefined;
    setAttribute(container, 'data-theme', record.theme);
    if (!parsed.ok) return this.renderProblem(parsed.issues, context, locale, record);
    this.reported = null;
    this.options = parsed.options;
    const config = this.clientConfig(parsed.options);
    if (parsed.options.kind === 'form') {
      setAttribute(container, 'lang', locale); // the form sets its own direction and texts
      setAttribute(container, 'dir', undefined);
      this.watchLocales(undefined);
      const form = this.current?.kind === 'form' ? this.current.view : this.show({ kind: 'form', view: new FormHost(container, (error) => this.formFailed(error)) }).view;
      form.render(this.formProps(parsed.options, config));
      return;
    }
    const shown = this.applyLocale(container, locale);
    const button = this.current?.kind === 'button' ? this.current.view : this.show({ kind: 'button', view: new ButtonView(container, this.host) }).view;
    const { locale: _locale, labels, disabled, label } = parsed.options;
    button.update({ params: parsed.params, config, callbacks: this.callbacks, labels: resolveCommonLabels(shown, labels), locale: shown, label, disabled });
  }

  /** Unmounts and aborts any pending request; a later render() starts afresh. */
  destroy(): void {
    this.requests.abort();
    this.requests = new AbortController();
    this.reported = null;
    this.fetch = undefined;
    this.config = undefined;
    this.show(undefined);
    this.watchLocales(undefined);
    this.container?.remove();
    this.container = undefined;
  }

  private show<T extends View | undefined>(next: T): T {
    const previous = this.current;
    if (previous?.kind === 'problem') previous.view.remove();
    else previous?.view.destroy();
    this.current = next;
    return next;
  }

  private ensureContainer(): HTMLElement {
    if (this.container) return this.container;
    let shadow = this.host.shadowRoot;
    if (!shadow) {
      try {
        shadow = this.host.attachShadow({ mode: 'open' });
      } catch (cause) {
        throw new TypeError(`checkout-widget cannot render into <${this.host.localName}>: it does not take a shadow root. Mount into a <div> or <span> instead.`, { cause });
      }
    }
    adoptStyles(shadow);
    this.container = document.createElement('div');
    shadow.append(this.container);
    return this.container;
  }

  /** Sets lang and dir for the texts shown now, and starts loading the locale's file if it is not here yet (English meanwhile). */
  private applyLocale(container: HTMLElement, locale: string | undefined): string | undefined {
    const resolved = resolveLocale(locale);
    setAttribute(container, 'lang', locale === undefined ? undefined : resolved.lang);
    setAttribute(container, 'dir', locale === undefined ? undefined : resolved.dir);
    this.watchLocales(resolved.loading);
    if (resolved.loading) loadLocale(resolved.loading).catch(() => {}); // English stays; the registry warns
    return locale;
  }

  /** While a locale is loading, re-render when it arrives. */
  private watchLocales(loading: string | undefined): void {
    if (loading && !this.stopLocales) {
      this.stopLocales = subscribeLocales(() => {
        if (this.lastRender && this.container) this.render(...this.lastRender);
      });
    } else if (!loading && this.stopLocales) {
      this.stopLocales();
      this.stopLocales = undefined;
    }
  }

  private renderProblem(found: CheckoutIssue[], context: RenderContext, locale: string | undefined, record: Record<string, unknown>): void {
    const issues = context.describeIssue ? found.map(context.describeIssue) : found;
    const error = validationError(issues, `${context.subject} is not set up correctly (no request can be sent)`);
    const shown = this.applyLocale(this.container!, locale);
    const labels = resolveCommonLabels(shown, isLabels(record.labels) ? record.labels : undefined);
    const root = span('cw-root');
    root.setAttribute('data-part', 'root');
    root.setAttribute('part', 'root');
    root.append(createAlert(error, labels, shown));
    this.show({ kind: 'problem', view: root });
    this.container!.replaceChildren(root);
    this.report(error, setupErrorKey(issues));
  }

  /** A setup error is reported once per set of issues, and only once the page is parsed, so a listener in a later (deferred) script hears it. */
  private report(error: CheckoutError, key: string): void {
    if (key === this.reported) return;
    this.reported = key;
    warnOnce(error.message, error.message); // development builds only; never console.error
    void whenParsed().then(() => {
      if (this.reported === key) this.emit('checkout:error', describeError(error), true); // cancelable, but a setup error always shows
    });
  }

  private formFailed(error: CheckoutError): void {
    const root = span('cw-root');
    root.setAttribute('data-part', 'root');
    root.setAttribute('part', 'root');
    root.append(createAlert(error, resolveCommonLabels(undefined)));
    this.container?.replaceChildren(root);
    this.emit('checkout:error', describeError(error), true);
  }

  private emit(type: string, detail: unknown, cancelable = false): boolean {
    return this.host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
  }

  /** The client config as checked by the options, resolved against this page; the same object while it does not change. */
  private clientConfig(options: WidgetOptions): ClientConfig {
    // The element checked relative URLs against this page (parseWidgetOptions); the request must
    // resolve them against the same base, or one value could pass one check and fail the other.
    const next: ClientConfig = { ...options.config, baseUrl: options.config?.baseUrl ?? location.href };
    if (options.kind === 'form') next.fetch = this.abortableFetch(options.config?.fetch);
    if (this.config && shallowEqual(this.config, next)) return this.config;
    return (this.config = next);
  }

  private formProps(options: WidgetOptions, config: ClientConfig): CheckoutFormProps {
    const { lineItems = [], successUrl = '', cancelUrl, mode, paymentMethodTypes, allowQuantityEdit, currency, customer, discounts, expand, locale, labels, onSubmit, label } = options;
    return {
      lineItems, successUrl, cancelUrl, mode, paymentMethodTypes, allowQuantityEdit, currency, customer, discounts, expand, locale, labels, onSubmit,
      promotionCodes: options.promotionCodes ?? (options.allowPromotionCodes ? 'on' : undefined),
      trialPeriodDays: options.trialPeriodDays ?? options.subscriptionData?.trialPeriodDays,
      submitLabel: label,
      config,
      ...this.callbacks,
    };
  }

  /** Every request of the form also listens to this widget's abort signal and to its host leaving the page, whatever the component does. */
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
      // A host taken out of the page without unmount() (a single-page app swapping its view, also
      // inside another shadow root) must not leave its request running; watched only while in flight.
      const stop = watchConnection(this.host, abort);
      const request = (userFetch ?? fetch)(input, { ...init, signal: controller.signal });
      request.then(stop, stop);
      return request;
    });
  }
}

function setAttribute(element: Element, name: string, value: unknown): void {
  if (typeof value === 'string' && value !== '') {
    if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  } else element.removeAttribute(name);
}

function shallowEqual(a: object, b: object): boolean {
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((key) => Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

const isLabels = (value: unknown): value is Record<string, string> => typeof value === 'object' && value !== null && !Array.isArray(value);
