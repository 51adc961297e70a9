import { parseArgs } from 'node:util';
import { startMockServer } from './server';

const usage = `checkout-widget-mock: a mock checkout backend for development and tests

Usage: checkout-widget-mock [options]

  --path <path>          path of the session endpoint (default /checkout/session, the widget's default;
                         give the path your config.endpoint uses, e.g. --path /api/checkout/session)
  --port, -p <n>         port (default 4010, 0 = any free port)
  --host <host>          interface (default 127.0.0.1)
  --cors-origin <url>    origin allowed by CORS (repeatable, "*" for any; default any localhost origin)
  --static <dir>         also serve this folder (your storefront page and the widget script)
  --fault <spec>         act out a fault on every request, e.g. "status=503;times=1", "delay=3000"
  --quiet, -q            no line per request
  --help, -h             this text

Routes: POST <path> (201 {"url"}), GET /pay/:id (the fake hosted page), GET /checkout/session/:id,
GET /checkout/sessions, POST /__mock/reset. Per-request faults: header X-Mock-Fault or ?fault=.
Each request is logged as one line: method, path, status, time.`;

let values;
try {
  ({ values } = parseArgs({
    options: {
      path: { type: 'string', default: '/checkout/session' },
      port: { type: 'string', short: 'p', default: '4010' },
      host: { type: 'string', default: '127.0.0.1' },
      'cors-origin': { type: 'string', multiple: true },
      // The 0.1 name of --cors-origin, still read.
      'allow-origin': { type: 'string', multiple: true },
      static: { type: 'string' },
      fault: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  console.error(`checkout-widget-mock: ${(error as Error).message}\n\n${usage}`);
  process.exit(2);
}

if (values.help) {
  console.log(usage);
  process.exit(0);
}

const endpointPath = values.path.replace(/\/+$/, '');
const port = Number(values.port);
if (!endpointPath.startsWith('/') || /[?#\s]/.test(endpointPath)) fail(`--path must be a path such as /checkout/session (got "${values.path}")`);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a number from 0 to 65535 (got "${values.port}")`);
const origins = [...(values['cors-origin'] ?? []), ...(values['allow-origin'] ?? [])];

const server = await startMockServer({
  port,
  host: values.host,
  endpointPath,
  staticDir: values.static,
  fault: values.fault,
  allowedOrigins: origins.includes('*') ? '*' : origins.length > 0 ? origins : undefined,
  logRequest: values.quiet ? undefined : (line) => console.log(line),
}).catch((error: NodeJS.ErrnoException) => {
  fail(error.code === 'EADDRINUSE' ? `port ${port} on ${values.host} is in use: pick another with --port` : error.message);
});
console.log(`checkout-widget mock backend on ${server.url}`);
console.log(`  POST ${server.url}${endpointPath}`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

function fail(message: string): never {
  console.error(`checkout-widget-mock: ${message}`);
  process.exit(2);
}
