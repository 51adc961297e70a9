import { useRef } from 'react';
import { FieldErrors } from './Field';
import { LineItemEditor } from './LineItemEditor';
import { emptyItem, type ItemDraft } from './playgroundConfig';
import type { SettingsIssues } from './settingsIssues';

interface LineItemsEditorProps {
  items: ItemDraft[];
  currency: string;
  locale: string;
  issues: SettingsIssues;
  onChange: (items: ItemDraft[]) => void;
}

/** The cart: add and remove items; focus goes to the new item, or to "Add item" after a removal. */
export function LineItemsEditor({ items, currency, locale, issues, onChange }: LineItemsEditorProps) {
  const listRef = useRef<HTMLDivElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const focusLater = (find: () => HTMLElement | null | undefined) => requestAnimationFrame(() => find()?.focus());

  return (
    <fieldset className="pg-group">
      <legend>Line items</legend>
      <p className="pg-hint">Price id, quantity and the adjustable range are sent to your backend; name, amount and billing are only shown in the form.</p>
      <FieldErrors id={undefined} errors={issues.at('lineItems')} />
      <div ref={listRef} className="pg-items">
        {items.map((item, index) => (
          <LineItemEditor
            key={item.key}
            item={item}
            index={index}
            currency={currency}
            locale={locale}
            issues={issues}
            canRemove={items.length > 1}
            onChange={(next) => onChange(items.map((entry) => (entry.key === item.key ? next : entry)))}
            onRemove={() => {
              onChange(items.filter((entry) => entry.key !== item.key));
              focusLater(() => addRef.current);
            }}
          />
        ))}
      </div>
      <button
        ref={addRef}
        type="button"
        className="pg-button"
        onClick={() => {
          onChange([...items, emptyItem(items.length)]);
          focusLater(() => listRef.current?.querySelector<HTMLInputElement>('.pg-item:last-child input'));
        }}
      >
        Add item
      </button>
    </fieldset>
  );
}
