import { createContext } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { CheckoutLabels } from '../core/labels';
import type { ClientConfig } from '../core/types';

/** What a CheckoutProvider hands down; every field is optional so components work without one. */
export interface CheckoutContextValue {
  config?: ClientConfig;
  locale?: string;
  labels?: Partial<CheckoutLabels>;
  queryClient?: QueryClient;
}

export const CheckoutContext = /* @__PURE__ */ createContext<CheckoutContextValue>({});
