import type { StoredSession } from 'checkout-widget/mock';

/** What the mock backend stored for a session: id, status, the request body exactly as received, headers. */
export function SessionDetails({ session, source }: { session: StoredSession; source: string }) {
  return (
    <section className="pg-panel" aria-labelledby="session-heading">
      <h2 id="session-heading">Session</h2>
      <dl className="pg-facts">
        <div>
          <dt>Session id</dt>
          <dd>
            <code data-testid="session-id">{session.id}</code>
          </dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd data-testid="session-status">{session.status}</dd>
        </div>
        <div>
          <dt>Created</dt>
          <dd>{new Date(session.createdAt).toLocaleString()}</dd>
        </div>
        <div>
          <dt>Idempotency-Key</dt>
          <dd>
            <code>{session.idempotencyKey ?? '(none)'}</code>
          </dd>
        </div>
      </dl>
      <h3>Stored request body</h3>
      <p className="pg-hint">Exactly what your backend received, from {source}.</p>
      <pre className="pg-code" data-testid="stored-request" tabIndex={0}>
        {JSON.stringify(session.request, null, 2)}
      </pre>
      <h3>Request headers</h3>
      <pre className="pg-code" tabIndex={0}>
        {JSON.stringify(session.headers, null, 2)}
      </pre>
    </section>
  );
}
