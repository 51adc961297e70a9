// The mock backend: fetch-style handler (MSW, service workers, tests) and node:http server.
// The Vite plugin is checkout-widget/mock/vite (src/mock/vite.ts), so these types need no Vite.
export { createMockCheckoutHandler } from './handler';
export type { MockCheckoutHandler, MockCheckoutOptions } from './handler';
export { startMockServer } from './server';
export type { MockServer, MockServerOptions } from './server';
export { parseFault, faultPresets } from './faults';
export type { MockFault } from './faults';
export { SessionStore } from './store';
export type { StoredSession } from './store';
export { renderPayPage } from './payPage';
export { toNodeListener } from './node';
