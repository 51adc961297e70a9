import type { LogEntry, LoggedRequest } from './requestLog';

const statusTexts: Record<number, string> = { 200: 'OK', 201: 'Created', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 409: 'Conflict', 429: 'Too Many Requests', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout' };

/** JSON shown indented; anything else (a malformed body on purpose) exactly as it came. */
function pretty(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

const time = (at: number) => new Date(at).toLocaleTimeString(undefined, { hour12: false });

function statusClass(entry: LoggedRequest): string {
  if (entry.failure) return 'pg-badge pg-badge-error';
  if (entry.status === undefined) return 'pg-badge pg-badge-pending';
  return entry.status < 400 ? 'pg-badge pg-badge-ok' : 'pg-badge pg-badge-error';
}

function RequestEntry({ entry }: { entry: LoggedRequest }) {
  const path = new URL(entry.url).pathname;
  const status = entry.failure ? 'no answer' : entry.status === undefined ? 'waiting…' : `${entry.status} ${entry.statusText || statusTexts[entry.status] || ''}`.trim();
  const duration = entry.durationMs === undefined ? '' : `${Math.round(entry.durationMs)} ms`;
  return (
    <li className="pg-log-entry" data-testid="inspector-request">
      <h3 className="pg-log-title">
        <span className="pg-method">{entry.method}</span> <code>{path}</code> <span className={statusClass(entry)}>{status}</span>
        {duration ? <span className="pg-duration"> · {duration}</span> : null}
      </h3>
      <p className="pg-log-meta">
        Sent at {time(entry.startedAt)} to <code>{entry.url}</code>
      </p>
      <details>
        <summary>Request headers</summary>
        <table className="pg-headers">
          <caption className="pg-visually-hidden">Request headers</caption>
          <tbody>
            {entry.headers.map(([name, value]) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td>
                  <code>{value}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <details open>
        <summary>
          Request body ({new TextEncoder().encode(entry.body).length} bytes of JSON, shown indented)
        </summary>
        <pre className="pg-code" data-testid="inspector-request-body" tabIndex={0}>
          {pretty(entry.body)}
        </pre>
      </details>
      {entry.failure ? (
        <p className="pg-log-failure">{entry.failure}</p>
      ) : entry.responseBody !== undefined ? (
        <details open>
          <summary>Response body</summary>
          <pre className="pg-code" data-testid="inspector-response-body" tabIndex={0}>
            {pretty(entry.responseBody) || '(empty)'}
          </pre>
        </details>
      ) : null}
    </li>
  );
}

export function InspectorEntry({ entry }: { entry: LogEntry }) {
  if (entry.kind === 'request') return <RequestEntry entry={entry} />;
  if (entry.kind === 'event') {
    return (
      <li className="pg-log-entry pg-log-event" data-testid="inspector-event">
        <h3 className="pg-log-title">{entry.title}</h3>
        <p className="pg-log-detail">{entry.detail}</p>
      </li>
    );
  }
  return (
    <li className="pg-log-entry pg-log-redirect" data-testid="inspector-redirect">
      <h3 className="pg-log-title">{entry.followed ? 'Redirect followed' : 'Redirect not followed (preview mode)'}</h3>
      <p className="pg-log-detail">
        {entry.followed ? 'The browser goes to ' : 'The widget would send the shopper to '}
        <a href={entry.url} data-testid="inspector-redirect-url">
          {entry.url}
        </a>
      </p>
    </li>
  );
}
