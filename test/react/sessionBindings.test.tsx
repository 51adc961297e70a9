// @vitest-environment jsdom
// The two bindings of the one core flow behave the same: useCheckoutSession (TanStack's useMutation,
// the npm entry) and useControllerSession (core's createCheckout, the script tag's form chunk).
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useCheckoutSession } from '../../src/react/useCheckoutSession';
import { useControllerSession } from '../../src/react/useControllerSession';
import { created, deferred, hang, PAY_URL, recordingFetch, stripeError, testConfig } from './helpers';

const params = { lineItems: [{ price: 'price_123', quantity: 2 }], successUrl: '/thanks' };
const body = { line_items: [{ price: 'price_123', quantity: 2 }], mode: 'payment', success_url: 'https://shop.example/thanks', payment_method_types: ['card'], subscription_data: {} };

describe.each([
  ['useCheckoutSession (TanStack useMutation)', useCheckoutSession],
  ['useControllerSession (core createCheckout)', useControllerSession],
])('%s', (_name, useSession) => {
  it('sends the exact body once for many starts, then idle → pending → redirecting to the checked URL', async () => {
    const answer = deferred<Response>();
    const { fetch, requests } = recordingFetch(() => answer.promise);
    const redirect = vi.fn();
    const { result } = renderHook(() => useSession(testConfig(fetch), { redirect }));
    expect(result.current.status).toBe('idle');
    let first!: Promise<void>;
    act(() => {
      first = result.current.start(params);
      void result.current.start(params);
    });
    await waitFor(() => expect(result.current.status).toBe('pending'));
    answer.resolve(created('HTTPS://PAY.example/cs_test_1'));
    await act(() => first);
    await waitFor(() => expect(result.current.status).toBe('redirecting'));
    expect(requests).toHaveLength(1);
    expect(requests[0]!.body).toEqual(body);
    expect(redirect).toHaveBeenCalledWith(PAY_URL);
  });

  it("shows the server's refusal as error state; onError false marks it handled; reset goes idle", async () => {
    const { fetch } = recordingFetch(() => stripeError(400, 'No such price'));
    const onError = vi.fn(() => false as const);
    const { result } = renderHook(() => useSession(testConfig(fetch), { onError }));
    await act(() => result.current.start(params));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error?.serverMessage).toBe('No such price');
    expect(result.current.errorHandled).toBe(true);
    expect(onError).toHaveBeenCalledTimes(1);
    act(() => result.current.reset());
    await waitFor(() => expect(result.current.status).toBe('idle'));
    expect(result.current.error).toBeNull();
  });

  it('unmounting aborts the request; nothing is reported or navigated afterwards', async () => {
    const { fetch, requests } = recordingFetch(hang);
    const redirect = vi.fn();
    const onError = vi.fn();
    const { result, unmount } = renderHook(() => useSession(testConfig(fetch), { redirect, onError }));
    let done!: Promise<void>;
    act(() => {
      done = result.current.start(params);
    });
    await waitFor(() => expect(requests).toHaveLength(1));
    unmount();
    await done;
    expect(requests[0]!.signal?.aborted).toBe(true);
    expect(redirect).not.toHaveBeenCalled();
    expect(onError).not.toHaveBeenCalled();
  });

  it('a stalled redirect returns to idle with the notice; the back-forward cache resets too', async () => {
    const { fetch } = recordingFetch();
    const { result } = renderHook(() => useSession(testConfig(fetch), { redirect: () => {} }));
    await act(() => result.current.start(params));
    await waitFor(() => expect(result.current.status).toBe('redirecting'));
    act(() => {
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await waitFor(() => expect(result.current.notice).toBe('redirect-stalled'));
    expect(result.current.status).toBe('idle');
    await act(() => result.current.start(params));
    await waitFor(() => expect(result.current.status).toBe('redirecting'));
    act(() => {
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    });
    await waitFor(() => expect(result.current.status).toBe('idle'));
  });
});
