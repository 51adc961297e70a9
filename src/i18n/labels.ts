// The UI texts in five languages: framework-free, shared by the React components and the custom
// elements. Core keeps only the CheckoutLabels type and fillLabel, so a core-only bundle carries no text.
import { languageOf, type CheckoutLabels, type SupportedLocale } from '../core/labels';
import { resolveCommonLabels } from './commonLabels';
import { formLabels } from './formLabels';

export { fillLabel, supportedLocales } from '../core/labels';
export type { CheckoutCommonLabels, CheckoutFormLabels, CheckoutLabels, SupportedLocale } from '../core/labels';
export { resolveCommonLabels } from './commonLabels';

/** Every label for a BCP 47 locale (`de-CH` → German), falling back to English, with overrides applied. */
export function resolveLabels(locale: string | undefined, overrides?: Partial<CheckoutLabels>): CheckoutLabels {
  return { ...resolveCommonLabels(locale), ...formLabels.en, ...formLabels[languageOf(locale) as SupportedLocale], ...overrides };
}
