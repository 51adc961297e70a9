import { useSyncExternalStore } from 'react';
import { InspectorEntry } from './InspectorEntry';
import { requestLog, type LogEntry } from './requestLog';

/** Everything the widget sent and got back, newest first. */
export function Inspector() {
  const entries = useSyncExternalStore(requestLog.subscribe, requestLog.getSnapshot);
  const latest = entries[entries.length - 1];
  return (
    <section className="pg-panel" aria-labelledby="inspector-heading">
      <div className="pg-panel-header">
        <h2 id="inspector-heading">3. Inspect</h2>
        <button type="button" className="pg-button pg-button-quiet" onClick={requestLog.clear} disabled={entries.length === 0}>
          Clear
        </button>
      </div>
      <p className="pg-hint">Each request the widget sends (recorded through <code>config.fetch</code>), the answer, and the redirect it follows.</p>
      <p className="pg-visually-hidden" role="status">
        {latest ? summary(latest) : ''}
      </p>
      {entries.length === 0 ? (
        <p className="pg-empty">Nothing sent yet. Submit the form or press the button in the preview.</p>
      ) : (
        <ol className="pg-log" reversed>
          {[...entries].reverse().map((entry) => (
            <InspectorEntry key={entry.id} entry={entry} />
          ))}
        </ol>
      )}
    </section>
  );
}

function summary(entry: LogEntry): string {
  if (entry.kind === 'redirect') return entry.followed ? 'Redirecting to the hosted page' : 'Preview mode: redirect not followed';
  if (entry.kind === 'event') return entry.title;
  if (entry.failure) return 'Request failed without an answer';
  return entry.status === undefined ? 'Request sent, waiting for the answer' : `Answer: ${entry.status}`;
}
