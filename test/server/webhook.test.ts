import Stripe from 'stripe';
import { describe, expect, it, vi } from 'vitest';
import { createWebhookHandler, type CompletedCheckoutSession } from '../../src/server';

const stripe = new Stripe('sk_test_webhooks');
const secret = 'whsec_test_secret_0123456789';

function event(id: string, type = 'checkout.session.completed') {
  return JSON.stringify({ id, object: 'event', type, data: { object: { id: `cs_test_${id}`, object: 'checkout.session', payment_status: 'paid', amount_total: 1800, currency: 'eur' } } }, null, 2);
}
function delivery(payload: string, header = stripe.webhooks.generateTestHeaderString({ payload, secret })) {
  return new Request('https://shop.example/stripe/webhook', { method: 'POST', headers: { 'stripe-signature': header, 'content-type': 'application/json' }, body: payload });
}
function setup(extra: Partial<Parameters<typeof createWebhookHandler>[0]> = {}) {
  const completed: CompletedCheckoutSession[] = [];
  const handler = createWebhookHandler({ stripe, secret, onCompleted: (session) => void completed.push(session), onError: () => undefined, ...extra });
  return { handler, completed };
}

describe('createWebhookHandler with events signed by the real stripe library', () => {
  it('calls onCompleted with the session of a signed checkout.session.completed event', async () => {
    const { handler, completed } = setup();
    const response = await handler(delivery(event('evt_1')));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true });
    expect(completed).toEqual([{ id: 'cs_test_evt_1', object: 'checkout.session', payment_status: 'paid', amount_total: 1800, currency: 'eur' }]);
  });

  it('refuses a tampered body, an old timestamp, a wrong secret and a missing header with 400, calling nothing', async () => {
    const { handler, completed } = setup();
    const payload = event('evt_2');
    const header = stripe.webhooks.generateTestHeaderString({ payload, secret });
    const tampered = await handler(delivery(payload.replace('1800', '1'), header));
    expect(tampered.status).toBe(400);
    expect(await tampered.json()).toEqual({ error: { type: 'invalid_request_error', message: 'Invalid Stripe signature', param: 'Stripe-Signature' } });
    const old = stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp: Math.floor(Date.now() / 1000) - 10 * 60 });
    expect((await handler(delivery(payload, old))).status).toBe(400);
    expect((await handler(delivery(payload, stripe.webhooks.generateTestHeaderString({ payload, secret: 'whsec_other' })))).status).toBe(400);
    const unsigned = await handler(new Request('https://shop.example/stripe/webhook', { method: 'POST', body: payload }));
    expect(unsigned.status).toBe(400);
    expect((await unsigned.json()).error.param).toBe('Stripe-Signature');
    expect(completed).toEqual([]);
  });

  it('handles an event id once, however often Stripe delivers it, also when deliveries race', async () => {
    const { handler, completed } = setup();
    const payload = event('evt_3');
    const answers = await Promise.all([handler(delivery(payload)), handler(delivery(payload))]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    const again = await handler(delivery(payload));
    expect(await again.json()).toEqual({ received: true, duplicate: true });
    expect(completed).toHaveLength(1);
  });

  it('asks the shop’s own record (seen) and skips events it already handled', async () => {
    const seen = vi.fn(async (id: string) => id === 'evt_done');
    const { handler, completed } = setup({ seen });
    expect((await handler(delivery(event('evt_done')))).status).toBe(200);
    expect((await handler(delivery(event('evt_new')))).status).toBe(200);
    expect(seen.mock.calls).toEqual([['evt_done'], ['evt_new']]);
    expect(completed.map((session) => session.id)).toEqual(['cs_test_evt_new']);
  });

  it('answers other event types with 200 without calling onCompleted', async () => {
    const { handler, completed } = setup();
    const response = await handler(delivery(event('evt_4', 'payment_intent.created')));
    expect(response.status).toBe(200);
    expect(completed).toEqual([]);
  });

  it('a failing onCompleted answers 500 and the redelivery is handled', async () => {
    let attempts = 0;
    const { handler } = setup({
      onCompleted: () => {
        attempts += 1;
        if (attempts === 1) throw new Error('database down');
      },
    });
    const payload = event('evt_5');
    const first = await handler(delivery(payload));
    expect(first.status).toBe(500);
    expect(await first.text()).not.toContain('database down');
    expect((await handler(delivery(payload))).status).toBe(200);
    expect(attempts).toBe(2);
  });

  it('remembers a bounded number of event ids, forgetting the oldest', async () => {
    const { handler, completed } = setup({ rememberEvents: 2 });
    for (const id of ['evt_a', 'evt_b', 'evt_c', 'evt_a']) await handler(delivery(event(id)));
    expect(completed.map((session) => session.id)).toEqual(['cs_test_evt_a', 'cs_test_evt_b', 'cs_test_evt_c', 'cs_test_evt_a']);
  });

  it('413 for a body over the limit, 405 for GET', async () => {
    const { handler } = setup({ maxBodyBytes: 100 });
    expect((await handler(delivery(event('evt_big')))).status).toBe(413);
    expect((await handler(new Request('https://shop.example/stripe/webhook'))).status).toBe(405);
  });

  it('an empty secret (unset at build time) does not throw on import; each event is answered 500 and reported', async () => {
    const onError = vi.fn();
    const { handler, completed } = setup({ secret: undefined as unknown as string, onError });
    const response = await handler(delivery(event('evt_nosecret')));
    expect(response.status).toBe(500);
    expect(onError.mock.calls[0]![0].message).toContain('`secret` is empty');
    expect(completed).toEqual([]);
  });

  it('says what is missing when set up wrongly', () => {
    expect(() => createWebhookHandler({ stripe, secret: 'sk_test_x', onCompleted: () => undefined })).toThrow('createWebhookHandler: `secret` must be the endpoint signing secret ("whsec_…", from the Stripe dashboard or `stripe listen`)');
  });
});
