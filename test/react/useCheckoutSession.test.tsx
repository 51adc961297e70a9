// @vitest-environment jsdom
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CheckoutButton, CheckoutProvider, useCheckoutSession } from '../../src/index';
import { created, deferred, PAY_URL, recordingFetch, testConfig } from './helpers';

const params = { lineItems: [{ price: 'price_123' }], successUrl: 'https://shop.example/thanks' };

afterEach(() => vi.restoreAllMocks());

describe('useCheckoutSession', () => {
  it('goes idle → pending → redirecting', async () => {
    const answer = deferred<Response>();
    const { fetch } = recordingFetch(() => answer.promise);
    const redirect = vi.fn();
    const { result } = renderHook(() => useCheckoutSession(testConfig(fetch), { redirect }));
    expect(result.current.status).toBe('idle');
    let done!: Promise<void>;
    act(() => {
      done = result.current.start(params);
    });
    await waitFor(() => expect(result.current.status).toBe('pending'));
    answer.resolve(created());
    await act(() => done);
    // TanStack Query notifies on the next tick (notifyManager batching).
    await waitFor(() => expect(result.current.status).toBe('redirecting'));
    expect(result.current.error).toBeNull();
    expect(redirect).toHaveBeenCalledWith(PAY_URL);
  });

  it('ignores a second start while one is pending: one POST, ever', async () => {
    const answer = deferred<Response>();
    const { fetch, requests } = recordingFetch(() => answer.promise);
    const redirect = vi.fn();
    const { result } = renderHook(() => useCheckoutSession(testConfig(fetch), { redirect }));
    let first!: Promise<void>;
    act(() => {
      first = result.current.start(params);
      void result.current.start(params);
    });
    await act(() => result.current.start(params));
    answer.resolve(created());
    await act(() => first);
    await act(() => result.current.start(params)); // still redirecting: ignored too
    expect(requests).toHaveLength(1);
    expect(redirect).toHaveBeenCalledTimes(1);
  });

  it('aborts the request on unmount and never redirects afterwards', async () => {
    const answer = deferred<Response>();
    const { fetch, requests } = recordingFetch(() => answer.promise);
    const redirect = vi.fn();
    const onError = vi.fn();
    const onSuccess = vi.fn();
    const { result, unmount } = renderHook(() => useCheckoutSession(testConfig(fetch), { redirect, onError, onSuccess }));
    let done!: Promise<void>;
    act(() => {
      done = result.current.start(params);
    });
    await waitFor(() => expect(requests).toHaveLength(1));
    unmount();
    expect(requests[0]!.signal?.aborted).toBe(true);
    answer.resolve(created());
    await done;
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(redirect).not.toHaveBeenCalled();
    expect(onSuccess).not.toHaveBeenCalled();
    expect(onError).not.toHaveBeenCalled();
  });

  it('returns to idle when the page comes back from the back-forward cache', async () => {
    const { fetch, requests } = recordingFetch();
    const redirect = vi.fn();
    render(<CheckoutButton {...params} config={testConfig(fetch)} redirect={redirect} />);
    await userEvent.click(screen.getByRole('button', { name: 'Checkout' }));
    await waitFor(() => expect(screen.getByRole('button').getAttribute('aria-busy')).toBe('true'));
    expect(screen.getByRole('status').textContent).toBe('Redirecting to payment…');

    act(() => {
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
    });
    expect(screen.getByRole('button').hasAttribute('disabled')).toBe(true);
    act(() => {
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    });
    const button = await screen.findByRole('button', { name: 'Checkout' });
    expect(button.hasAttribute('disabled')).toBe(false);
    expect(button.hasAttribute('aria-busy')).toBe(false);
    expect(screen.getByRole('status').textContent).toBe('');
    await userEvent.click(button);
    await waitFor(() => expect(redirect).toHaveBeenCalledTimes(2));
    expect(requests).toHaveLength(2);
  });

  it('a click after a lost answer, or after a created session, is the same purchase: same Idempotency-Key; a new cart gets a new one', async () => {
    const answers = [() => Promise.reject(new TypeError('Failed to fetch')), () => Promise.resolve(created()), () => Promise.resolve(created()), () => Promise.resolve(created())];
    const { fetch, requests } = recordingFetch((_request, index) => answers[index]!());
    const redirect = vi.fn();
    const { result } = renderHook(() => useCheckoutSession(testConfig(fetch, { retries: 0 }), { redirect }));
    const key = (index: number) => requests[index]!.headers.get('idempotency-key');

    await act(() => result.current.start(params));
    await waitFor(() => expect(result.current.error?.kind).toBe('network'));
    await act(() => result.current.start(params));
    await waitFor(() => expect(redirect).toHaveBeenCalledTimes(1));
    expect(key(1), 'the retry after the network failure').toBe(key(0));

    act(() => result.current.reset());
    await act(() => result.current.start(params));
    await waitFor(() => expect(redirect).toHaveBeenCalledTimes(2));
    // The backend answers a repeated key with the session it created: click, back, click is one session.
    expect(key(2), 'after a session was created').toBe(key(1));

    act(() => result.current.reset());
    await act(() => result.current.start({ ...params, lineItems: [{ price: 'price_123', quantity: 2 }] }));
    await waitFor(() => expect(redirect).toHaveBeenCalledTimes(3));
    expect(key(3), 'a different cart').not.toBe(key(2));
  });

  it('turns invalid params into a validation error, logged once in development, without a request', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { fetch, requests } = recordingFetch();
    const onError = vi.fn();
    const { result } = renderHook(() => useCheckoutSession(testConfig(fetch), { onError, redirect: vi.fn() }));
    const bad = { lineItems: [{ price: 'not a price id' }], successUrl: 'https://shop.example/thanks' };
    await act(() => result.current.start(bad));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toMatchObject({ kind: 'validation' });
    expect(result.current.error?.issues?.[0]?.path).toBe('lineItems[0].price');
    await act(() => result.current.start(bad));
    expect(onError).toHaveBeenCalledTimes(2);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('lineItems[0].price');
    expect(requests).toHaveLength(0);
    act(() => result.current.reset());
    await waitFor(() => expect(result.current.status).toBe('idle'));
    expect(result.current.error).toBeNull();
  });

  it("never uses the host app's QueryClientProvider", async () => {
    const hostClient = new QueryClient({ defaultOptions: { mutations: { retry: 3, networkMode: 'online' } } });
    const { fetch } = recordingFetch();
    const redirect = vi.fn();
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={hostClient}>{children}</QueryClientProvider>;
    const { result } = renderHook(() => useCheckoutSession(testConfig(fetch), { redirect }), { wrapper });
    await act(() => result.current.start(params));
    expect(redirect).toHaveBeenCalledTimes(1);
    expect(hostClient.getMutationCache().getAll()).toHaveLength(0);
  });

  it("uses the CheckoutProvider's queryClient and config", async () => {
    const providerClient = new QueryClient();
    const { fetch, requests } = recordingFetch();
    const redirect = vi.fn();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <CheckoutProvider config={testConfig(fetch, { endpoint: '/api/pay' })} queryClient={providerClient}>
        {children}
      </CheckoutProvider>
    );
    const { result } = renderHook(() => useCheckoutSession(undefined, { redirect }), { wrapper });
    let done!: Promise<void>;
    act(() => {
      done = result.current.start(params);
    });
    expect(providerClient.getMutationCache().getAll()).toHaveLength(1);
    await act(() => done);
    expect(requests[0]!.url).toBe('https://shop.example/api/pay');
  });
});
