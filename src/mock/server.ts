import type { AddressInfo } from 'node:net';
import { createMockCheckoutHandler, type MockCheckoutHandler, type MockCheckoutOptions } from './handler';
import { defaultOwnsPath, toNodeListener, type NodeAdapterOptions } from './node';

export interface MockServerOptions extends MockCheckoutOptions, Omit<NodeAdapterOptions, 'ownsPath'> {
  /** Default 0: a free port. */
  port?: number;
  /** Default 127.0.0.1: never exposed beyond this machine unless asked. */
  host?: string;
}

export interface MockServer {
  url: string;
  handler: MockCheckoutHandler;
  close(): Promise<void>;
}

/** Starts the mock backend on node:http. */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const { createServer } = await import('node:http'); // lazy: the mock entry must also load in browsers
  const handler = createMockCheckoutHandler(options);
  const listener = toNodeListener(handler, { staticDir: options.staticDir, staticHeaders: options.staticHeaders, ownsPath: defaultOwnsPath(options.endpointPath) });
  const server = createServer((req, res) => void listener(req, res));
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}`,
    handler,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
