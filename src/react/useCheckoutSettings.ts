import { useContext, useMemo } from 'react';
import type { CheckoutLabels } from '../core/labels';
import type { ClientConfig } from '../core/types';
import { CheckoutContext } from './checkoutContext';
import type { CheckoutSettingsProps } from './types';

export interface CheckoutSettings<Labels> {
  config: ClientConfig;
  locale: string;
  labels: Labels;
}

/**
 * A component's config, locale and labels: its own props over the nearest CheckoutProvider's. `resolve`
 * picks the label tables (a button's resolveCommonLabels leaves the form's texts out of its bundle).
 */
export function useCheckoutSettings<Labels>(
  { config, locale, labels }: CheckoutSettingsProps,
  resolve: (locale: string, overrides?: Partial<CheckoutLabels>) => Labels,
): CheckoutSettings<Labels> {
  const context = useContext(CheckoutContext);
  const resolvedLocale = locale ?? context.locale ?? 'en';
  const resolvedLabels = useMemo(
    () => resolve(resolvedLocale, context.labels || labels ? { ...context.labels, ...labels } : undefined),
    [resolve, resolvedLocale, context.labels, labels],
  );
  return { config: { ...context.config, ...config }, locale: resolvedLocale, labels: resolvedLabels };
}
