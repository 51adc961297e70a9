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

/**
 * How long a request may take before the button shows it is busy (aria-busy, aria-disabled, the spinner
 * and "Creating your checkout…"). A fast answer (the usual case) then navigates with no style, layout
 * and paint work competing with it for the main thread, and without a flash of text.
 */
export const BUSY_FEEDBACK_DELAY_MS = 150;

/**
 * <checkout-button> in plain DOM over core's checkout flow (no React): the same markup, parts and
 * classes as React's CheckoutButton. While busy the button is aria-disabled and aria-busy (it keeps
 * the focus), with a spinner and the status text that a polite live region announces; a failure
 * shows a role="alert" message that takes focus; back to idle, focus returns to the button if it was lost.
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
  private declare feedbackTimer: ReturnType<typeof setTimeout> | undefined;
  /** True once the busy texts and spinner are shown for the current request. */
  private feedback = false;
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
      if (!this.input.disabled) void this.checkout.start(this.input.params); // ignored while one is in flight
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
    clearTimeout(this.feedbackTimer);
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

    if (!busy) {
      clearTimeout(this.feedbackTimer);
      this.feedbackTimer = undefined;
      this.feedback = false;
    } else if (!this.feedback && this.feedbackTimer === undefined) {
      this.feedbackTimer = setTimeout(() => {
        this.feedbackTimer = undefined;
        this.feedback = true;
        this.paint(true);
      }, BUSY_FEEDBACK_DELAY_MS);
    }
    const shownBusy = busy && this.feedback;
    // Busy: aria-disabled, not disabled, so the button keeps the focus (start() ignores clicks while
    // busy from the first one on). Shown with the rest of the feedback: until then the page's DOM is
    // untouched, so no style and paint work competes with the request and the navigation.
    this.button.disabled = Boolean(disabled);
    toggleAttribute(this.button, 'aria-disabled', shownBusy);
    toggleAttribute(this.button, 'aria-busy', shownBusy);
    if (shownBusy && !this.spinner.isConnected) this.button.prepend(this.spinner);
    else if (!shownBusy) this.spinner.remove();
    const statusText = !busy ? (snapshot.notice === 'redirect-stalled' ? labels.redirectStalled : '') : !shownBusy ? '' : snapshot.status === 'pending' ? labels.processing : labels.redirecting;
    setText(this.text, shownBusy ? statusText : label ?? labels.checkout);
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

function toggleAttribute(element: Element, name: string, on: boolean): void {
  if (on) element.setAttribute(name, 'true');
  else element.removeAttribute(name);
}

function setText(element: Element, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}
