import { paymentMethodTypes, supportedLocales, type PaymentMethodType } from 'checkout-widget/core';
import { Checkbox, Field, FieldErrors, SelectField } from './Field';
import { LineItemsEditor } from './LineItemsEditor';
import type { ModeChoice, PlaygroundConfig, PromotionCodes } from './playgroundConfig';
import { RadioGroup } from './RadioGroup';
import type { SettingsIssues } from './settingsIssues';

interface ConfigPanelProps {
  config: PlaygroundConfig;
  issues: SettingsIssues;
  onChange: (patch: Partial<PlaygroundConfig>) => void;
  onReset: () => void;
}

const methodLabels: Record<PaymentMethodType, string> = { card: 'Card', paypal: 'PayPal', customer_balance: 'Bank transfer (customer balance)' };
const localeNames: Record<string, string> = { en: 'English', it: 'Italiano', de: 'Deutsch', fr: 'Français', es: 'Español' };

/** A locale's name in its own language ("Nederlands", "العربية"), for the 42 shipped locales. */
function localeName(code: string): string {
  if (localeNames[code]) return localeNames[code];
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    return code;
  }
}

/** Every setting of the checkout, grouped as a shop developer thinks of them. */
export function ConfigPanel({ config, issues, onChange, onReset }: ConfigPanelProps) {
  const toggleMethod = (method: PaymentMethodType, on: boolean) => {
    // Kept in the canonical order, so the first offered method (preselected) is predictable.
    const chosen = new Set(config.paymentMethods);
    if (on) chosen.add(method);
    else chosen.delete(method);
    onChange({ paymentMethods: paymentMethodTypes.filter((entry) => chosen.has(entry)) });
  };

  return (
    <section className="pg-panel" aria-labelledby="config-heading">
      <div className="pg-panel-header">
        <h2 id="config-heading">1. Configure</h2>
        <button type="button" className="pg-button pg-button-quiet" onClick={onReset}>
          Reset all settings
        </button>
      </div>
      <p className="pg-hint">Every change updates the preview and the code snippets at once. Invalid settings show the message the widget itself would give.</p>
      <LineItemsEditor items={config.items} currency={config.currency} locale={config.locale} issues={issues} onChange={(items) => onChange({ items })} />

      <fieldset className="pg-group">
        <legend>Checkout</legend>
        <RadioGroup<ModeChoice>
          legend="Mode"
          name="mode"
          inline
          value={config.mode}
          onChange={(mode) => onChange({ mode })}
          options={[
            { value: 'auto', label: 'Auto' },
            { value: 'payment', label: 'Payment' },
            { value: 'subscription', label: 'Subscription' },
          ]}
          hint="Auto picks subscription when an item is recurring, else payment."
        />
        <FieldErrors id={undefined} errors={issues.at('mode')} />
        <RadioGroup<PromotionCodes>
          legend="Promotion codes"
          name="promotion"
          inline
          value={config.promotionCodes}
          onChange={(promotionCodes) => onChange({ promotionCodes })}
          options={[
            { value: 'hidden', label: 'Hidden' },
            { value: 'toggle', label: 'Toggle' },
            { value: 'on', label: 'On' },
          ]}
          hint="Toggle shows the shopper a checkbox (form only); On always allows a code on the hosted page."
        />
        <fieldset className="pg-checks" aria-describedby="methods-hint">
          <legend>Payment methods offered</legend>
          <p className="pg-hint" id="methods-hint">
            The first one checked is preselected in the form.
          </p>
          {paymentMethodTypes.map((method) => (
            <Checkbox key={method} label={methodLabels[method]} checked={config.paymentMethods.includes(method)} onChange={(on) => toggleMethod(method, on)} />
          ))}
          <FieldErrors id={undefined} errors={issues.at('paymentMethodTypes')} />
        </fieldset>
        <div className="pg-grid-2">
          <Field label="Currency" code value={config.currency} onChange={(currency) => onChange({ currency })} errors={issues.at('currency')} hint="Three letters, e.g. eur, usd." />
          <SelectField label="Locale" value={config.locale} onChange={(locale) => onChange({ locale })} options={supportedLocales.map((code) => ({ value: code, label: `${localeName(code)} (${code})` }))} hint="Labels and money format." />
        </div>
        <Field
          label="Trial days"
          type="number"
          inputMode="numeric"
          min={1}
          value={config.trialDays}
          onChange={(trialDays) => onChange({ trialDays })}
          errors={issues.at('subscriptionData.trialPeriodDays')}
          hint="Subscriptions only; leave empty for no trial."
        />
        <Checkbox label="Let the shopper edit quantities in the form" checked={config.allowQuantityEdit} onChange={(allowQuantityEdit) => onChange({ allowQuantityEdit })} hint="Applies to items with an adjustable quantity." />
        <FieldErrors id={undefined} errors={issues.at('allowPromotionCodes')} />
      </fieldset>

      <fieldset className="pg-group">
        <legend>Return URLs</legend>
        <Field label="Success URL" code value={config.successUrl} onChange={(successUrl) => onChange({ successUrl })} errors={issues.at('successUrl')} hint={<>Where the hosted page sends the shopper after paying. <code>{'{CHECKOUT_SESSION_ID}'}</code> is filled in with the session id.</>} />
        <Field label="Cancel URL" code value={config.cancelUrl} onChange={(cancelUrl) => onChange({ cancelUrl })} errors={issues.at('cancelUrl')} hint="Where the hosted page's Cancel button goes. Optional." />
      </fieldset>

      <fieldset className="pg-group">
        <legend>Backend</legend>
        <Field label="Endpoint" code value={config.endpoint} onChange={(endpoint) => onChange({ endpoint })} errors={issues.at('config.endpoint')} hint="Your route that creates the session. Here the built-in mock answers /checkout/session." />
        <Field label="Shopper access token" code value={config.accessToken} onChange={(accessToken) => onChange({ accessToken })} hint="Optional. Sent as Authorization: Bearer …; the inspector masks it. Never a secret sk_ key." />
      </fieldset>
    </section>
  );
}
