let parsed: Promise<void> | undefined;

/**
 * Resolves once the document has been parsed and DOMContentLoaded has started. Setup errors wait for
 * it before they are dispatched: a page script that listens for checkout:error may not have run yet
 * (deferred scripts run in order, after the parser). Rendering does not wait for it (see isContentParsed).
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

/**
 * True once all of `element`'s children are in the DOM: the document is parsed, or the parser has
 * gone past the element's end tag, which it shows by inserting a node after it or after one of its
 * ancestors. An element upgraded while the parser is still inside it (the script ran before it) has
 * only part of its label or JSON config.
 */
export function isContentParsed(element: Element): boolean {
  if (element.ownerDocument.readyState !== 'loading') return true;
  for (let node: Node | null = element; node; node = node.parentNode) if (node.nextSibling) return true;
  return false;
}

/**
 * Calls `callback` once `element`'s content is parsed (see isContentParsed), at once if it is. While
 * the parser is inside the element, a MutationObserver on the document wakes on each node it inserts,
 * and readystatechange covers the end of the document. Returns the function that stops waiting.
 */
export function whenContentParsed(element: Element, callback: () => void): () => void {
  if (isContentParsed(element)) {
    callback();
    return () => {};
  }
  const document = element.ownerDocument;
  const check = () => {
    if (!isContentParsed(element)) return;
    stop();
    callback();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
  document.addEventListener('readystatechange', check);
  const stop = () => {
    observer.disconnect();
    document.removeEventListener('readystatechange', check);
  };
  return stop;
}
