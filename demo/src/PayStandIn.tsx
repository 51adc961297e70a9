import { useState } from 'react';
import { callInPageMock, findStaticSession } from './staticMock';
import { sessionIdFromUrl } from './useStoredSession';

const methodNames: Record<string, string> = { card: 'Card', paypal: 'PayPal', customer_balance: 'Bank transfer (customer balance)' };

/**
 * The static build's stand-in for the mock hosted page (/pay/:id needs a server). Same content and
 * the same two buttons; they ask the in-page mock, which answers with the success or cancel URL.
 */
export function PayStandIn() {
  const id = sessionIdFromUrl() ?? '';
  const session = findStaticSession(id);
  const [busy, setBusy] = useState(false);
  const finish = async (action: 'complete' | 'cancel') => {
    setBusy(true);
    const response = await callInPageMock(new Request(new URL(`/pay/${encodeURIComponent(id)}/${action}`, location.href), { method: 'POST' }));
    location.assign(new URL(response.headers.get('location') ?? '/', location.href).href);
  };
  return (
    <main className="pg-page pg-pay">
      <p className="pg-banner" role="note">
        Static build: this page stands in for the mock hosted checkout page, which needs the dev server (<code>npm run demo</code>). No real payment is taken.
      </p>
      {session ? (
        <section className="pg-panel" aria-labelledby="pay-heading">
          <h1 id="pay-heading">Pay for your order</h1>
          <p>
            Session <code id="session-id">{session.id}</code> · mode <strong>{session.request.mode}</strong>
            {session.request.currency ? ` · ${session.request.currency.toUpperCase()}` : ''}
          </p>
          <h2>Items</h2>
          <ul>
            {session.request.line_items.map((item, index) => (
              <li key={index}>
                <code>{item.price}</code> × {item.quantity ?? 1}
                {item.adjustable_quantity?.enabled ? ' (adjustable)' : ''}
              </li>
            ))}
          </ul>
          <p>Payment methods: {(session.request.payment_method_types ?? ['card']).map((method) => methodNames[method] ?? method).join(', ')}</p>
          {session.request.subscription_data.trial_period_days ? <p>Free trial: {session.request.subscription_data.trial_period_days} days</p> : null}
          {session.request.allow_promotion_codes ? (
            <p className="pg-field">
              <label htmlFor="promotion-code">Promotion code</label>
              <input id="promotion-code" autoComplete="off" />
            </p>
          ) : null}
          <div className="pg-row">
            <button type="button" className="pg-button pg-button-primary" disabled={busy} onClick={() => void finish('complete')}>
              Pay
            </button>
            <button type="button" className="pg-button" disabled={busy} onClick={() => void finish('cancel')}>
              Cancel
            </button>
          </div>
        </section>
      ) : (
        <p role="alert">No session {id ? <code>{id}</code> : null} in this tab. Start a checkout from the playground first.</p>
      )}
      <p>
        <a href="/">Back to the playground</a>
      </p>
    </main>
  );
}
