import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MutationObserver } from '@tanstack/react-query';
import { privateQueryClient } from '../../src/react/privateQueryClient';

// The private client and its cache implement only what useMutation, MutationObserver and Mutation call
// on them (query-core is pinned). A new call after an upgrade shows up here, before it is undefined at
// run time.
const queryCore = join(process.cwd(), 'node_modules/@tanstack/query-core/build/modern');
const read = (file: string) => readFileSync(join(queryCore, file), 'utf8');
const called = (source: string, receiver: string) => [...source.matchAll(new RegExp(`${receiver}\\.(\\w+)`, 'g'))].map(([, member]) => member!);

describe('privateQueryClient', () => {
  it('answers every call that Mutation and MutationObserver make on the client and its cache', () => {
    const client = privateQueryClient() as unknown as Record<string, unknown>;
    const cache = (client.getMutationCache as () => Record<string, unknown>)();
    const sources = read('mutation.js') + read('mutationObserver.js');
    const cacheCalls = [...called(sources, '#mutationCache'), ...called(sources, 'getMutationCache\\(\\)')];
    const clientCalls = called(sources, '#client').filter((member) => member !== 'getMutationCache');
    expect(cacheCalls).toContain('build');
    expect(cacheCalls.filter((member) => !(member in cache))).toEqual([]);
    expect(clientCalls.filter((member) => !(member in client))).toEqual([]);
    expect(cache.config).toEqual({}); // no global onMutate/onSuccess/onError/onSettled
  });

  it('runs a mutation to success and to failure, and keeps none of them', async () => {
    const client = privateQueryClient();
    const observer = new MutationObserver(client, { mutationFn: async (value: number) => (value > 0 ? value * 2 : Promise.reject(new Error('no'))), networkMode: 'always', retry: false, gcTime: 0 });
    const states: string[] = [];
    const unsubscribe = observer.subscribe((result) => states.push(result.status));
    await expect(observer.mutate(21)).resolves.toBe(42);
    expect(observer.getCurrentResult()).toMatchObject({ status: 'success', data: 42 });
    await expect(observer.mutate(-1)).rejects.toThrow('no');
    expect(observer.getCurrentResult()).toMatchObject({ status: 'error', error: new Error('no') });
    unsubscribe();
    expect(states).toEqual(['pending', 'success', 'pending', 'error']);
    expect('getAll' in client.getMutationCache()).toBe(false);
  });
});
