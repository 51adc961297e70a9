/** What the inspector shows about one request the widget sent. */
export interface LoggedRequest {
  kind: 'request';
  id: number;
  method: string;
  url: string;
  headers: [string, string][];
  body: string;
  startedAt: number;
  status?: number;
  statusText?: string;
  responseHeaders?: [string, string][];
  responseBody?: string;
  durationMs?: number;
  /** Set when no answer came: network failure, timeout (aborted). */
  failure?: string;
}

/** The hosted page URL the widget followed, or would have followed in preview mode. */
export interface LoggedRedirect {
  kind: 'redirect';
  id: number;
  url: string;
  followed: boolean;
  startedAt: number;
}

/** A line from the widget's own callbacks (onError), so the inspector tells the whole story. */
export interface LoggedEvent {
  kind: 'event';
  id: number;
  title: string;
  detail: string;
  startedAt: number;
}

export type LogEntry = LoggedRequest | LoggedRedirect | LoggedEvent;

let entries: LogEntry[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function publish(next: LogEntry[]): void {
  entries = next;
  for (const listener of listeners) listener();
}

export const requestLog = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getSnapshot: (): LogEntry[] => entries,
  clear: () => publish([]),
  addRedirect(url: string, followed: boolean): void {
    publish([...entries, { kind: 'redirect', id: nextId++, url, followed, startedAt: Date.now() }]);
  },
  /** Adds a callback line; one with the same title since the last request replaces the older one (typing fires many). */
  addEvent(title: string, detail: string): void {
    const lastTraffic = entries.reduce((last, entry, index) => (entry.kind === 'event' ? last : index), -1);
    const kept = entries.filter((entry, index) => !(entry.kind === 'event' && index > lastTraffic && entry.title === title));
    publish([...kept, { kind: 'event', id: nextId++, title, detail, startedAt: Date.now() }]);
  },
};

/** Authorization is shown as "Bearer abcd••••": enough to recognise the token, not enough to reuse it. */
export function maskHeader(name: string, value: string): string {
  if (name.toLowerCase() !== 'authorization') return value;
  return value.replace(/^(\w+\s+)?(.{0,4}).*$/s, (_, scheme: string | undefined, start: string) => `${scheme ?? ''}${start}••••`);
}

function update(id: number, patch: Partial<LoggedRequest>): void {
  publish(entries.map((entry) => (entry.id === id && entry.kind === 'request' ? { ...entry, ...patch } : entry)));
}

function describeFailure(error: unknown): string {
  if (error instanceof DOMException && error.name === 'AbortError') return 'Aborted by the widget (its timeout ran out, or the request was cancelled)';
  return `No answer: ${error instanceof Error ? error.message : String(error)} (network failure)`;
}

/**
 * A fetch for `config.fetch` that records every request and answer for the inspector, then hands
 * the untouched response back to the widget. Public API only: the widget cannot tell the difference.
 */
export function createRecordingFetch(inner: typeof fetch = (...args) => window.fetch(...args)): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const body = typeof init?.body === 'string' ? init.body : '';
    const id = nextId++;
    const startedAt = performance.now();
    const headers = [...request.headers].map(([name, value]): [string, string] => [name, maskHeader(name, value)]);
    publish([...entries, { kind: 'request', id, method: request.method, url: request.url, headers, body, startedAt: Date.now() }]);
    let response: Response;
    try {
      response = await inner(input, init);
    } catch (error) {
      update(id, { failure: describeFailure(error), durationMs: performance.now() - startedAt });
      throw error;
    }
    const copy = response.clone();
    void copy.text().then(
      (text) => update(id, { status: response.status, statusText: response.statusText, responseHeaders: [...response.headers], responseBody: text, durationMs: performance.now() - startedAt }),
      () => update(id, { status: response.status, responseBody: '(body could not be read)', durationMs: performance.now() - startedAt }),
    );
    return response;
  };
}
