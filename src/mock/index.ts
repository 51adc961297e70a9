// The mock backend: fetch-style handler (MSW, service workers, tests), node:http server, Vite plugin.
export { createMockCheckoutHandler } from './handler';
export type { MockCheckoutHandler, MockCheckoutOptions } from './handler';
export { startMockServer } from './server';
export type { MockServer, MockServerOptions } from './server';
export { mockCheckoutPlugin } from './vite-plugin';
export { parseFault, faultPresets } from './faults';
export type { MockFault } from './faults';
export { SessionStore } from './store';
export type { StoredSession } from './store';
export { renderPayPage } from './payPage';
export { toNodeListener } from './node';
