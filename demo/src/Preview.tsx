import { useMemo } from 'react';
import { CheckoutButton, CheckoutForm, CheckoutProvider, type CheckoutError, type ClientConfig } from 'checkout-widget';
import { faultChoice } from './faultChoices';
import { toLineItem, toParams, type PlaygroundConfig } from './playgroundConfig';
import { PreviewBoundary } from './PreviewBoundary';
import { requestLog } from './requestLog';

interface PreviewProps {
  config: PlaygroundConfig;
  /** config.fetch: records every request for the inspector (and, in the static build, answers in the page). */
  fetch: typeof fetch;
}

/** The real components, with the current settings; the fault and redirect switch only change how the backend and the page behave. */
export function Preview({ config, fetch }: PreviewProps) {
  const fault = faultChoice(config.fault);
  const clientConfig = useMemo<ClientConfig>(() => {
    const result: ClientConfig = { endpoint: config.endpoint, fetch };
    if (fault.key !== 'none') result.headers = { 'X-Mock-Fault': fault.spec };
    if (fault.timeoutMs) result.timeoutMs = fault.timeoutMs;
    if (config.accessToken) {
      const token = config.accessToken;
      result.getAccessToken = () => token;
    }
    return result;
  }, [config.endpoint, config.accessToken, fault, fetch]);

  const params = toParams(config);
  const lineItems = config.items.map(toLineItem);
  const trial = params.subscriptionData?.trialPeriodDays;
  const callbacks = (component: string) => ({
    onBeforeRedirect: (url: string) => {
      requestLog.addRedirect(url, config.followRedirect);
      return config.followRedirect ? undefined : false;
    },
    onError: (error: CheckoutError) => requestLog.addEvent(`${component} onError: ${error.kind}${error.status ? ` (${error.status})` : ''}`, error.message),
  });
  // The components follow prop changes themselves; the key only clears a render crash once settings change.
  const formKey = JSON.stringify({ lineItems, params, promotionCodes: config.promotionCodes, allowQuantityEdit: config.allowQuantityEdit, locale: config.locale });

  return (
    <section className="pg-panel" aria-labelledby="preview-heading">
      <h2 id="preview-heading">2. Preview</h2>
      <p className="pg-hint">The real components with your settings. Submitting creates a session on the built-in mock backend.</p>
      <CheckoutProvider config={clientConfig} locale={config.locale}>
        <div className="pg-preview" data-theme={config.theme}>
          <h3 className="pg-preview-title">
            <code>{'<CheckoutForm>'}</code>
          </h3>
          <PreviewBoundary resetKey={formKey}>
            <CheckoutForm
              lineItems={lineItems}
              successUrl={params.successUrl}
              cancelUrl={params.cancelUrl}
              mode={params.mode}
              paymentMethodTypes={params.paymentMethodTypes}
              promotionCodes={config.promotionCodes}
              allowQuantityEdit={config.allowQuantityEdit}
              currency={params.currency}
              trialPeriodDays={trial}
              {...callbacks('<CheckoutForm>')}
            />
          </PreviewBoundary>
          <h3 className="pg-preview-title">
            <code>{'<CheckoutButton>'}</code>
          </h3>
          <p className="pg-hint">One click, the same settings; promotion codes only when set to On.</p>
          <PreviewBoundary resetKey={formKey}>
            <CheckoutButton {...params} {...callbacks('<CheckoutButton>')}>
              Buy now
            </CheckoutButton>
          </PreviewBoundary>
        </div>
      </CheckoutProvider>
    </section>
  );
}
