import type { Plugin } from 'vite';
import { createMockCheckoutHandler, type MockCheckoutOptions } from './handler';
import { defaultOwnsPath, toNodeListener } from './node';

/** Serves the mock backend from Vite's dev and preview servers: POST /checkout/session, /pay/:id, /checkout/sessions. */
export function mockCheckoutPlugin(options: MockCheckoutOptions = {}): Plugin {
  const handler = createMockCheckoutHandler(options);
  const listener = toNodeListener(handler, { ownsPath: defaultOwnsPath(options.endpointPath) });
  const use = (middlewares: { use: (fn: (req: never, res: never, next: () => void) => void) => void }) =>
    middlewares.use((req, res, next) => void listener(req, res, next));
  return {
    name: 'checkout-widget-mock',
    configureServer(server) {
      use(server.middlewares as never);
    },
    configurePreviewServer(server) {
      use(server.middlewares as never);
    },
  };
}
