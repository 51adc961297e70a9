/** A failure the mock can act out, for demos and tests. */
export interface MockFault {
  /** Wait this long before answering. */
  delayMs?: number;
  /** Answer with this status (with a Stripe-style error body). */
  status?: number;
  /** Seconds for the Retry-After header (default 1 with status 429). */
  retryAfter?: number;
  /** Error message in the body of a `status` fault. */
  message?: string;
  /** A 201 whose body is not JSON. */
  malformed?: boolean;
  /** A 201 without `url`. */
  noUrl?: boolean;
  /** A 201 whose url is `javascript:alert(1)`, or the given unsafe URL. */
  unsafeUrl?: boolean | string;
  /** An HTML error page (status 500 unless `status` is given). */
  html?: boolean;
  /** Close the connection without an answer. */
  drop?: boolean;
  /** Act out the fault only this many times per Idempotency-Key, then answer normally ("503 then 201"). */
  times?: number;
}

/**
 * Reads the compact form used in the `X-Mock-Fault` header and the `?fault=` query:
 * `status=503;times=1`, `delay=3000`, `status=429;retry-after=2`, `malformed`, `no-url`,
 * `unsafe-url`, `unsafe-url=data:text/html,x`, `html`, `drop`, `message=Card declined;status=402`.
 */
export function parseFault(spec: string | null | undefined): MockFault | undefined {
  if (!spec || spec.trim() === '' || spec.trim() === 'none') return undefined;
  const fault: MockFault = {};
  for (const part of spec.split(';')) {
    const [rawKey, ...rest] = part.split('=');
    const key = (rawKey ?? '').trim().toLowerCase();
    const value = rest.join('=').trim();
    const number = Number(value);
    switch (key) {
      case 'delay':
        fault.delayMs = number;
        break;
      case 'status':
        fault.status = number;
        break;
      case 'retry-after':
        fault.retryAfter = number;
        break;
      case 'times':
        fault.times = number;
        break;
      case 'message':
        fault.message = value;
        break;
      case 'malformed':
        fault.malformed = true;
        break;
      case 'no-url':
        fault.noUrl = true;
        break;
      case 'unsafe-url':
        fault.unsafeUrl = value === '' ? true : value;
        break;
      case 'html':
        fault.html = true;
        break;
      case 'drop':
        fault.drop = true;
        break;
      case 'timeout':
        fault.delayMs = value === '' ? 60000 : number;
        break;
      case '':
        break;
      default:
        throw new Error(`Unknown mock fault "${key}"`);
    }
  }
  return fault;
}

export const faultPresets: Record<string, string> = {
  none: 'none',
  slow: 'delay=3000',
  'bad-request': 'status=400;message=This price is no longer available',
  unauthorized: 'status=401;message=Your session has expired',
  'rate-limited': 'status=429;retry-after=1',
  'server-error': 'status=500',
  'unavailable-once': 'status=503;times=1',
  timeout: 'timeout=60000',
  malformed: 'malformed',
  'unsafe-url': 'unsafe-url',
  'network-down': 'drop',
};
