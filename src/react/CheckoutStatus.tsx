import type { CheckoutCommonLabels } from '../core/labels';
import type { CheckoutStatus as Status } from './types';

/** Text announcing a busy checkout, or '' when idle. */
export function statusText(status: Status, labels: CheckoutCommonLabels): string {
  return status === 'pending' ? labels.processing : status === 'redirecting' ? labels.redirecting : '';
}

/** A visually hidden polite live region, always rendered so screen readers pick up its changes. */
export function CheckoutStatus({ text }: { text: string }) {
  return (
    <span className="cw-visually-hidden" role="status" aria-live="polite" data-part="status">
      {text}
    </span>
  );
}
