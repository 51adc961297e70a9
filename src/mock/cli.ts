import { parseArgs } from 'node:util';
import { startMockServer } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', short: 'p', default: '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    static: { type: 'string' },
    fault: { type: 'string' },
    'allow-origin': { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  console.log(`checkout-widget-mock: a mock checkout backend for development and tests

  --port, -p <n>         port (default 4010, 0 = any free port)
  --host <host>          interface (default 127.0.0.1)
  --static <dir>         also serve this folder (your storefront page and the widget script)
  --fault <spec>         act out a fault on every request, e.g. "status=503;times=1", "delay=3000"
  --allow-origin <url>   CORS origin to allow (repeatable; default any localhost origin)

Routes: POST /checkout/session, GET /checkout/session/:id, GET /checkout/sessions, GET /pay/:id,
POST /__mock/reset. Per-request faults: header X-Mock-Fault or ?fault=.`);
  process.exit(0);
}

const server = await startMockServer({
  port: Number(values.port),
  host: values.host,
  staticDir: values.static,
  fault: values.fault,
  allowedOrigins: values['allow-origin'],
});
console.log(`checkout-widget mock backend on ${server.url}`);
console.log(`  POST ${server.url}/checkout/session`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
