// src/i18n: every UI text, one file per locale under locales/, plural rules, direction, and how the
// shipped locales load (re-exported by the React entry and by core).
export { registerLocale, loadLocale, setLocaleLoader, resolveLocale, matchLocale, subscribeLocales, localesVersion } from './registry';
export type { LocaleMessages, LocaleLabels, LocaleLoader, LocaleDirection, ResolvedLocale } from './registry';
export { resolveLabels, resolveCommonLabels, fillLabel, supportedLocales } from './labels';
export type { CheckoutCommonLabels, CheckoutFormLabels, CheckoutLabels, SupportedLocale } from './labels';
