import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { asCheckoutError, reportFailure, type CheckoutCallbacks } from '../core/callbacks';
import type { CheckoutStatus } from '../core/checkout';
import type { CheckoutError } from '../core/errors';
import { followSession } from '../core/followSession';
import { checkoutMutationOptions } from '../core/mutationOptions';
import { onBackForwardRestore } from '../core/navigate';
import type { CheckoutSession, CheckoutSessionParams, ClientConfig } from '../core/types';
import { CheckoutContext } from './checkoutContext';
import { privateQueryClient } from './privateQueryClient';

export interface UseCheckoutSessionResult {
  /** Creates a session and redirects. Ignored while a checkout is pending or redirecting; never rejects (failures become `error`). */
  start: (params: CheckoutSessionParams) => Promise<void>;
  status: CheckoutStatus;
  /** The failure when `status` is `error`, else null. */
  error: CheckoutError | null;
  /** True when `onError` returned `false` for `error`: the host shows its own message, the widget shows none. */
  errorHandled: boolean;
  /** `redirect-stalled` when the payment page was asked for but the browser stayed on this page; else null. */
  notice: 'redirect-stalled' | null;
  /** Back to idle: cancels a request in flight and clears the error. */
  reset: () => void;
}

/**
 * A thin binding: TanStack Query's `useMutation(checkoutMutationOptions(config))` for the request, on
 * the CheckoutProvider's `queryClient` (else a private one), then core's redirect step. `config` is
 * merged over the nearest CheckoutProvider's.
 */
export function useCheckoutSession(config?: ClientConfig, callbacks: CheckoutCallbacks = {}): UseCheckoutSessionResult {
  const context = useContext(CheckoutContext);
  const merged = { ...context.config, ...config };
  // Read when a checkout runs, so start() stays stable while the latest props are used.
  const latest = useRef({ config: merged, callbacks });
  latest.current = { config: merged, callbacks };
  // State updates are asynchronous; this ref is what makes ten synchronous clicks one POST.
  const inFlight = useRef(false);
  const controller = useRef<AbortController | null>(null);
  // Set on unmount only: effects may run after the first click (Preact runs them after paint).
  const unmounted = useRef(false);
  const [phase, setPhase] = useState<Phase>(IDLE);

  const mutation = useMutation<CheckoutSession, CheckoutError, CheckoutSessionParams>(
    {
      ...checkoutMutationOptions(merged, { onRequest: (body) => latest.current.callbacks.onRequest?.(body), signal: () => controller.current?.signal }),
      gcTime: 0,
    },
    context.queryClient ?? privateQueryClient(),
  );
  const { mutateAsync, reset: resetMutation } = mutation;

  const reset = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    inFlight.current = false;
    resetMutation();
    setPhase(IDLE);
  }, [resetMutation]);

  const start = useCallback(
    async (params: CheckoutSessionParams) => {
      if (inFlight.current) return;
      inFlight.current = true;
      const abort = new AbortController();
      controller.current = abort;
      setPhase(IDLE);
      const settle = (next: Phase) => {
        inFlight.current = false;
        if (controller.current === abort) controller.current = null;
        resetMutation();
        setPhase(next);
      };
      let session: CheckoutSession;
      try {
        session = await mutateAsync(params);
      } catch (error) {
        if (abort.signal.aborted || unmounted.current) return;
        const failure = asCheckoutError(error);
        inFlight.current = false;
        if (failure.kind === 'aborted' && failure.code === 'cancelled') return settle(IDLE);
        setPhase({ ...IDLE, handled: reportFailure(failure, latest.current.callbacks.onError) ? failure : null });
        return;
      }
      if (abort.signal.aborted || unmounted.current) return;
      setPhase({ ...IDLE, redirecting: true });
      try {
        const followed = await followSession(session, latest.current.config, latest.current.callbacks, abort.signal);
        if (abort.signal.aborted || unmounted.current) return;
        if (followed.outcome === 'stayed') return settle(IDLE);
        // start() resolves once navigation was asked for; whether the page left is watched after.
        void followed.settled.then((outcome) => {
          if (!abort.signal.aborted && !unmounted.current && controller.current === abort && outcome === 'stalled') settle({ ...IDLE, notice: 'redirect-stalled' });
        }, () => {});
      } catch (error) {
        if (abort.signal.aborted || unmounted.current) return;
        const failure = asCheckoutError(error);
        settle({ ...IDLE, error: failure, handled: reportFailure(failure, latest.current.callbacks.onError) ? failure : null });
      }
    },
    [mutateAsync, resetMutation],
  );

  useEffect(() => {
    unmounted.current = false;
    return () => {
      unmounted.current = true;
      controller.current?.abort();
    };
  }, []);

  // Coming back with the browser's back button restores this page as it was left: start over.
  useEffect(() => onBackForwardRestore(reset), [reset]);

  const error = mutation.isError ? mutation.error : phase.error;
  const status: CheckoutStatus = mutation.isPending ? 'pending' : error ? 'error' : phase.redirecting ? 'redirecting' : 'idle';
  return { start, status, error, errorHandled: error !== null && error === phase.handled, notice: status === 'idle' ? phase.notice : null, reset };
}

/** What the hook keeps beside the mutation: the redirect step and whose error the host handled. */
interface Phase {
  redirecting: boolean;
  /** A failure of the redirect step (the mutation's own failures live in the mutation). */
  error: CheckoutError | null;
  handled: CheckoutError | null;
  notice: UseCheckoutSessionResult['notice'];
}

const IDLE: Phase = { redirecting: false, error: null, handled: null, notice: null };
