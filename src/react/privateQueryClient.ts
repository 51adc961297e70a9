import { MutationCache, type QueryClient } from '@tanstack/react-query';

let client: QueryClient | undefined;

/**
 * The widget's own client, used when no CheckoutProvider passes a QueryClient, and never the host
 * app's QueryClientProvider (whose defaults, such as retries or pausing while offline, must not
 * change a checkout). A full QueryClient brings the whole query cache (~8 KB gzip) that a button never
 * uses; useMutation only calls `getMutationCache()` and `defaultMutationOptions()` (query-core
 * 5.108, pinned), so this mutation-only client provides exactly those. Created on first use, not at
 * import, so importing stays free of side effects.
 */
export function privateQueryClient(): QueryClient {
  if (!client) {
    const mutationCache = new MutationCache();
    const mutationOnly = {
      getMutationCache: () => mutationCache,
      defaultMutationOptions: <T extends object>(options: T) => ({ ...options, _defaulted: true }),
    };
    client = mutationOnly as unknown as QueryClient;
  }
  return client;
}
