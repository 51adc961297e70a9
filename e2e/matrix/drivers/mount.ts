import { installApi, readSpec, recordDomEvents, slot, widgetOptions } from './common';

// The programmatic surface: CheckoutWidget.mount() from the script-tag bundle, into a plain <div>.

interface MountedWidget {
  update(options: Record<string, unknown>): void;
  unmount(): void;
}
const { mount } = (window as unknown as { CheckoutWidget: { mount(element: Element, options: unknown): MountedWidget } }).CheckoutWidget;

const host = slot();
const handle = mount(host, widgetOptions(readSpec()));
const api = installApi({
  update(partial) {
    handle.update(widgetOptions(partial));
  },
  remove() {
    // mount()'s documented way out (a plain <div> cannot tell the widget it left the page), then the
    // element goes, as when a single-page app replaces the view.
    handle.unmount();
    host.remove();
  },
});
recordDomEvents(api);
api.ready = true;
