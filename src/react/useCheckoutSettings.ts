import { useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { CheckoutLabels } from '../core/labels';
import type { ClientConfig } from '../core/types';
import { loadLocale, localesVersion, resolveLocale, subscribeLocales, type LocaleDirection } from '../i18n/registry';
import { CheckoutContext } from './checkoutContext';
import type { CheckoutSettingsProps } from './types';

export interface CheckoutSettings<Labels> {
  config: ClientConfig;
  /** The requested locale (money is formatted in it). */
  locale: string;
  labels: Labels;
  /** The language of the texts shown, for the root's `lang`: `en` while the locale loads or when none matches. */
  lang: string;
  /** The direction of the texts shown, for the root's `dir`. */
  dir: LocaleDirection;
}

/**
 * A component's config, locale and labels: its own props over the nearest CheckoutProvider's. `resolve`
 * picks the label tables (a button's resolveCommonLabels returns fewer texts). A shipped locale loads
 * on demand: English (and `lang="en"`) until it arrives, then the component re-renders in it.
 */
export function useCheckoutSettings<Labels>(
  { config, locale, labels }: CheckoutSettingsProps,
  resolve: (locale: string, overrides?: Partial<CheckoutLabels>) => Labels,
): CheckoutSettings<Labels> {
  const context = useContext(CheckoutContext);
  const resolvedLocale = locale ?? context.locale ?? 'en';
  // Re-render when any locale is registered or loaded (the same snapshot on the server and in hydration).
  const version = useSyncExternalStore(subscribeLocales, localesVersion, localesVersion);
  const shown = resolveLocale(resolvedLocale);
  useEffect(() => {
    // A failed load leaves English and warns in development; nothing for the shopper to act on.
    if (shown.loading) loadLocale(shown.loading).catch(() => undefined);
  }, [shown.loading]);
  const resolvedLabels = useMemo(
    () => resolve(resolvedLocale, context.labels || labels ? { ...context.labels, ...labels } : undefined),
    [resolve, resolvedLocale, context.labels, labels, version],
  );
  return { config: { ...context.config, ...config }, locale: resolvedLocale, labels: resolvedLabels, lang: shown.lang, dir: shown.dir };
}
