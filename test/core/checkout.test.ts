// @vitest-environment jsdom
// The framework-free controller that the elements bind to (issue #14), and its no-stuck-state rules (#15).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCheckout, type CheckoutSnapshot } from '../../src/core';
import { created, deferred, hang, PAY_URL, recordingFetch, stripeError, testConfig } from '../react/helpers';

const params = { lineItems: [{ price: 'price_mug', quantity: 2 }], successUrl: '/thanks?session={CHECKOUT_SESSION_ID}' };
const body = {
  line_items: [{ price: 'price_mug', quantity: 2 }],
  mode: 'payment',
  success_url: 'https://shop.example/thanks?session={CHECKOUT_SESSION_ID}',
  payment_method_types: ['card'],
  subscription_data: {},
};

function record(checkout: ReturnType<typeof createCheckout>) {
  const seen: CheckoutSnapshot['status'][] = [];
  checkout.subscribe(() => seen.push(checkout.getSnapshot().status));
  return seen;
}

const controllers: ReturnType<typeof createCheckout>[] = [];
function make(...args: Parameters<typeof createCheckout>) {
  const checkout = createCheckout(...args);
  controllers.push(checkout);
  return checkout;
}
afterEach(() => {
  for (const checkout of controllers.splice(0)) checkout.destroy();
});

describe('createCheckout', () => {
  it('sends the exact body once, then navigates to exactly the checked URL: idle → pending → redirecting', async () => {
    const { fetch, requests } = recordingFetch(() => created('HTTPS://Pay.Example/cs_test_1'));
    const redirect = vi.fn();
    const onRequest = vi.fn();
    const onSuccess = vi.fn();
    const checkout = make(testConfig(fetch), { redirect, onRequest, onSuccess });
    const seen = record(checkout);
    const started = checkout.start(params);
    expect(requests, 'the request starts in the same task as the click').toHaveLength(1);
    await started;
    expect(requests[0]!.body).toEqual(body);
    expect(onRequest).toHaveBeenCalledWith(body);
    expect(onSuccess).toHaveBeenCalledWith({ url: PAY_URL, requestId: undefined });
    expect(redirect).toHaveBeenCalledWith(PAY_URL);
    expect(seen).toEqual(['pending', 'redirecting']);
  });

  it('ignores a second start while pending or redirecting: one POST, ever', async () => {
    const answer = deferred<Response>();
    const { fetch, requests } = recordingFetch(() => answer.promise);
    const redirect = vi.fn();
    const checkout = make(testConfig(fetch), { redirect });
    const first = checkout.start(params);
    await checkout.start(params);
    answer.resolve(created());
    await first;
    await checkout.start(params);
    expect(requests).toHaveLength(1);
    expect(redirect).toHaveBeenCalledTimes(1);
  });

  it('onRequest returning false cancels without a request or an error', async () => {
    const { fetch, requests } = recordingFetch();
    const checkout = make(testConfig(fetch), { onRequest: () => false });
    await checkout.start(params);
    expect(requests).toHaveLength(0);
    expect(checkout.getSnapshot()).toEqual({ status: 'idle', error: null, errorHandled: false, notice: null });
  });

  it('onBeforeRedirect returning false stays on the page, idle', async () => {
    const { fetch } = recordingFetch();
    const redirect = vi.fn();
    const checkout = make(testConfig(fetch), { redirect, onBeforeRedirect: () => false });
    await checkout.start(params);
    expect(redirect).not.toHaveBeenCalled();
    expect(checkout.getSnapshot().status).toBe('idle');
  });

  it('a refusal becomes error state with the server message, onError hears it, and the next start works', async () => {
    const { fetch, requests } = recordingFetch((_request, index) => (index === 0 ? stripeError(400, 'No such price: price_mug') : created()));
    const onError = vi.fn();
    const redirect = vi.fn();
    const checkout = make(testConfig(fetch), { onError, redirect });
    await checkout.start(params);
    const { status, error, errorHandled } = checkout.getSnapshot();
    expect(status).toBe('error');
    expect(error?.serverMessage).toBe('No such price: price_mug');
    expect(errorHandled).toBe(false);
    expect(onError).toHaveBeenCalledWith(error);
    await checkout.start(params);
    expect(requests).toHaveLength(2);
    expect(redirect).toHaveBeenCalledWith(PAY_URL);
  });

  it('onError returning false marks a request error as handled, never a setup error', async () => {
    const { fetch } = recordingFetch(() => stripeError(409, 'busy'));
    const checkout = make(testConfig(fetch), { onError: () => false });
    await checkout.start(params);
    expect(checkout.getSnapshot().errorHandled).toBe(true);
    await checkout.start({ ...params, successUrl: 'javascript:alert(1)' });
    expect(checkout.getSnapshot()).toMatchObject({ status: 'error', errorHandled: false, error: { kind: 'validation' } });
  });

  it('an unsafe hosted URL is refused, nothing is navigated', async () => {
    const { fetch } = recordingFetch(() => created('https:evil.example/pay'));
    const redirect = vi.fn();
    const checkout = make(testConfig(fetch), { redirect });
    await checkout.start(params);
    expect(redirect).not.toHaveBeenCalled();
    expect(checkout.getSnapshot().error?.kind).toBe('redirect');
  });

  it('reset() aborts the request in flight and nothing happens when its answer arrives', async () => {
    const { fetch, requests } = recordingFetch(hang);
    const onError = vi.fn();
    const checkout = make(testConfig(fetch), { onError });
    const done = checkout.start(params);
    checkout.reset();
    await done;
    expect(requests[0]!.signal?.aborted).toBe(true);
    expect(onError).not.toHaveBeenCalled();
    expect(checkout.getSnapshot().status).toBe('idle');
  });

  it('the back button (bfcache restore) returns a redirecting checkout to idle', async () => {
    const { fetch } = recordingFetch();
    const checkout = make(testConfig(fetch), { redirect: () => {} });
    await checkout.start(params);
    expect(checkout.getSnapshot().status).toBe('redirecting');
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
    expect(checkout.getSnapshot().status).toBe('redirecting');
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(checkout.getSnapshot().status).toBe('idle');
  });
});

describe('no stuck "Redirecting…"', () => {
  it('stays redirecting while the page is leaving (pagehide)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { fetch } = recordingFetch();
      const checkout = make(testConfig(fetch), { redirect: () => window.dispatchEvent(new Event('pagehide')) });
      await checkout.start(params);
      await vi.advanceTimersByTimeAsync(10_000);
      expect(checkout.getSnapshot().status).toBe('redirecting');
    } finally {
      vi.useRealTimers();
    }
  });

  it('returns to idle with a polite notice 3 s after asking, when the page did not leave (Stop, Esc, 204, a download)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { fetch } = recordingFetch();
      const checkout = make(testConfig(fetch), { redirect: () => {} });
      await checkout.start(params);
      await vi.advanceTimersByTimeAsync(2_999);
      expect(checkout.getSnapshot().status).toBe('redirecting');
      await vi.advanceTimersByTimeAsync(1);
      expect(checkout.getSnapshot()).toEqual({ status: 'idle', error: null, errorHandled: false, notice: 'redirect-stalled' });
    } finally {
      vi.useRealTimers();
    }
  });

  it.each([
    ['the URL only changed the #hash', () => window.dispatchEvent(new HashChangeEvent('hashchange'))],
    ['the shopper came back to the window (blur, then focus)', () => {
      window.dispatchEvent(new Event('blur'));
      window.dispatchEvent(new Event('focus'));
    }],
  ])('returns to idle at once when %s', async (_name, act) => {
    const { fetch } = recordingFetch();
    const checkout = make(testConfig(fetch), { redirect: () => {} });
    await checkout.start(params);
    act();
    await vi.waitFor(() => expect(checkout.getSnapshot().notice).toBe('redirect-stalled'), { timeout: 1000 });
    expect(checkout.getSnapshot().status).toBe('idle');
  });

  it('a focus event alone (no blur before it) is not a return', async () => {
    const { fetch } = recordingFetch();
    const checkout = make(testConfig(fetch), { redirect: () => {} });
    await checkout.start(params);
    window.dispatchEvent(new Event('focus'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(checkout.getSnapshot().status).toBe('redirecting');
  });

  it('a redirect that throws (a sandbox forbidding top navigation) becomes an error, not a stuck button', async () => {
    const { fetch } = recordingFetch();
    const checkout = make(testConfig(fetch), {
      redirect: () => {
        throw new DOMException('The frame attempting navigation of the top-level window is sandboxed', 'SecurityError');
      },
    });
    await checkout.start(params);
    expect(checkout.getSnapshot()).toMatchObject({ status: 'error', error: { kind: 'redirect', retryable: false } });
    expect(checkout.getSnapshot().error?.message).toBe('Could not open the payment page: The frame attempting navigation of the top-level window is sandboxed');
  });
});
