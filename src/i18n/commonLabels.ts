import type { CheckoutCommonLabels, CheckoutLabels } from '../core/labels';
import { resolveLocale } from './registry';

/**
 * A button's labels for a BCP 47 locale (`de-CH` → German) as far as loaded, falling back to English,
 * with overrides applied. The locale's file loads on demand (useCheckoutSettings starts it).
 */
export function resolveCommonLabels(locale: string | undefined, overrides?: Partial<CheckoutLabels>): CheckoutCommonLabels {
  const base = resolveLocale(locale).labels;
  return overrides ? { ...base, ...overrides } : base;
}
