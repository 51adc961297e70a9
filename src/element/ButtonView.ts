import type { CheckoutCallbacks } from '../core/callbacks';
import { createCheckout, type Checkout, type CheckoutSnapshot } from '../core/checkout';
import type { CheckoutCommonLabels } from '../core/labels';
import type { CheckoutSessionParams, ClientConfig } from '../core/types';
import { createAlert, span } from './alertView';
import { warmClickPath } from './warmClickPath';
import { watchConnection } from './watchConnection';

export interface ButtonViewInput {
  params: CheckoutSessionParams;
  config: ClientConfig;
  callbacks: CheckoutCallbacks;
  labels: CheckoutCommonLabels;
  locale?: string;
  /** The button's text when idle. Default: `labels.checkout`. */
  label?: string;
  disabled?: boolean;
}

// Until src/i18n carries a `redirectStalled` text in every locale.
const REDIRECT_STALLED = 'The payment page did not open. You can try again.';

/**
 * <checkout-button> in plain DOM over core's checkout flow (no React): the same markup, parts and
 * classes as React's CheckoutButton. While busy the button is disabled and aria-busy with a spinner
 * and the status text, which a polite live region announces; a failure shows a role="alert" message
 * that takes focus; back to idle, focus returns to the button if the disabled button had dropped it.
 */
export class ButtonView {
  private readonly checkout: Checkout;
  private readonly root = span('cw-root cw-checkout-button');
  private readonly button = document.createElement('button');
  private readonly spinner = span('cw-spinner');
  private readonly text = span('cw-button-label');
  private readonly status = span('cw-visually-hidden');
  private declare alert: HTMLElement | undefined;
  private declare input: ButtonViewInput;
  private declare shown: CheckoutSnapshot | undefined;
  private declare stopWatching: (() => void) | undefined;
  private declare stopWarming: (() => void) | undefined;
  private readonly unsubscribe: () => void;

  constructor(
    container: HTMLElement,
    private readonly host: HTMLElement,
  ) {
    this.checkout = createCheckout();
    part(this.root, 'root');
    this.button.type = 'button';
    this.button.className = 'cw-button';
    part(this.button, 'button');
    part(this.spinner, 'spinner');
    this.spinner.setAttribute('aria-hidden', 'true');
    this.status.setAttribute('role', 'status');
    this.status.setAttribute('aria-live', 'polite');
    part(this.status, 'status');
    this.button.append(this.text);
    this.root.append(this.button, this.status);
    // Straight to start(): the body is built and checked once, in there, and fetch() is called in this task.
    this.button.addEventListener('click', () => {
      if (!this.input.disabled) void this.checkout.start(this.input.params);
    });
    this.unsubscribe = this.checkout.subscribe(() => this.paint());
    container.replaceChildren(this.root);
  }

  update(input: ButtonViewInput): void {
    this.input = input;
    this.checkout.setOptions(input.config, input.callbacks);
    this.paint(true);
    this.stopWarming ??= warmClickPath(() => this.input.params, () => this.input.config);
  }

  destroy(): void {
    this.unsubscribe();
    this.stopWarming?.();
    this.stopWatching?.();
    this.checkout.destroy();
    this.root.remove();
  }

  private paint(inputChanged = false): void {
    const snapshot = this.checkout.getSnapshot();
    const previous = this.shown;
    if (!inputChanged && snapshot === previous) return;
    this.shown = snapshot;
    const { labels, label, disabled } = this.input;
    const busy = snapshot.status === 'pending' || snapshot.status === 'redirecting';
    this.watchHost(busy);

    this.button.disabled = Boolean(disabled) || busy;
    if (busy) this.button.setAttribute('aria-busy', 'true');
    else this.button.removeAttribute('aria-busy');
    if (busy && !this.spinner.isConnected) this.button.prepend(this.spinner);
    else if (!busy) this.spinner.remove();
    const statusText = snapshot.status === 'pending' ? labels.processing : snapshot.status === 'redirecting' ? labels.redirecting : snapshot.notice === 'redirect-stalled' ? stalledText(labels) : '';
    setText(this.text, busy ? statusText : label ?? labels.checkout);
    setText(this.status, statusText);

    const error = snapshot.status === 'error' && !snapshot.errorHandled ? snapshot.error : null;
    const errorChanged = error !== (previous?.status === 'error' && !previous.errorHandled ? previous.error : null);
    if (errorChanged || (error && inputChanged)) {
      this.alert?.remove();
      this.alert = error ? createAlert(error, labels, this.input.locale) : undefined;
      if (this.alert) this.root.append(this.alert);
      if (this.alert && errorChanged) this.alert.focus();
    }
    // A disabled button drops focus to <body>; when the checkout stays on the page, give it back.
    const wasBusy = previous?.status === 'pending' || previous?.status === 'redirecting';
    if (wasBusy && snapshot.status === 'idle' && this.button.isConnected) {
      const active = this.host.ownerDocument.activeElement;
      if (!active || active === this.host.ownerDocument.body) this.button.focus();
    }
  }

  /** While a request is in flight, a host taken out of the page (by any ancestor, through any shadow root) cancels it. */
  private watchHost(busy: boolean): void {
    if (busy && !this.stopWatching) {
      this.stopWatching = watchConnection(this.host, () => {
        this.stopWatching = undefined;
        this.checkout.reset();
      });
    } else if (!busy && this.stopWatching) {
      this.stopWatching();
      this.stopWatching = undefined;
    }
  }
}

function part(element: Element, name: string): void {
  element.setAttribute('data-part', name);
  element.setAttribute('part', name);
}

function setText(element: Element, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

function stalledText(labels: CheckoutCommonLabels): string {
  return (labels as CheckoutCommonLabels & { redirectStalled?: string }).redirectStalled ?? REDIRECT_STALLED;
}
