import { faultPresets } from 'checkout-widget/mock';

/** One failure the fault simulator can act out, with what the shop developer should see happen. */
export interface FaultChoice {
  key: string;
  label: string;
  /** Value of the X-Mock-Fault request header (the mock backend's fault language). */
  spec: string;
  /** What the widget does, in words a shop developer reads without code. */
  expect: string;
  /** A short per-attempt timeout, so the shopper-visible timeout happens in seconds. */
  timeoutMs?: number;
}

const preset = (key: string): string => {
  const spec = faultPresets[key];
  if (spec === undefined) throw new Error(`faultPresets has no "${key}"`);
  return spec;
};

export const TIMEOUT_DEMO_MS = 5000;

export const faultChoices: FaultChoice[] = [
  { key: 'none', label: 'None', spec: preset('none'), expect: 'The session is created (201) and the shopper goes to the hosted payment page.' },
  { key: 'slow', label: 'Slow server (3 s)', spec: preset('slow'), expect: 'The button shows its busy state for 3 seconds, then the redirect happens.' },
  { key: 'bad-request', label: '400 with a message', spec: preset('bad-request'), expect: "The server's own message is shown. Not retried: the same request would fail again." },
  { key: 'unauthorized', label: '401 Unauthorized', spec: preset('unauthorized'), expect: 'A "sign in again" message; not retried.' },
  { key: 'rate-limited', label: '429 with Retry-After', spec: preset('rate-limited'), expect: 'Retried twice, waiting the 1 s the server asks for, with the same Idempotency-Key; then a "too many attempts" message.' },
  { key: 'server-error', label: '500 Internal Server Error', spec: preset('server-error'), expect: 'A "server had a problem" message with a Try again button; 500 is not retried automatically.' },
  { key: 'unavailable-once', label: '503, then success', spec: preset('unavailable-once'), expect: 'The first attempt gets 503, the automatic retry (same Idempotency-Key) gets 201; the shopper only sees a short wait.' },
  { key: 'timeout', label: 'Timeout', spec: preset('timeout'), timeoutMs: TIMEOUT_DEMO_MS, expect: `The server never answers; after ${TIMEOUT_DEMO_MS / 1000} s (config.timeoutMs, 15 s by default) the shopper sees a timeout message.` },
  { key: 'malformed', label: 'Malformed JSON', spec: preset('malformed'), expect: 'A 201 whose body is not JSON: an error message, nothing is navigated.' },
  { key: 'unsafe-url', label: 'Unsafe redirect URL', spec: preset('unsafe-url'), expect: 'The server answers url "javascript:alert(1)": the widget refuses to open it and shows an error.' },
  { key: 'network-down', label: 'Network down', spec: preset('network-down'), expect: 'The connection drops: retried twice with backoff, then a "could not reach the server" message.' },
];

export function faultChoice(key: string): FaultChoice {
  return faultChoices.find((choice) => choice.key === key) ?? faultChoices[0]!;
}
