/**
 * Calls `onDetached` when `host` leaves the document, whichever ancestor is removed: the host's own
 * root and, when that is a shadow root, its host's root and so on up to the document, are all
 * observed, and `isConnected` is checked on each batch of mutations. A move (removed and inserted in
 * one task) is not a detach: observers run after the task. Returns the function that stops watching.
 */
export function watchConnection(host: Node, onDetached: () => void): () => void {
  const observer = new MutationObserver(() => {
    if (host.isConnected) return;
    observer.disconnect();
    onDetached();
  });
  let node: Node = host;
  for (;;) {
    const root = node.getRootNode();
    if (root === node) break; // detached already: nothing to observe
    observer.observe(root, { childList: true, subtree: true });
    if (!(root instanceof ShadowRoot)) break;
    node = root.host;
  }
  return () => observer.disconnect();
}
