import { describe, expect, it } from 'vitest';
import { MutationObserver, onlineManager, QueryClient } from '@tanstack/react-query';
import { privateQueryClient } from '../../src/react/privateQueryClient';

describe('privateQueryClient', () => {
  it('is a real QueryClient (no cast over TanStack internals), created once', () => {
    expect(privateQueryClient()).toBeInstanceOf(QueryClient);
    expect(privateQueryClient()).toBe(privateQueryClient());
  });

  it('has checkout-safe defaults: no retries of its own, no pausing while offline', async () => {
    const client = privateQueryClient();
    expect(client.getDefaultOptions().mutations).toMatchObject({ retry: 0, networkMode: 'always' });
    let calls = 0;
    const observer = new MutationObserver(client, {
      mutationFn: async () => {
        calls++;
        throw new Error('down');
      },
    });
    onlineManager.setOnline(false);
    try {
      // A paused mutation would never settle while "offline": this one runs and fails once.
      await expect(observer.mutate(undefined)).rejects.toThrow('down');
    } finally {
      onlineManager.setOnline(true);
    }
    expect(calls).toBe(1);
  });
});
