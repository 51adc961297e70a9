import type { Ref, RefCallback } from 'react';

/** Set `event.preventCheckoutDefault = true` in your handler to skip the widget's own handling. */
interface Preventable {
  preventCheckoutDefault?: boolean;
  nativeEvent?: { preventCheckoutDefault?: boolean };
}

/**
 * Downshift-style merge for prop getters: the caller's handler runs first, then the widget's, unless
 * the caller set `event.preventCheckoutDefault = true`.
 */
export function composeHandlers<E>(theirs: ((event: E) => void) | undefined, ours: (event: E) => void): (event: E) => void {
  if (!theirs) return ours;
  return (event: E) => {
    theirs(event);
    const preventable = event as Preventable;
    if (!preventable.preventCheckoutDefault && !preventable.nativeEvent?.preventCheckoutDefault) ours(event);
  };
}

/** One ref callback feeding several refs (the caller's and the widget's). */
export function mergeRefs<T>(...refs: Array<Ref<T> | undefined>): RefCallback<T> {
  return (node: T | null) => {
    for (const ref of refs) {
      if (typeof ref === 'function') ref(node);
      else if (ref) (ref as { current: T | null }).current = node;
    }
  };
}
