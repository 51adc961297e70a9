import { formatMoney, type RecurringInterval } from 'checkout-widget/core';
import { Checkbox, Field, SelectField } from './Field';
import type { ItemDraft } from './playgroundConfig';
import type { SettingsIssues } from './settingsIssues';

interface LineItemEditorProps {
  item: ItemDraft;
  index: number;
  currency: string;
  locale: string;
  issues: SettingsIssues;
  canRemove: boolean;
  onChange: (item: ItemDraft) => void;
  onRemove: () => void;
}

const intervals: { value: '' | RecurringInterval; label: string }[] = [
  { value: '', label: 'One-time' },
  { value: 'day', label: 'Every day' },
  { value: 'week', label: 'Every week' },
  { value: 'month', label: 'Every month' },
  { value: 'year', label: 'Every year' },
];

function priceHint(unitAmount: string, currency: string, locale: string): string {
  const amount = Number(unitAmount);
  if (unitAmount.trim() === '' || !Number.isInteger(amount)) return 'In minor units (cents): 1200 means 12.00. Display only, never sent.';
  try {
    return `Shown as ${formatMoney(amount, currency || 'eur', locale)}. In minor units (cents); display only, never sent.`;
  } catch {
    return 'In minor units (cents): 1200 means 12.00. Display only, never sent.';
  }
}

/** One line item: the sent fields (price id, quantity, adjustable range) and the display-only ones. */
export function LineItemEditor({ item, index, currency, locale, issues, canRemove, onChange, onRemove }: LineItemEditorProps) {
  const path = `lineItems[${index}]`;
  const set = <Key extends keyof ItemDraft>(key: Key, value: ItemDraft[Key]) => onChange({ ...item, [key]: value });
  const title = `Item ${index + 1}${item.name.trim() ? `: ${item.name}` : ''}`;
  return (
    <fieldset className="pg-item">
      <legend>{title}</legend>
      <div className="pg-grid-2">
        <Field label="Price id" code value={item.price} onChange={(value) => set('price', value)} errors={issues.at(`${path}.price`)} hint="From your payment provider, e.g. price_1Nx…" />
        <Field label="Product name" value={item.name} onChange={(value) => set('name', value)} errors={issues.at(`${path}.name`)} hint="Display only." />
        <Field label="Unit amount" type="number" inputMode="numeric" min={0} value={item.unitAmount} onChange={(value) => set('unitAmount', value)} errors={issues.at(`${path}.unitAmount`)} hint={priceHint(item.unitAmount, currency, locale)} />
        <Field label="Quantity" type="number" inputMode="numeric" min={1} value={item.quantity} onChange={(value) => set('quantity', value)} errors={issues.at(`${path}.quantity`)} />
      </div>
      <SelectField label="Billing" value={item.recurring} options={intervals} onChange={(value) => set('recurring', value)} errors={issues.at(`${path}.recurring`)} hint="A recurring item makes the checkout a subscription." />
      <Checkbox label="Adjustable quantity" checked={item.adjustable} onChange={(value) => set('adjustable', value)} hint="The shopper may change the quantity within a range." />
      {item.adjustable ? (
        <div className="pg-grid-2">
          <Field label="Minimum" type="number" inputMode="numeric" min={0} value={item.minimum} onChange={(value) => set('minimum', value)} errors={issues.at(`${path}.adjustableQuantity.minimum`)} />
          <Field label="Maximum" type="number" inputMode="numeric" min={1} value={item.maximum} onChange={(value) => set('maximum', value)} errors={issues.at(`${path}.adjustableQuantity.maximum`)} />
        </div>
      ) : null}
      {canRemove ? (
        <button type="button" className="pg-button pg-button-quiet" onClick={onRemove}>
          Remove item {index + 1}
        </button>
      ) : null}
    </fieldset>
  );
}
