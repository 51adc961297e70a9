import { Mutation, type MutationCache, type MutationOptions, type MutationState, type QueryClient } from '@tanstack/react-query';

let client: QueryClient | undefined;

/**
 * The widget's own client, used when no CheckoutProvider passes a QueryClient, and never the host
 * app's QueryClientProvider (whose defaults, such as retries or pausing while offline, must not
 * change a checkout). A full QueryClient brings the whole query cache (~8 KB gzip) that a button never
 * uses; useMutation only calls `getMutationCache()` and `defaultMutationOptions()` (query-core
 * 5.108, pinned), so this mutation-only client provides exactly those. Its cache is mutation-only too:
 * the widget never lists, finds, scopes or listens to its mutations, so it only builds them and keeps
 * none (a MutationCache, with its set, scope queues and filters, is ~0.5 KB gzip more).
 * test/react/privateQueryClient.test.ts checks it answers every call Mutation and MutationObserver make.
 * Created on first use, not at import, so importing stays free of side effects.
 */
export function privateQueryClient(): QueryClient {
  if (!client) {
    let mutationId = 0;
    const mutationCache = {
      config: {},
      build(owner: QueryClient, options: MutationOptions<unknown, Error, unknown>, state?: MutationState<unknown, Error, unknown>) {
        const defaulted = owner.defaultMutationOptions(options);
        return new Mutation<unknown, Error, unknown>({ client: owner, mutationCache: mutationCache as unknown as MutationCache, mutationId: ++mutationId, options: defaulted, state });
      },
      notify() {},
      remove() {},
      // Scopes (which queue mutations behind each other) are never set here: every mutation may run now.
      canRun: () => true,
      runNext: () => Promise.resolve(),
    };
    const mutationOnly = {
      getMutationCache: () => mutationCache,
      defaultMutationOptions: <T extends object>(options: T) => ({ ...options, _defaulted: true }),
    };
    client = mutationOnly as unknown as QueryClient;
  }
  return client;
}
