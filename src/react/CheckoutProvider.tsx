import { useContext, useMemo, type ReactNode } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { CheckoutLabels } from '../core/labels';
import type { ClientConfig } from '../core/types';
import { CheckoutContext } from './checkoutContext';

export interface CheckoutProviderProps {
  /** Default client config for every component below; a component's own `config` is merged over it. Default: `{}`. */
  config?: ClientConfig;
  /** Default locale for labels and money. Default: the outer provider's, else `en`. */
  locale?: string;
  /** Label overrides for every component below. Default: none. */
  labels?: Partial<CheckoutLabels>;
  /** QueryClient for the checkout mutations. Default: the widget's private client (never the app's QueryClientProvider). */
  queryClient?: QueryClient;
  children?: ReactNode;
}

/** Optional: shares config, locale, labels and a QueryClient with every checkout component below it. Nested providers merge. */
export function CheckoutProvider({ config, locale, labels, queryClient, children }: CheckoutProviderProps) {
  const outer = useContext(CheckoutContext);
  const value = useMemo(
    () => ({
      config: { ...outer.config, ...config },
      locale: locale ?? outer.locale,
      labels: { ...outer.labels, ...labels },
      queryClient: queryClient ?? outer.queryClient,
    }),
    [outer, config, locale, labels, queryClient],
  );
  return <CheckoutContext.Provider value={value}>{children}</CheckoutContext.Provider>;
}
