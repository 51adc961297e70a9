import { expect } from 'vitest';
import type { MatrixCase } from '../case';
import { form, MUG, TEE, withFault, type Scenario } from './widgets';

const IMG_PAYLOAD = '<img src=x onerror=window.__matrixPwned=1>';
const SCRIPT_PAYLOAD = '</script><script>window.__matrixPwned=2</script>';

async function expectNothingRan(c: MatrixCase): Promise<void> {
  // The rendered widget only: an element's own light DOM holds its <script type="application/json"> config.
  expect(await c.root.locator('img, script, b').count(), 'no element made from the text').toBe(0);
  expect(await c.page.evaluate(() => (window as { __matrixPwned?: unknown }).__matrixPwned)).toBeUndefined();
  expect(c.otherRequests.filter((request) => /\/x$/.test(request)), 'the <img> never loaded').toEqual([]);
  c.observe('no <img>/<script> element, nothing ran, nothing loaded');
}

export const injection: Scenario[] = [
  {
    id: 'inject-server-message',
    group: 'Injection',
    title: 'server error message with <img onerror> and </script>',
    expected: 'the message is shown as literal text in role=alert; no element is created from it, nothing runs, no CSP violation',
    async run(c) {
      const message = `${IMG_PAYLOAD}${SCRIPT_PAYLOAD}<b>bold</b>`;
      await c.open(form({ endpoint: withFault(`status=400;message=${message}`) }));
      await c.submit.click();
      expect(await c.settle()).toBe('error');
      await c.expectAlert(message);
      await expectNothingRan(c);
      c.expectNoProblems(/status of 400\b/);
    },
  },
  {
    id: 'inject-line-item-names',
    group: 'Injection',
    title: 'line item names with <img onerror> and </script>',
    expected: 'the names are shown as literal text (also in the stepper labels); no element is created from them, nothing runs, no CSP violation; checkout still works',
    async run(c) {
      await c.open(form({}, { lineItems: [{ ...MUG, name: IMG_PAYLOAD }, { ...TEE, name: SCRIPT_PAYLOAD }] }));
      expect(await c.widget.getByText(IMG_PAYLOAD, { exact: true }).isVisible()).toBe(true);
      expect(await c.widget.getByText(SCRIPT_PAYLOAD, { exact: true }).isVisible()).toBe(true);
      expect(await c.widget.getByRole('button', { name: `Increase quantity of ${IMG_PAYLOAD}` }).count()).toBe(1);
      c.observe('both names shown as text');
      await expectNothingRan(c);
      await c.submit.click();
      await c.page.waitForURL(/\/pay\/cs_test_/);
      c.observe('checkout went through');
      c.expectNoProblems();
    },
  },
];
