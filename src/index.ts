'use client';
// React entry: components and hooks on top of the framework-free core.
export { CheckoutProvider } from './react/CheckoutProvider';
export type { CheckoutProviderProps } from './react/CheckoutProvider';
export { CheckoutButton } from './react/CheckoutButton';
export type { CheckoutButtonProps } from './react/CheckoutButton';
export { CheckoutForm } from './react/CheckoutForm';
export type { CheckoutFormProps } from './react/CheckoutForm';
export { useCheckoutSession } from './react/useCheckoutSession';
export type { UseCheckoutSessionResult } from './react/useCheckoutSession';
export { useCheckoutForm } from './react/useCheckoutForm';
export type { UseCheckoutFormOptions, UseCheckoutFormResult } from './react/useCheckoutForm';
export type { CheckoutFormGetters } from './react/createCheckoutFormGetters';
export type { CheckoutFormItem } from './react/checkoutFormItems';
export type { CheckoutFormSource, CheckoutFormValues, PromotionCodesOption } from './react/checkoutFormParams';
export type { CheckoutSessionCallbacks, CheckoutSettingsProps, CheckoutStatus, CheckoutStylingProps } from './react/types';

export { CheckoutError, isCheckoutError } from './core/errors';
export type { CheckoutErrorKind, CheckoutIssue } from './core/errors';
export { resolveLabels, fillLabel, supportedLocales } from './i18n/labels';
export { registerLocale, loadLocale, setLocaleLoader, resolveLocale } from './i18n/registry';
export type { LocaleMessages, LocaleLabels, LocaleLoader, LocaleDirection, ResolvedLocale } from './i18n/registry';
export type { CheckoutCommonLabels, CheckoutFormLabels, CheckoutLabels, SupportedLocale } from './i18n/labels';
export type { CheckoutSessionRequest } from './core/wire';
export type {
  CheckoutMode,
  CheckoutSession,
  CheckoutSessionParams,
  ClientConfig,
  LineItem,
  PaymentMethodType,
  RecurringInterval,
} from './core/types';
