let parsed: Promise<void> | undefined;

/**
 * Resolves once the document has been parsed and DOMContentLoaded has started. Before that an
 * element's children (its label, its JSON config) may still be arriving from the network, and a
 * page script that listens for checkout:error may not have run yet (deferred scripts run in order).
 */
export function whenParsed(): Promise<void> {
  return (parsed ??= new Promise((resolve) => {
    if (domContentLoadedStarted()) return resolve();
    document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
    // A document whose navigation timing says nothing (document.open) still gets its widgets.
    addEventListener('load', () => resolve(), { once: true });
  }));
}

function domContentLoadedStarted(): boolean {
  if (document.readyState === 'loading') return false;
  if (document.readyState === 'complete') return true;
  // "interactive" covers both the deferred scripts (before DOMContentLoaded) and the time after it.
  const navigation = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  return !navigation || navigation.domContentLoadedEventStart > 0;
}
