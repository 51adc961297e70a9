import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import type * as CheckoutWidget from '../../../src/index';
import { installApi, readSpec, slot, widgetOptions, type WidgetSpec } from './common';

/**
 * The React surface: CheckoutButton / CheckoutForm from the package's React entry. The test bundles
 * this file with dist/index.js and real react + react-dom (esbuild), as a shop's own build would;
 * `lib` is that dist/index.js (the types come from src).
 */
export function startReactDriver(lib: typeof CheckoutWidget): void {
  let spec = readSpec();
  const container = slot();
  const root = createRoot(container);
  const api = installApi({
    update(partial) {
      spec = { ...spec, ...partial };
      render();
    },
    remove() {
      root.unmount();
      container.remove();
    },
  });

  function render(): void {
    const { kind, label, ...options } = widgetOptions(spec) as WidgetSpec;
    // Untyped JavaScript: the props go in as they are, whatever their types.
    const props: Record<string, unknown> = {
      ...options,
      onError: typeof options.onError === 'undefined' ? (error: { kind: string; message: string; status?: number }) => api.errors.push({ kind: error.kind, message: error.message, status: error.status }) : options.onError,
      onBeforeRedirect: (url: string) => {
        api.redirects.push(url);
      },
    };
    if (kind === 'form') root.render(createElement(lib.CheckoutForm, { ...props, submitLabel: label } as never));
    else root.render(createElement(lib.CheckoutButton, props as never, label));
  }

  render();
  api.ready = true;
}
