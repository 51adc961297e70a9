import { describe, expect, it } from 'vitest';
import { parseWidgetOptions } from './options';

const baseUrl = 'https://shop.example/product';

describe('parseWidgetOptions', () => {
  it('accepts a button and derives the session params', () => {
    const parsed = parseWidgetOptions({ kind: 'button', lineItems: [{ price: 'price_1' }], successUrl: '/thanks', trialPeriodDays: 7, promotionCodes: 'on', mode: 'subscription', config: { baseUrl } });
    expect(parsed).toMatchObject({ ok: true, params: { lineItems: [{ price: 'price_1' }], successUrl: '/thanks', subscriptionData: { trialPeriodDays: 7 }, allowPromotionCodes: true } });
  });

  it('reads null as "not set", like a removed attribute', () => {
    expect(parseWidgetOptions({ kind: 'button', lineItems: [{ price: 'p' }], successUrl: '/thanks', currency: null, config: { baseUrl } }).ok).toBe(true);
  });

  it('lists every problem with the prop that causes it', () => {
    const parsed = parseWidgetOptions({ kind: 'button', lineItems: [{ price: 'p', quantity: 0 }], successUrl: 'ftp://x', config: { baseUrl } });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.issues.map((issue) => issue.path)).toEqual(['lineItems[0].quantity', 'successUrl']);
  });

  it('checks the widget options that core does not know', () => {
    const parsed = parseWidgetOptions({ kind: 'dialog', successUrl: '/thanks', labels: { checkout: 3 }, config: { endpoint: ' ', getAccessToken: 'token' }, onError: 'alert' });
    expect(!parsed.ok && parsed.issues.map((issue) => issue.path).sort()).toEqual(['config.endpoint', 'config.getAccessToken', 'kind', 'labels', 'onError']);
  });

  it('refuses non-objects with an example', () => {
    expect(parseWidgetOptions('button')).toEqual({ ok: false, issues: [{ path: '', message: expect.stringContaining('{ kind: "button"') }] });
  });

  it('refuses the toggle of promotion codes on a button, which has nowhere to show it', () => {
    const parsed = parseWidgetOptions({ kind: 'button', lineItems: [{ price: 'p' }], successUrl: '/thanks', promotionCodes: 'toggle', config: { baseUrl } });
    expect(!parsed.ok && parsed.issues).toEqual([{ path: 'promotionCodes', message: expect.stringContaining('"toggle" needs a form') }]);
  });

  it('lets a form start with an empty cart but not without lineItems', () => {
    expect(parseWidgetOptions({ kind: 'form', lineItems: [], successUrl: '/thanks', config: { baseUrl } }).ok).toBe(true);
    const missing = parseWidgetOptions({ kind: 'form', successUrl: '/thanks', config: { baseUrl } });
    expect(!missing.ok && missing.issues.map((issue) => issue.path)).toEqual(['lineItems']);
  });
});
