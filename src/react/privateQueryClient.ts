import { QueryClient } from '@tanstack/react-query';

let client: QueryClient | undefined;

/**
 * The widget's own QueryClient, used when no CheckoutProvider passes one, and never the host app's
 * QueryClientProvider. Checkout-safe defaults: no retries of its own (core retries only what is safe,
 * with one idempotency key) and no pausing while offline (a paused checkout would wait forever; core
 * reports offline as a network error). Created on first use, not at import, so importing stays pure.
 */
export function privateQueryClient(): QueryClient {
  client ??= new QueryClient({ defaultOptions: { mutations: { retry: 0, networkMode: 'always', gcTime: 0 } } });
  return client;
}
