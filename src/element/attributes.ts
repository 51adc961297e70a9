import type { CheckoutIssue } from '../core';

/** Every attribute the elements read, kebab-case; each is also a camelCase property (`successUrl`). */
export const attributeNames = [
  'endpoint',
  'price',
  'quantity',
  'success-url',
  'cancel-url',
  'mode',
  'currency',
  'customer',
  'payment-method-types',
  'promotion-codes',
  'trial-period-days',
  'allow-quantity-edit',
  'disabled',
  'locale',
  'theme',
  'target',
] as const;
export type AttributeName = (typeof attributeNames)[number];

/** Attributes that are on when present (`disabled`, `disabled=""`) and off when absent or "false". */
export const booleanAttributes: readonly AttributeName[] = ['allow-quantity-edit', 'disabled'];

export const toPropertyName = (attribute: string) => attribute.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
export const toAttributeName = (property: string) => property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

export interface ParsedAttributes {
  /** Widget options in the camelCase of mount(); only the attributes that are present. */
  options: Record<string, unknown>;
  issues: CheckoutIssue[];
}

/**
 * Reads the attributes as widget options. Values stay untrusted: numbers and lists are only split
 * here and every rule is checked later, by core and by the options schema, as for mount().
 */
export function parseAttributes(read: (name: AttributeName) => string | null): ParsedAttributes {
  const options: Record<string, unknown> = {};
  const issues: CheckoutIssue[] = [];
  const number = (name: AttributeName): number | undefined => {
    const value = read(name);
    if (value === null) return undefined;
    const parsed = value.trim() === '' ? Number.NaN : Number(value);
    if (!Number.isNaN(parsed)) return parsed;
    issues.push({ path: name, message: `must be a whole number such as "1" (got ${JSON.stringify(value)})` });
    return undefined;
  };

  for (const name of ['success-url', 'cancel-url', 'mode', 'currency', 'customer', 'promotion-codes', 'locale', 'theme', 'target'] as const) {
    const value = read(name);
    if (value !== null) options[toPropertyName(name)] = value;
  }
  for (const name of booleanAttributes) {
    const value = read(name);
    if (value !== null) options[toPropertyName(name)] = value.trim().toLowerCase() !== 'false';
  }
  const endpoint = read('endpoint');
  if (endpoint !== null) options.config = { endpoint };
  const methods = read('payment-method-types');
  if (methods !== null) options.paymentMethodTypes = methods.split(/[\s,]+/).filter(Boolean);
  const trial = number('trial-period-days');
  if (trial !== undefined) options.trialPeriodDays = trial;

  const price = read('price');
  const quantity = number('quantity');
  if (price !== null) options.lineItems = [quantity === undefined ? { price } : { price, quantity }];
  else if (quantity !== undefined) issues.push({ path: 'quantity', message: 'only applies together with price; set quantities inside lineItems of the JSON config' });
  return { options, issues };
}
