import { DEFAULT_ADJUSTABLE_MAXIMUM } from './wire';
import { fillLabel } from './labels';
import type { LineItem } from './types';

/** What the shopper may do with one line item's quantity in an on-page form. */
export interface QuantityRange {
  /** The shopper may change the quantity: `allowQuantityEdit` and `adjustableQuantity.enabled`. */
  editable: boolean;
  /** Lowest value the shopper may pick (0 means "remove the item"). Default 0, as on the wire. */
  minimum: number;
  /** Highest value the shopper may pick. Default 99, as on the wire. */
  maximum: number;
  /** Editable and the minimum allows 0: a remove control is offered and 0 drops the item. */
  removable: boolean;
}

/** The quantity bounds of an item, with the wire contract's defaults (0..99). */
export function quantityRange(item: LineItem, allowQuantityEdit: boolean): QuantityRange {
  const adjustable = item.adjustableQuantity;
  const editable = allowQuantityEdit && adjustable?.enabled === true;
  const minimum = adjustable?.minimum ?? 0;
  const maximum = adjustable?.maximum ?? DEFAULT_ADJUSTABLE_MAXIMUM;
  return { editable, minimum, maximum, removable: editable && minimum === 0 };
}

/** True when `value` is a whole number the shopper may pick for an item with this range. */
export function isQuantityInRange(value: unknown, range: QuantityRange): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= range.minimum && value <= range.maximum;
}

/** Nearest allowed quantity (for steppers); a non-number becomes the minimum that can be bought. */
export function clampQuantity(value: number, range: QuantityRange): number {
  if (!Number.isFinite(value)) return Math.max(1, range.minimum);
  return Math.min(range.maximum, Math.max(range.minimum, Math.round(value)));
}

/**
 * The item as it goes into the params, with the shopper's quantity; null when the shopper removed it
 * (quantity 0, which the wire never accepts: `quantity` must be ≥ 1).
 */
export function withQuantity(item: LineItem, quantity: number, range: QuantityRange): LineItem | null {
  if (!range.editable) return item;
  if (quantity === 0 && range.removable) return null;
  return { ...item, quantity };
}

/**
 * "Choose a quantity from 1 to 10." from the `quantityRange` label (src/i18n/locales), with the numbers
 * in the locale's digits.
 */
export function quantityRangeMessage(range: QuantityRange, template: string, locale?: string): string {
  return fillLabel(template, { min: range.minimum, max: range.maximum }, locale);
}
