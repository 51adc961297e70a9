/**
 * Mirrors each `data-part` inside the shadow root onto `part`, so a page can style the main pieces
 * with `checkout-button::part(button)`. Watching mutations keeps it true across every re-render
 * without the React components knowing about shadow DOM.
 */
export function mirrorParts(root: ShadowRoot): MutationObserver {
  const sync = (element: Element) => {
    const name = element.getAttribute('data-part');
    if (name === null) element.removeAttribute('part');
    else if (element.getAttribute('part') !== name) element.setAttribute('part', name);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') sync(record.target as Element);
      else {
        for (const node of record.addedNodes) {
          if (!(node instanceof Element)) continue;
          if (node.hasAttribute('data-part')) sync(node);
          node.querySelectorAll('[data-part]').forEach(sync);
        }
      }
    }
  });
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-part'] });
  return observer;
}
