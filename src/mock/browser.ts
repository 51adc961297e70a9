// The mock without its Node adapters: what a browser, a service worker or MSW can load
// (package.json maps `checkout-widget/mock` here under the "browser" and "worker" conditions).
export { createMockCheckoutHandler } from './handler';
export type { MockCheckoutHandler, MockCheckoutOptions } from './handler';
export { parseFault, faultPresets } from './faults';
export type { MockFault } from './faults';
export { SessionStore } from './store';
export type { StoredSession } from './store';
export { renderPayPage } from './payPage';
