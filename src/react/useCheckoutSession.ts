import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { createCheckoutSession } from '../core/client';
import { warnOnce } from '../core/dev';
import { abortedError, CheckoutError, isCheckoutError } from '../core/errors';
import { createIdempotencyKeys, type IdempotencyKeys } from '../core/idempotencyKeys';
import { toRequestBody } from '../core/params';
import { checkRedirectUrl, redirectToCheckout } from '../core/redirect';
import type { CheckoutSession, CheckoutSessionParams, ClientConfig } from '../core/types';
import { CheckoutContext } from './checkoutContext';
import { privateQueryClient } from './privateQueryClient';
import type { CheckoutSessionCallbacks, CheckoutStatus } from './types';

export interface UseCheckoutSessionResult {
  /** Creates a session and redirects. Ignored while a checkout is pending or redirecting; never rejects (failures become `error`). */
  start: (params: CheckoutSessionParams) => Promise<void>;
  status: CheckoutStatus;
  /** The failure when `status` is `error`, else null. */
  error: CheckoutError | null;
  /** True when `onError` returned `false` for `error`: the host shows its own message, the widget shows none. */
  errorHandled: boolean;
  /** Back to idle: cancels a request in flight and clears the error. */
  reset: () => void;
}

type Outcome = 'redirected' | 'stayed';
interface Attempt {
  params: CheckoutSessionParams;
  signal: AbortSignal;
}

/**
 * One checkout at a time, on TanStack Query's useMutation: POST the session, check the URL, call the
 * hooks, navigate. `config` is merged over the nearest CheckoutProvider's.
 */
export function useCheckoutSession(config?: ClientConfig, callbacks: CheckoutSessionCallbacks = {}): UseCheckoutSessionResult {
  const context = useContext(CheckoutContext);
  // Read at call time, so start() stays stable while the latest props are used.
  const latest = useRef({ config: { ...context.config, ...config }, callbacks });
  latest.current = { config: { ...context.config, ...config }, callbacks };
  // State updates are asynchronous; this ref is what makes ten synchronous clicks one POST.
  const inFlight = useRef(false);
  const controller = useRef<AbortController | null>(null);
  const mounted = useRef(false);
  // A click after a lost answer (network, timeout, Back from the bfcache) is the same purchase: same key.
  const idempotencyKeys = useRef<IdempotencyKeys | null>(null);
  // The failure whose onError returned false: the host shows its own message for it.
  const [handledError, setHandledError] = useState<CheckoutError | null>(null);
  idempotencyKeys.current ??= createIdempotencyKeys();

  // Stable options (the function reads the latest props through the ref): useMutation re-applies
  // options on every change. networkMode 'always': core reports offline as a network error itself.
  const options = useMemo(
    () => ({ mutationFn: (attempt: Attempt) => runCheckout(attempt, latest.current, idempotencyKeys.current!), networkMode: 'always' as const, retry: false, gcTime: 0 }),
    [],
  );
  const mutation = useMutation<Outcome, CheckoutError, Attempt>(
    options,
    // Passed explicitly so a host app's QueryClientProvider (and its defaults) is never used.
    context.queryClient ?? privateQueryClient(),
  );
  const { mutateAsync, reset: resetMutation } = mutation;

  const reset = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    inFlight.current = false;
    resetMutation();
  }, [resetMutation]);

  const start = useCallback(
    async (params: CheckoutSessionParams) => {
      if (inFlight.current) return;
      inFlight.current = true;
      const abort = new AbortController();
      controller.current = abort;
      try {
        if ((await mutateAsync({ params, signal: abort.signal })) === 'stayed') {
          inFlight.current = false;
          resetMutation();
        }
      } catch (error) {
        if (abort.signal.aborted || !mounted.current) return;
        inFlight.current = false;
        const failure = error as CheckoutError;
        if (failure.kind === 'validation') warnOnce(`validation:${failure.message}`, failure.message);
        if (latest.current.callbacks.onError?.(failure) === false) setHandledError(failure);
      } finally {
        if (controller.current === abort) controller.current = null;
      }
    },
    [mutateAsync, resetMutation],
  );

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      controller.current?.abort();
    };
  }, []);

  // Coming back with the browser's back button restores this page from the bfcache as it was left:
  // "Redirecting…" with a disabled button. Start over instead.
  useEffect(() => {
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) reset();
    };
    window.addEventListener('pageshow', onPageShow);
    return () => window.removeEventListener('pageshow', onPageShow);
  }, [reset]);

  const status: CheckoutStatus = mutation.isPending
    ? 'pending'
    : mutation.isError
      ? 'error'
      : mutation.isSuccess && mutation.data === 'redirected'
        ? 'redirecting'
        : 'idle';
  const error = mutation.isError ? mutation.error : null;
  return { start, status, error, errorHandled: error !== null && error === handledError, reset };
}

async function runCheckout(
  { params, signal }: Attempt,
  { config, callbacks }: { config: ClientConfig; callbacks: CheckoutSessionCallbacks },
  idempotencyKeys: IdempotencyKeys,
): Promise<Outcome> {
  try {
    const body = toRequestBody(params, { baseUrl: config.baseUrl });
    if (callbacks.onRequest?.(body) === false) return 'stayed';
    let session: CheckoutSession;
    try {
      session = await createCheckoutSession(params, config, { signal, idempotencyKey: idempotencyKeys.keyFor(JSON.stringify(body)) });
      idempotencyKeys.settle(null);
    } catch (error) {
      idempotencyKeys.settle(isCheckoutError(error) ? error : null);
      throw error;
    }
    const url = checkRedirectUrl(session.url, config.allowedRedirectOrigins);
    if (signal.aborted) throw abortedError();
    callbacks.onSuccess?.(session);
    if (callbacks.onBeforeRedirect?.(url) === false) return 'stayed';
    if (signal.aborted) throw abortedError();
    const redirect = callbacks.redirect ?? ((target: string) => redirectToCheckout(target, { allowedRedirectOrigins: config.allowedRedirectOrigins }));
    redirect(url);
    return 'redirected';
  } catch (error) {
    if (isCheckoutError(error)) throw error;
    // Only host code (a callback or a custom redirect) throws anything else: a setup problem.
    throw new CheckoutError('validation', `A checkout callback threw: ${error instanceof Error ? error.message : String(error)}`, { cause: error, retryable: false });
  }
}
