// Browser side of the matrix: every surface page runs one driver, which reads the widget spec from the
// page URL (so a reload or a Back that misses the bfcache renders the same widget) and records what the
// widget reported in `window.__matrix`, the one place the tests read it from.

/** The widget as mount() options (JSON): `kind`, the checkout params, `label`, `config`… */
export interface WidgetSpec {
  kind: 'button' | 'form';
  label?: string;
  config?: Record<string, unknown>;
  /**
   * Options set from script with whatever type they carry, as untyped JavaScript would. The element
   * driver sets them through the `config` property instead of attributes or the JSON child.
   */
  scripted?: string[];
  [option: string]: unknown;
}

export interface RecordedError {
  kind: string;
  message: string;
  status?: number;
}

export interface MatrixApi {
  ready: boolean;
  errors: RecordedError[];
  redirects: string[];
  /** Set by a `pageshow` with persisted = true: this document came back from the back-forward cache. */
  restoredFromBfcache: boolean;
  update(partial: Partial<WidgetSpec>): void;
  /** Takes the widget out of the page the way an app would (unmount the component, remove the element). */
  remove(): void;
}

declare global {
  interface Window {
    __matrix?: MatrixApi;
  }
}

export function readSpec(): WidgetSpec {
  const raw = new URLSearchParams(location.search).get('spec');
  if (!raw) throw new Error('matrix page opened without ?spec=');
  return JSON.parse(raw) as WidgetSpec;
}

/** JSON cannot carry functions: `config.accessToken` stands for `getAccessToken: () => accessToken`. */
export function clientConfig(config: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!config || !('accessToken' in config)) return config;
  const { accessToken, ...rest } = config;
  return { ...rest, getAccessToken: () => accessToken };
}

/** The spec as mount() options (and, minus `kind`/`label`, as React props). */
export function widgetOptions(spec: Partial<WidgetSpec>): Record<string, unknown> {
  const { scripted: _scripted, ...options } = spec;
  return 'config' in options ? { ...options, config: clientConfig(options.config) } : options;
}

export function slot(): HTMLElement {
  const element = document.getElementById('slot');
  if (!element) throw new Error('matrix page has no #slot');
  return element;
}

/** Installs `window.__matrix`; `record` is the API a driver fills in. */
export function installApi(surface: Pick<MatrixApi, 'update' | 'remove'>): MatrixApi {
  const api: MatrixApi = { ready: false, errors: [], redirects: [], restoredFromBfcache: false, ...surface };
  window.__matrix = api;
  addEventListener('pageshow', (event) => {
    if (event.persisted) api.restoredFromBfcache = true;
  });
  return api;
}

/** The elements and mount() report through DOM events; record them as the React driver records its callbacks. */
export function recordDomEvents(api: MatrixApi): void {
  document.addEventListener('checkout:error', (event) => {
    const detail = (event as CustomEvent<RecordedError>).detail;
    api.errors.push({ kind: detail.kind, message: detail.message, status: detail.status });
  });
  document.addEventListener('checkout:redirect', (event) => {
    api.redirects.push((event as CustomEvent<{ url: string }>).detail.url);
  });
}
