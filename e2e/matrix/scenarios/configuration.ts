import { expect } from 'vitest';
import type { WidgetSpec } from '../case';
import { button, form, wait, type Scenario } from './widgets';

interface BadConfigCase {
  id: string;
  title: string;
  spec: WidgetSpec;
  /** What the message must say (prop names differ per surface: `success-url` on an element). */
  message: RegExp[];
  /** The problem can only show once the shopper clicks (a token is read per click). */
  click?: boolean;
}

function badConfigScenario(b: BadConfigCase): Scenario {
  return {
    id: b.id,
    group: 'Bad configuration',
    title: b.title,
    expected: `a visible role=alert naming the setting and what it must be${b.click ? ' once clicked' : ''}; an error of kind validation (checkout:error / onError); no request; no crash`,
    async run(c) {
      await c.open(b.spec);
      if (b.click || ((await c.submit.count()) > 0 && (await c.submit.isEnabled()))) await c.submit.click();
      await expect.poll(() => c.alert.count()).toBe(1);
      expect(await c.alert.isVisible()).toBe(true);
      const message = ((await c.alert.textContent()) ?? '').replace(/\s+/g, ' ');
      for (const pattern of b.message) expect(message).toMatch(pattern);
      c.observe(`alert "${await c.alertText()}"`);
      if ((await c.submit.count()) > 0) {
        if (!b.click) expect(await c.submit.isDisabled(), 'nothing to click').toBe(true);
        c.observe(b.click ? 'button still there' : 'button disabled');
      } else c.observe('no button rendered');
      if (typeof b.spec.onError === 'string' && c.surface === 'react') {
        // React's only error channel is the onError prop, and here it is the broken setting itself.
        c.observe('no error reported through onError (it is the broken setting)');
      } else {
        await expect.poll(async () => (await c.errors()).map((error) => error.kind)).toContain('validation');
        c.observe('error kind validation');
      }
      await wait(300);
      c.expectPosts(0);
      await c.expectSessions(0);
      c.expectStayed();
      c.expectNoProblems();
    },
  };
}

const SECRET_KEY = 'sk_live_51HxQmLJxQmLJxQmLJxQmLJxQmL';

/** A careless integrator: required props missing in turn, wrong types from untyped JavaScript, a secret key. */
export const badConfiguration: Scenario[] = [
  badConfigScenario({ id: 'missing-line-items-button', title: 'button without lineItems', spec: button({}, { lineItems: undefined }), message: [/lineItems|price/, /array of line items|required/] }),
  badConfigScenario({ id: 'missing-success-url-button', title: 'button without successUrl', spec: button({}, { successUrl: undefined }), message: [/success-?url/i, /must be a URL/] }),
  badConfigScenario({ id: 'missing-line-items-form', title: 'form without lineItems', spec: form({}, { lineItems: undefined }), message: [/lineItems|price/, /array of line items|required/] }),
  badConfigScenario({ id: 'missing-success-url-form', title: 'form without successUrl', spec: form({}, { successUrl: undefined }), message: [/success-?url/i, /must be a URL/] }),
  badConfigScenario({ id: 'wrong-type-line-items', title: 'lineItems is a string', spec: button({}, { lineItems: 'price_mug', scripted: ['lineItems'] }), message: [/lineItems/, /array/] }),
  badConfigScenario({ id: 'wrong-type-quantity', title: 'quantity is the string "2"', spec: button({}, { lineItems: [{ price: 'price_mug', quantity: '2' }], scripted: ['lineItems'] }), message: [/quantity/, /number/] }),
  badConfigScenario({ id: 'wrong-type-success-url', title: 'successUrl is a number', spec: button({}, { successUrl: 42, scripted: ['successUrl'] }), message: [/success-?url/i, /string/] }),
  badConfigScenario({ id: 'wrong-type-payment-methods', title: 'paymentMethodTypes is a string on a form', spec: form({}, { paymentMethodTypes: 'card paypal', scripted: ['paymentMethodTypes'] }), message: [/payment-?method-?types/i, /array/] }),
  badConfigScenario({ id: 'wrong-type-timeout', title: 'config.timeoutMs is a string', spec: button({ timeoutMs: 'soon' }), message: [/timeoutMs/, /number/] }),
  badConfigScenario({ id: 'wrong-type-callback', title: 'onError is a string, not a function', spec: button({}, { onError: 'handleCheckoutError' }), message: [/onError/, /function/] }),
  badConfigScenario({ id: 'secret-key-token', title: 'a secret API key (sk_live_…) returned by getAccessToken', spec: button({ accessToken: SECRET_KEY }), message: [/getAccessToken/, /secret API key/], click: true }),
];
