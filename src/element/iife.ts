// The script-tag entry. The build wraps this module in a function and assigns its default export to
// the one global it creates, `CheckoutWidget`; React (as Preact) and the CSS stay inside the closure.
import { defineCheckoutElements } from './define';
import { CheckoutButtonElement, CheckoutFormElement, mount, version } from './index';

// Called here as well as in index.ts, so registration never depends on the "sideEffects" list: the bundler
// may drop index.ts's top-level call when this entry imports it; an entry's own statements stay.
defineCheckoutElements();

const api = { mount, version, CheckoutButtonElement, CheckoutFormElement };
const existing: unknown = typeof window === 'undefined' ? undefined : (window as { CheckoutWidget?: unknown }).CheckoutWidget;

// Loaded twice (two plugins, a pasted snippet): the first copy's elements are the registered ones,
// so its API stays the global and this copy changes nothing.
export default typeof existing === 'object' && existing !== null && typeof (existing as { version?: unknown }).version === 'string' ? (existing as typeof api) : api;
