// checkout-widget/mock/vite: the mock inside Vite's dev and preview servers. Its own entry so that
// checkout-widget/mock's types never import 'vite' (a Node-only or MSW consumer has no Vite installed).
export { mockCheckoutPlugin } from './vite-plugin';
export type { MockCheckoutOptions } from './handler';
