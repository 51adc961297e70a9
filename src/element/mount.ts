import { CheckoutElement } from './CheckoutElement';
import type { WidgetOptions } from './options';
import { Widget } from './Widget';

export type MountOptions = WidgetOptions;

export interface MountedWidget {
  /** Merges these options into the current ones and re-renders (`update({ lineItems })` keeps `successUrl`). */
  update(options: Partial<MountOptions>): void;
  /** Removes the widget and aborts its pending request. The element can be mounted again. */
  unmount(): void;
}

const mounted = new WeakMap<Element, Widget>();

/**
 * Renders a checkout button or form into `element`'s shadow root, for pages that build their UI in
 * script. Events (checkout:submit, checkout:redirect, checkout:error) are dispatched on `element`.
 * Bad options render a message in place and emit checkout:error with kind "validation".
 */
export function mount(element: Element, options: MountOptions): MountedWidget {
  if (typeof HTMLElement === 'undefined' || !(element instanceof HTMLElement)) {
    throw new TypeError(`CheckoutWidget.mount(element, options) needs an HTML element such as document.querySelector('#checkout'), got ${element === null ? 'null' : typeof element}`);
  }
  if (element instanceof CheckoutElement) {
    throw new TypeError(`CheckoutWidget.mount() cannot mount into <${element.localName}>, which renders itself: set its attributes or its config property instead, or mount into a <div>`);
  }
  mounted.get(element)?.destroy(); // mounting twice replaces, never stacks two widgets
  const widget = new Widget(element);
  mounted.set(element, widget);
  let current: unknown = options;
  const context = { subject: 'CheckoutWidget.mount()' };
  widget.render(current, context);
  return {
    update(next) {
      if (mounted.get(element) !== widget) return; // unmounted, or replaced by a newer mount()
      current = typeof current === 'object' && current !== null && typeof next === 'object' && next !== null ? { ...current, ...next } : next;
      widget.render(current, context);
    },
    unmount() {
      if (mounted.get(element) !== widget) return;
      mounted.delete(element);
      widget.destroy();
    },
  };
}
