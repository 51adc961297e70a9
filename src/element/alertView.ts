import type { CheckoutError } from '../core/errors';
import { shopperMessage } from '../core/format';
import { fillLabel, type CheckoutCommonLabels } from '../core/labels';

/**
 * The visible error in plain DOM, the same markup as React's CheckoutAlert (so one stylesheet and the
 * same tests serve both): the shopper's message as text (never HTML), the setup issues to fix, and the
 * request id to quote to support. Spans only, so it is valid inside the button's inline wrapper.
 */
export function createAlert(error: CheckoutError, labels: CheckoutCommonLabels, locale?: string): HTMLElement {
  const alert = span('cw-alert');
  alert.setAttribute('role', 'alert');
  alert.tabIndex = -1;
  alert.setAttribute('data-part', 'alert');
  alert.setAttribute('part', 'alert');
  alert.append(span('cw-alert-message', shopperMessage(error, labels)));
  for (const issue of error.kind === 'validation' ? error.issues ?? [] : []) {
    const line = span('cw-alert-issue');
    const prop = document.createElement('code');
    prop.className = 'cw-alert-prop';
    prop.textContent = issue.path || '(root)';
    line.append(prop, ` ${issue.message}`);
    alert.append(line);
  }
  if (error.requestId) alert.append(span('cw-alert-request-id', fillLabel(labels.requestId, { id: error.requestId }, locale)));
  return alert;
}

export function span(className: string, text?: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}
