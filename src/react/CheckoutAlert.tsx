import type { Ref } from 'react';
import type { CheckoutError } from '../core/errors';
import { shopperMessage } from '../core/format';
import { fillLabel, type CheckoutCommonLabels } from '../core/labels';

export interface CheckoutAlertProps {
  /** The failure to explain. */
  error?: CheckoutError | null;
  labels: CheckoutCommonLabels;
  /** Receives the alert element, so focus can move to it. */
  alertRef?: Ref<HTMLSpanElement>;
  id?: string;
  /** Shown instead of the message for `error` (e.g. the empty-cart note). */
  message?: string;
}

/**
 * The visible error: the shopper's message (the server's own text as plain text, never HTML), the
 * request id to quote to support, and for setup mistakes the prop to fix. Spans only, so it is valid
 * inside a button's inline wrapper.
 */
export function CheckoutAlert({ error, labels, alertRef, id, message }: CheckoutAlertProps) {
  const issues = error?.kind === 'validation' ? error.issues ?? [] : [];
  return (
    <span className="cw-alert" role="alert" tabIndex={-1} id={id} ref={alertRef} data-part="alert">
      <span className="cw-alert-message">{message ?? (error ? shopperMessage(error, labels) : '')}</span>
      {issues.map((issue, index) => (
        <span className="cw-alert-issue" key={index}>
          <code className="cw-alert-prop">{issue.path || '(root)'}</code> {issue.message}
        </span>
      ))}
      {error?.requestId ? <span className="cw-alert-request-id">{fillLabel(labels.requestId, { id: error.requestId })}</span> : null}
    </span>
  );
}
