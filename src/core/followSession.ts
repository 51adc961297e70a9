import type { CheckoutCallbacks } from './callbacks';
import { abortedError, CheckoutError, isCheckoutError } from './errors';
import { navigateAndWatch, type NavigationOutcome } from './navigate';
import { checkRedirectUrl } from './redirect';
import type { CheckoutSession, ClientConfig } from './types';

/**
 * `stayed`: onBeforeRedirect returned false (the host keeps the shopper on the page on purpose).
 * `navigating`: navigation was asked for; `settled` tells later whether the page left or stalled.
 */
export type FollowOutcome = { outcome: 'stayed' } | { outcome: 'navigating'; settled: Promise<NavigationOutcome> };

/**
 * The redirect step after a session was created, the same for every binding: check the URL once,
 * tell the host, and navigate to exactly the string that was checked, then watch whether the page left.
 */
export async function followSession(session: CheckoutSession, config: ClientConfig, callbacks: CheckoutCallbacks, signal?: AbortSignal): Promise<FollowOutcome> {
  const url = checkRedirectUrl(session.url, config.allowedRedirectOrigins);
  const checked = { ...session, url };
  if (signal?.aborted) throw abortedError();
  callHost(() => callbacks.onSuccess?.(checked));
  if (callHost(() => callbacks.onBeforeRedirect?.(url)) === false) return { outcome: 'stayed' };
  if (signal?.aborted) throw abortedError();
  const navigate = callbacks.redirect;
  const settled = navigateAndWatch(url, navigate ? { navigate: (target) => openPage(() => navigate(target)) } : {});
  // navigateAndWatch navigates synchronously: a throw there (a callback, a sandbox) rejects at once.
  await Promise.race([settled, Promise.resolve()]);
  return { outcome: 'navigating', settled };
}

/** Host code that throws is a setup problem: it becomes a CheckoutError that names the cause. */
export function callHost<T>(callback: () => T): T {
  try {
    return callback();
  } catch (error) {
    if (isCheckoutError(error)) throw error;
    throw new CheckoutError('validation', `A checkout callback threw: ${error instanceof Error ? error.message : String(error)}`, { cause: error, retryable: false });
  }
}

/**
 * The host's own navigation failed (a sandboxed frame refusing top navigation throws a SecurityError):
 * the payment page could not be opened, a `redirect` error the shopper sees, never a stuck button.
 */
function openPage(navigate: () => void): void {
  try {
    navigate();
  } catch (error) {
    if (isCheckoutError(error)) throw error;
    // A DOMException is not an Error in every realm: read its message either way.
    const message = typeof (error as { message?: unknown } | null)?.message === 'string' ? (error as { message: string }).message : String(error);
    throw new CheckoutError('redirect', `Could not open the payment page: ${message}`, { cause: error, retryable: false });
  }
}
