import { useContext, useMemo } from 'react';
import { resolveLabels, type CheckoutLabels } from '../core/labels';
import type { ClientConfig } from '../core/types';
import { CheckoutContext } from './checkoutContext';
import type { CheckoutSettingsProps } from './types';

export interface CheckoutSettings {
  config: ClientConfig;
  locale: string;
  labels: CheckoutLabels;
}

/** A component's config, locale and labels: its own props over the nearest CheckoutProvider's. */
export function useCheckoutSettings({ config, locale, labels }: CheckoutSettingsProps): CheckoutSettings {
  const context = useContext(CheckoutContext);
  const resolvedLocale = locale ?? context.locale ?? 'en';
  const resolvedLabels = useMemo(
    () => resolveLabels(resolvedLocale, context.labels || labels ? { ...context.labels, ...labels } : undefined),
    [resolvedLocale, context.labels, labels],
  );
  return { config: { ...context.config, ...config }, locale: resolvedLocale, labels: resolvedLabels };
}
