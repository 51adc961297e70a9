import { CheckoutError } from './errors';

/** How long a navigation may take to start leaving the page before the widget stops waiting for it. */
export const NAVIGATION_STALL_MS = 3000;

/** `left`: the page is being unloaded. `stalled`: the browser stayed (Stop, Esc, a "Stay" answer, a 204, a download, a #hash). */
export type NavigationOutcome = 'left' | 'stalled';

export interface NavigateOptions {
  /** Performs the navigation. Default: `window.location.assign(url)`. */
  navigate?: (url: string) => void;
  /** The window to watch. Default: the global `window`, when there is one. */
  window?: Window;
  /** Default: NAVIGATION_STALL_MS (3000). */
  stallMs?: number;
}

/**
 * Navigates to an already checked URL and reports whether the page actually left. Nothing here waits
 * forever: without a `pagehide` within `stallMs`, or when the shopper is back on the page (it was
 * hidden and is visible again, or lost and regained focus), or the navigation only changed the #hash,
 * the outcome is `stalled` and the widget returns to idle.
 */
export function navigateAndWatch(url: string, options: NavigateOptions = {}): Promise<NavigationOutcome> {
  const win = options.window ?? (typeof window === 'undefined' ? undefined : window);
  const navigate =
    options.navigate ??
    ((target: string) => {
      if (!win) throw new CheckoutError('redirect', 'There is no browser window to open the payment page in', { retryable: false });
      win.location.assign(target);
    });
  if (!win) {
    navigate(url);
    return Promise.resolve('left');
  }
  return new Promise<NavigationOutcome>((resolve, reject) => {
    let away = false;
    const listeners: [EventTarget, string, () => void][] = [];
    const finish = (outcome: NavigationOutcome) => {
      clearTimeout(timer);
      for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
      resolve(outcome);
    };
    const on = (target: EventTarget, type: string, listener: () => void) => {
      listeners.push([target, type, listener]);
      target.addEventListener(type, listener);
    };
    on(win, 'pagehide', () => finish('left'));
    on(win, 'hashchange', () => finish('stalled'));
    on(win, 'blur', () => (away = true));
    on(win, 'focus', () => away && finish('stalled'));
    on(win.document, 'visibilitychange', () => {
      if (win.document.visibilityState === 'hidden') away = true;
      else if (away) finish('stalled');
    });
    const timer = setTimeout(() => finish('stalled'), options.stallMs ?? NAVIGATION_STALL_MS);
    try {
      navigate(url);
    } catch (error) {
      clearTimeout(timer);
      for (const [target, type, listener] of listeners) target.removeEventListener(type, listener);
      reject(error);
    }
  });
}

/**
 * Calls `listener` when the browser restores this page from the back-forward cache: the page comes back
 * exactly as it was left ("Redirecting…", a disabled button), so the checkout must start over.
 */
export function onBackForwardRestore(listener: () => void): () => void {
  if (typeof window === 'undefined') return () => {};
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) listener();
  };
  window.addEventListener('pageshow', onPageShow);
  return () => window.removeEventListener('pageshow', onPageShow);
}
