import type { CheckoutCallbacks } from '../core/callbacks';
import type { CheckoutLabels } from '../core/labels';
import type { ClientConfig } from '../core/types';

/** Where a checkout stands: `idle` → `pending` → `redirecting`, or `error` with a CheckoutError. */
export type { CheckoutStatus } from '../core/checkout';

/** Hooks into one checkout: core's CheckoutCallbacks, the same for components, hooks and elements. */
export type CheckoutSessionCallbacks = CheckoutCallbacks;

/** Settings every component takes; each falls back to the nearest CheckoutProvider. */
export interface CheckoutSettingsProps {
  /** How to reach the shop's backend, merged over the provider's config. Default: `{}` (POST `/checkout/session`). */
  config?: ClientConfig;
  /** BCP 47 locale for labels and money (42 built in, loaded on demand; `de-CH` → German). Default: provider's locale, else `en`. */
  locale?: string;
  /** Overrides of individual strings, merged over the provider's labels and the locale's table. Default: none. */
  labels?: Partial<CheckoutLabels>;
}

/** Styling hooks every component takes. */
export interface CheckoutStylingProps {
  /** Extra class names on the component's root element. Default: none. */
  className?: string;
  /** Drop the widget's theme (no `cw-root` class, so none of styles.css applies except the visually-hidden helper). Default: `false`. */
  unstyled?: boolean;
}
