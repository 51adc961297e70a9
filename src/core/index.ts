// Framework-free entry: no React, no DOM access at import time.
// The wire contract as zod schemas lives in `checkout-widget/schema` (for backends): core checks bodies
// with checkWireBody, so a storefront's bundle carries no zod.
export { checkWireBody, paymentMethodTypes, checkoutModes } from './wire';
export type { CheckoutSessionRequest, LineItemRequest } from './wire';
export { toRequestBody, validateParams, toPropPath, toWirePath } from './params';
export type { ToRequestBodyOptions } from './params';
export { createCheckoutSession, prepareCheckout, sendCheckout, randomId, DEFAULT_ENDPOINT, DEFAULT_TIMEOUT_MS, DEFAULT_RETRIES } from './client';
export type { CreateCheckoutSessionOptions, PreparedCheckout } from './client';
export { createCheckout } from './checkout';
export type { Checkout, CheckoutSnapshot, CheckoutStatus } from './checkout';
export { checkoutMutationOptions } from './mutationOptions';
export type { CheckoutMutationHooks } from './mutationOptions';
export type { CheckoutCallbacks } from './callbacks';
export { followSession } from './followSession';
export type { FollowOutcome } from './followSession';
export { navigateAndWatch, onBackForwardRestore, NAVIGATION_STALL_MS } from './navigate';
export type { NavigateOptions, NavigationOutcome } from './navigate';
export { idempotencyKeyFor, settleIdempotencyKey, IDEMPOTENCY_KEY_TTL_MS } from './idempotencyKeys';
export { MAX_RESPONSE_BYTES } from './readBody';
export { redirectToCheckout, checkRedirectUrl, normalizeOrigins } from './redirect';
export type { RedirectOptions } from './redirect';
export { CheckoutError, isCheckoutError, checkoutErrorKinds, describeError } from './errors';
export type { CheckoutErrorKind, CheckoutIssue } from './errors';
export { parseErrorBody, parseRetryAfter, readRequestId } from './response';
export { formatMoney, formatInterval, subtotal, shopperMessage } from './format';
export { formatMinor, minorUnits, isSupportedCurrency, supportedCurrencies, multiplyMinor, sumMinor, toDecimalString, unknownCurrencyMessage } from './money';
export type { MinorAmount, MinorUnits } from './money';
// The label texts are UI strings and live in src/i18n (resolveLabels is exported by the React entry).
export { fillLabel, supportedLocales } from './labels';
export type { CheckoutCommonLabels, CheckoutFormLabels, CheckoutLabels, SupportedLocale } from './labels';
export { urlProblem, resolveUrl, isLocalHost } from './url';
export { looksLikeSecretKey, warnOnce, isProduction } from './dev';
export type {
  CheckoutMode,
  CheckoutSession,
  CheckoutSessionParams,
  ClientConfig,
  LineItem,
  PaymentMethodType,
  RecurringInterval,
} from './types';
