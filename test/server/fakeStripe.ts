import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';

export interface StripeCall {
  method: string;
  path: string;
  /** The form-encoded body as Stripe received it, in order. */
  params: [string, string][];
  idempotencyKey: string | undefined;
  authorization: string | undefined;
}

export interface FakeReply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** Answer this much later (a slow Stripe). */
  delayMs?: number;
}

/** A stand-in for api.stripe.com on 127.0.0.1: records what the real `stripe` client sends, answers what the test queues. */
export interface FakeStripe {
  calls: StripeCall[];
  /** Replies used in order; when none is queued, a created session. */
  replies: FakeReply[];
  stripe: Stripe;
  port: number;
  close(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;

export async function startFakeStripe(): Promise<FakeStripe> {
  const calls: StripeCall[] = [];
  const replies: FakeReply[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) req.destroy();
      else chunks.push(chunk);
    });
    req.on('end', () => {
      const header = (name: string) => (typeof req.headers[name] === 'string' ? (req.headers[name] as string) : undefined);
      calls.push({ method: req.method ?? '', path: req.url ?? '', params: [...new URLSearchParams(Buffer.concat(chunks).toString('utf8'))], idempotencyKey: header('idempotency-key'), authorization: header('authorization') });
      const reply = replies.shift() ?? { status: 200, body: { id: `cs_test_fake${calls.length}`, object: 'checkout.session', url: `https://checkout.stripe.com/c/pay/cs_test_fake${calls.length}` } };
      const answer = () => {
        if (!res.destroyed) res.writeHead(reply.status, { 'content-type': 'application/json', 'request-id': `req_fake${calls.length}`, ...reply.headers }).end(JSON.stringify(reply.body));
      };
      if (reply.delayMs) setTimeout(answer, reply.delayMs);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  // The real client, pointed at the fake: its own form encoding, headers and error classes are under test.
  const stripe = new Stripe('sk_test_fake_0123456789abcdef', { host: '127.0.0.1', port, protocol: 'http', maxNetworkRetries: 0, timeout: 10_000, telemetry: false });
  return {
    calls,
    replies,
    stripe,
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Error bodies as api.stripe.com sends them. */
export const stripeErrors = {
  noSuchPrice: { status: 400, body: { error: { code: 'resource_missing', doc_url: 'https://stripe.com/docs/error-codes/resource-missing', message: "No such price: 'price_mug'", param: 'line_items[0][price]', request_log_url: 'https://dashboard.stripe.com/test/logs/req_x', type: 'invalid_request_error' } } },
  badKey: { status: 401, body: { error: { message: 'Invalid API Key provided: sk_test_********************cdef', type: 'invalid_request_error' } } },
  restrictedKey: { status: 403, body: { error: { message: "The provided key 'rk_test_*********************abcd' does not have the required permissions for this endpoint on account 'acct_1'.", type: 'invalid_request_error' } } },
  rateLimited: { status: 429, body: { error: { code: 'rate_limit', message: 'Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.', type: 'invalid_request_error' } }, headers: { 'retry-after': '3' } },
  apiError: { status: 500, body: { error: { message: 'An unknown error occurred', type: 'api_error' } } },
  idempotency: { status: 400, body: { error: { message: 'Keys for idempotent requests can only be used with the same parameters they were first used with.', type: 'idempotency_error' } } },
} satisfies Record<string, FakeReply>;
