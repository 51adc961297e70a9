import type { AddressInfo } from 'node:net';
import { createMockCheckoutHandler, type MockCheckoutHandler, type MockCheckoutOptions } from './handler';
import { defaultOwnsPath, toNodeListener, type NodeAdapterOptions } from './node';

export interface MockServerOptions extends MockCheckoutOptions, Omit<NodeAdapterOptions, 'ownsPath'> {
  /** Default 0: a free port. */
  port?: number;
  /** Default 127.0.0.1: never exposed beyond this machine unless asked. */
  host?: string;
  /**
   * Called once per finished request with a dev-server style line, `POST /checkout/session 201 4 ms`
   * (the path without its query string). The CLI passes console.log; default: no log.
   */
  logRequest?: (line: string) => void;
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
  const { logRequest } = options;
  const server = createServer((req, res) => {
    if (logRequest) {
      const started = performance.now();
      res.once('close', () => logRequest(requestLine(req.method, req.url, res.writableFinished ? res.statusCode : undefined, performance.now() - started)));
    }
    void listener(req, res);
  });
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

/** `GET /pay/cs_test_1 200 3 ms`; a connection closed before an answer shows `-` for the status. */
export function requestLine(method: string | undefined, url: string | undefined, status: number | undefined, ms: number): string {
  const path = (url ?? '/').split(/[?#]/)[0];
  return `${method ?? 'GET'} ${path} ${status ?? '-'} ${Math.round(ms)} ms`;
}
