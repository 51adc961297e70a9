// The script tag's form chunk: React's useCheckoutSession bound straight to core's controller, so the
// chunk carries no query client (vite.iife.config.ts swaps this file in for useCheckoutSession.ts).
export { useControllerSession as useCheckoutSession } from './useControllerSession';
export type { UseCheckoutSessionResult } from './useCheckoutSession';
