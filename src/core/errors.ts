/** Every way a checkout can fail. Derive narrower types from this union instead of repeating literals. */
export const checkoutErrorKinds = [
  'validation',
  'http',
  'network',
  'timeout',
  'aborted',
  'response',
  'redirect',
] as const;
export type CheckoutErrorKind = (typeof checkoutErrorKinds)[number];

/** One problem found in params or a request body. `path` uses the prop names (camelCase) or wire names (snake_case) of the layer that found it. */
export interface CheckoutIssue {
  path: string;
  message: string;
}

export interface CheckoutErrorOptions {
  status?: number;
  requestId?: string;
  issues?: CheckoutIssue[];
  retryable?: boolean;
  code?: string;
  /** The server's own message, safe to show as text to the shopper. */
  serverMessage?: string;
  cause?: unknown;
}

/**
 * The one error type of the widget. Failures a shopper can meet (network, HTTP, timeout, unsafe URL)
 * arrive as a CheckoutError in state and callbacks; only misuse by the integrating developer throws.
 */
export class CheckoutError extends Error {
  override name = 'CheckoutError';
  // `declare`: set once, in the constructor, in this order (no field initialisers to emit, and in the
  // ES2020 script-tag build no assignment of undefined first).
  declare readonly kind: CheckoutErrorKind;
  declare readonly status?: number;
  declare readonly requestId?: string;
  declare readonly issues?: CheckoutIssue[];
  /** True when the same request may succeed if the shopper tries again. */
  declare readonly retryable: boolean;
  declare readonly code?: string;
  declare readonly serverMessage?: string;

  constructor(kind: CheckoutErrorKind, message: string, options: CheckoutErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.status = options.status;
    this.requestId = options.requestId;
    this.issues = options.issues;
    this.retryable = options.retryable ?? (kind === 'network' || kind === 'timeout');
    this.code = options.code;
    this.serverMessage = options.serverMessage;
  }
}

export function isCheckoutError(error: unknown): error is CheckoutError {
  return error instanceof CheckoutError || (typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'CheckoutError' && typeof (error as { kind?: unknown }).kind === 'string');
}

/**
 * Builds a validation error (toRequestBody's, a component's, an element's): the message lists every
 * issue under `subject`, so a console log is enough to fix it.
 */
export function validationError(issues: CheckoutIssue[], subject = 'Invalid checkout params'): CheckoutError {
  const lines = issues.map((issue) => `  - ${issue.path || '(root)'}: ${issue.message}`);
  return new CheckoutError('validation', `${subject}:\n${lines.join('\n')}`, { issues, retryable: false });
}

/** The request was cancelled (the component unmounted, the page went back, the caller's signal fired). */
export function abortedError(cause?: unknown): CheckoutError {
  return new CheckoutError('aborted', 'The checkout request was cancelled', { retryable: true, cause });
}

/** Plain-data view of an error, for events, logs and postMessage (Error objects do not serialise). */
export function describeError(error: CheckoutError): {
  kind: CheckoutErrorKind;
  message: string;
  status?: number;
  requestId?: string;
  issues?: CheckoutIssue[];
} {
  return { kind: error.kind, message: error.message, status: error.status, requestId: error.requestId, issues: error.issues };
}

/**
 * Which props a setup error is about. A developer error is reported (onError, checkout:error, the
 * console) once per distinct set of bad props: typing a URL into a prop one key at a time reports once,
 * not once per keystroke, while the message in place always shows the current problem.
 */
export function setupErrorKey(issues: readonly CheckoutIssue[] = []): string {
  return [...new Set(issues.map((issue) => issue.path))].sort().join('\n');
}
