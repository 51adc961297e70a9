import { asCheckoutError, reportFailure, type CheckoutCallbacks } from './callbacks';
import { prepareCheckout, sendCheckout } from './client';
import { abortedError, type CheckoutError } from './errors';
import { callHost, followSession } from './followSession';
import { onBackForwardRestore } from './navigate';
import type { CheckoutSessionParams, ClientConfig } from './types';

/** Where a checkout stands: `idle` → `pending` → `redirecting`, or `error` with a CheckoutError. */
export type CheckoutStatus = 'idle' | 'pending' | 'redirecting' | 'error';

export interface CheckoutSnapshot {
  status: CheckoutStatus;
  /** The failure when `status` is `error`, else null. */
  error: CheckoutError | null;
  /** True when onError returned `false` for `error`: the host shows its own message. */
  errorHandled: boolean;
  /** `redirect-stalled`: the payment page was asked for but the browser stayed; the widget is idle again. */
  notice: 'redirect-stalled' | null;
}

export interface Checkout {
  /** Creates a session and redirects. Ignored while pending or redirecting; never rejects (failures become state). */
  start(params: CheckoutSessionParams): Promise<void>;
  /** Back to idle: cancels a request in flight and clears the error. */
  reset(): void;
  subscribe(listener: () => void): () => void;
  getSnapshot(): CheckoutSnapshot;
  /** Replaces the config and callbacks used from the next start() on (props changed). */
  setOptions(config: ClientConfig, callbacks?: CheckoutCallbacks): void;
  /** Cancels any request and stops listening to the page; the controller stays usable. */
  destroy(): void;
}

const IDLE: CheckoutSnapshot = { status: 'idle', error: null, errorHandled: false, notice: null };

/**
 * The one checkout flow, framework-free: body built and checked once, the idempotency key, the
 * request with its timeout and retries, the redirect check and navigation, and the back-button reset.
 * The custom elements and mount() bind to it directly; React binds through checkoutMutationOptions.
 */
export function createCheckout(config: ClientConfig = {}, callbacks: CheckoutCallbacks = {}): Checkout {
  let options = { config, callbacks };
  let snapshot = IDLE;
  let controller: AbortController | null = null;
  const listeners = new Set<() => void>();
  let stopWatching: (() => void) | undefined;

  // A function, not `snapshot.status`, so TypeScript does not narrow it across awaits.
  const statusNow = (): CheckoutStatus => snapshot.status;
  const set = (next: CheckoutSnapshot) => {
    snapshot = next;
    for (const listener of [...listeners]) listener();
  };
  const reset = () => {
    controller?.abort();
    controller = null;
    if (snapshot !== IDLE) set(IDLE);
  };
  const fail = (error: CheckoutError) => {
    set({ status: 'error', error, errorHandled: reportFailure(error, options.callbacks.onError), notice: null });
  };

  const start = async (params: CheckoutSessionParams): Promise<void> => {
    if (snapshot.status === 'pending' || snapshot.status === 'redirecting') return;
    stopWatching ??= onBackForwardRestore(reset);
    const { config: current, callbacks: hooks } = options;
    const abort = new AbortController();
    controller = abort;
    try {
      const prepared = prepareCheckout(params, current);
      if (callHost(() => hooks.onRequest?.(prepared.body)) === false) return set(IDLE);
      const request = sendCheckout(prepared, { signal: abort.signal });
      set({ status: 'pending', error: null, errorHandled: false, notice: null });
      const session = await request;
      if (abort.signal.aborted) throw abortedError();
      set({ status: 'redirecting', error: null, errorHandled: false, notice: null });
      const followed = await followSession(session, current, hooks, abort.signal);
      if (followed.outcome === 'stayed') return set(IDLE);
      // start() resolves once navigation was asked for; the page leaving, or not, is watched after.
      void followed.settled.then((outcome) => {
        if (controller === abort && !abort.signal.aborted && outcome === 'stalled') {
          controller = null;
          set({ ...IDLE, notice: 'redirect-stalled' });
        }
      }, () => {});
      return;
    } catch (error) {
      if (controller !== abort || abort.signal.aborted) return; // reset, destroyed or replaced: nobody to tell
      fail(asCheckoutError(error));
    } finally {
      if (controller === abort && statusNow() !== 'redirecting') controller = null;
    }
  };

  return {
    start,
    reset,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    setOptions(config, callbacks = {}) {
      options = { config, callbacks };
    },
    destroy() {
      controller?.abort();
      controller = null;
      snapshot = IDLE;
      stopWatching?.();
      stopWatching = undefined;
    },
  };
}
