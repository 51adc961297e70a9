import type { Page } from 'playwright-core';

export interface RecordedEvent {
  type: string;
  /** `id` of the event's target as seen from the document (the host element, as the event is composed). */
  target: string;
  detail: unknown;
  bubbles: boolean;
  composed: boolean;
  cancelable: boolean;
  defaultPrevented: boolean;
}

export const checkoutEventTypes = ['checkout:submit', 'checkout:redirect', 'checkout:error'] as const;

/**
 * Records the widget's events at the window (so only bubbling, composed events arrive) on every
 * document the page loads. Call before the first goto; read them with `readEvents(page)`.
 */
export async function recordEvents(page: Page, types: readonly string[] = checkoutEventTypes): Promise<void> {
  await page.addInitScript((eventTypes: string[]) => {
    const events: unknown[] = [];
    (window as unknown as { __e2eEvents: unknown[] }).__e2eEvents = events;
    for (const type of eventTypes) {
      window.addEventListener(type, (event) => {
        // Read after every other listener has run, so defaultPrevented tells the outcome.
        const record = { type, target: (event.target as Element | null)?.id ?? '', detail: JSON.parse(JSON.stringify((event as CustomEvent).detail ?? null)), bubbles: event.bubbles, composed: event.composed, cancelable: event.cancelable, defaultPrevented: false };
        events.push(record);
        queueMicrotask(() => (record.defaultPrevented = event.defaultPrevented));
      });
    }
  }, [...types]);
}

/** The events recorded so far on the current document. */
export function readEvents(page: Page): Promise<RecordedEvent[]> {
  return page.evaluate(() => (window as unknown as { __e2eEvents?: RecordedEvent[] }).__e2eEvents ?? []);
}
