// The script-tag entry. The build wraps this module in a function and assigns its default export to
// the one global it creates, `CheckoutWidget`. This file carries no React: the form and the other
// locales are classic scripts beside it that hand themselves to `__chunk` (loadChunk.ts).
import { registerLocale } from '../i18n/registry';
import { defineCheckoutElements } from './define';
import { CheckoutButtonElement, CheckoutFormElement, mount, version } from './index';
import { registerChunk } from './loadChunk';
import { sharedModules } from './sharedModules';

// Called here as well as in index.ts, so registration never depends on the "sideEffects" list: the bundler
// may drop index.ts's top-level call when this entry imports it; an entry's own statements stay.
defineCheckoutElements();

const api = { mount, version, registerLocale, CheckoutButtonElement, CheckoutFormElement };
// Not enumerable: the chunks' doors, not API. `__shared` holds the modules the form chunk uses from
// this file instead of its own copies (one locale registry, one CheckoutError class, no double bytes).
Object.defineProperties(api, {
  __chunk: { value: registerChunk },
  __shared: { value: Object.freeze(sharedModules) },
});
const existing: unknown = typeof window === 'undefined' ? undefined : (window as { CheckoutWidget?: unknown }).CheckoutWidget;

// Loaded twice (two plugins, a pasted snippet): the first copy's elements are the registered ones,
// so its API stays the global and this copy changes nothing.
export default typeof existing === 'object' && existing !== null && typeof (existing as { version?: unknown }).version === 'string' ? (existing as typeof api) : api;
