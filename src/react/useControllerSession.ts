import { useContext, useEffect, useState, useSyncExternalStore } from 'react';
import type { CheckoutCallbacks } from '../core/callbacks';
import { createCheckout } from '../core/checkout';
import type { ClientConfig } from '../core/types';
import { CheckoutContext } from './checkoutContext';
import type { UseCheckoutSessionResult } from './useCheckoutSession';

/**
 * useCheckoutSession for the script tag's form: the same result, bound straight to core's controller
 * (createCheckout) instead of TanStack Query, so the form chunk carries no query client. The IIFE build
 * aliases useCheckoutSession to this file; the npm entry keeps the TanStack binding (a shop's
 * QueryClient, devtools). test/react/useControllerSession.test.tsx holds it to the same behaviour.
 */
export function useControllerSession(config?: ClientConfig, callbacks: CheckoutCallbacks = {}): UseCheckoutSessionResult {
  const context = useContext(CheckoutContext);
  const merged = { ...context.config, ...config };
  const [checkout] = useState(() => createCheckout(merged, callbacks));
  // The latest props for the next start(); a running checkout keeps the options it started with.
  checkout.setOptions(merged, callbacks);
  const snapshot = useSyncExternalStore(checkout.subscribe, checkout.getSnapshot, checkout.getSnapshot);
  // Unmounting cancels the request; nothing is reported or navigated afterwards.
  useEffect(() => () => checkout.destroy(), [checkout]);
  return { start: checkout.start, reset: checkout.reset, ...snapshot };
}
