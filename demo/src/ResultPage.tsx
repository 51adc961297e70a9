import { SessionDetails } from './SessionDetails';
import { sessionIdFromUrl, useStoredSession } from './useStoredSession';

const texts = {
  success: {
    title: 'Payment complete',
    lede: 'The mock hosted page sent the shopper here, to your success URL, with the session id filled in. In a real shop, this page confirms the order (check the session on your server first).',
  },
  cancel: {
    title: 'Checkout cancelled',
    lede: 'The shopper pressed Cancel on the hosted page and came back to your cancel URL. Nothing was paid; the cart is still there.',
  },
};

/** The demo's success and cancel pages: what happened and what the backend stored. */
export function ResultPage({ outcome }: { outcome: 'success' | 'cancel' }) {
  const id = sessionIdFromUrl();
  const result = useStoredSession(id, outcome === 'cancel' ? 'latest-canceled' : 'none');
  const text = texts[outcome];
  return (
    <main className="pg-page">
      <header className="pg-header pg-header-narrow">
        <div>
          <p className="pg-eyebrow">checkout-widget demo · {outcome === 'success' ? 'success URL' : 'cancel URL'}</p>
          <h1>{text.title}</h1>
          <p className="pg-lede">{text.lede}</p>
        </div>
      </header>
      {result.state === 'loading' ? (
        <p role="status">Loading the session from the mock backend…</p>
      ) : result.state === 'found' ? (
        <SessionDetails session={result.session} source={result.source} />
      ) : (
        <p className="pg-banner" role="status">
          {result.reason}
        </p>
      )}
      <p>
        <a className="pg-button pg-button-link" href="/">
          Back to the playground
        </a>
      </p>
    </main>
  );
}
