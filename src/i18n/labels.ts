// The UI texts: framework-free, shared by the React components and the custom elements. Core keeps only
// the CheckoutLabels type, the locale codes and fillLabel, so a core-only bundle carries no text.
import type { CheckoutLabels } from '../core/labels';
import { englishForm } from './locales/en';
import { resolveLocale } from './registry';

export { fillLabel, supportedLocales } from '../core/labels';
export type { CheckoutCommonLabels, CheckoutFormLabels, CheckoutLabels, SupportedLocale } from '../core/labels';
export { resolveCommonLabels } from './commonLabels';

/** Every label for a BCP 47 locale (`de-CH` → German) as far as loaded, falling back to English, with overrides applied. */
export function resolveLabels(locale: string | undefined, overrides?: Partial<CheckoutLabels>): CheckoutLabels {
  return { ...englishForm, ...resolveLocale(locale).labels, ...overrides };
}
