import type { CheckoutCommonLabels } from '../core/labels';
import type { CheckoutStatus } from '../core/checkout';

/** Text announcing a busy checkout, the stalled-redirect notice, or '' when idle. */
export function statusText(status: CheckoutStatus, labels: CheckoutCommonLabels, notice: 'redirect-stalled' | null = null): string {
  if (status === 'pending') return labels.processing;
  if (status === 'redirecting') return labels.redirecting;
  return notice === 'redirect-stalled' ? labels.redirectStalled : '';
}

/** A visually hidden polite live region, always rendered so screen readers pick up its changes. */
export function CheckoutLiveRegion({ text }: { text: string }) {
  return (
    <span className="cw-visually-hidden" role="status" aria-live="polite" data-part="status">
      {text}
    </span>
  );
}
