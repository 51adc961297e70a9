import { randomId } from './randomId';
import type { CheckoutError } from './errors';

/** Stripe keeps an idempotency key for 24 hours; a key kept longer would only ever be refused. */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 60 * 60 * 1000;
const PREFIX = 'checkout-widget:key:';
/** Bound on stored keys, so a long shopping session cannot fill the tab's storage. */
const MAX_KEYS = 20;

interface StoredKey {
  key: string;
  expires: number;
}

// sessionStorage is per tab and survives a reload: click, reload, click is one purchase, one key.
// Where it is missing or refused (Node, a sandboxed frame, storage disabled), a page-lifetime map.
const memory = new Map<string, StoredKey>();

/**
 * The Idempotency-Key for a request with this exact body. The same body gets the same key for 24 h
 * (across retries, clicks, and reloads of the tab), so the backend answers a repeated request with the
 * session it already created instead of creating a second one. A different body (the shopper changed
 * the cart) gets its own key.
 */
export function idempotencyKeyFor(json: string, now = Date.now()): string {
  const id = PREFIX + hashText(json);
  const stored = read(id);
  if (stored && stored.expires > now) return stored.key;
  const fresh = { key: randomId(), expires: now + IDEMPOTENCY_KEY_TTL_MS };
  write(id, fresh, now);
  return fresh.key;
}

/**
 * How the request for this body ended. A definitive refusal (a 4xx, a setup mistake: `retryable`
 * false) drops the key: the same body would be refused again, and after the shop fixes the cause, a
 * new key lets it through. A session URL or an unknown outcome (network, timeout, 5xx) keeps it.
 */
export function settleIdempotencyKey(json: string, error: CheckoutError | null): void {
  if (error && !error.retryable) remove(PREFIX + hashText(json));
}

/** 53-bit string hash (cyrb53): the body itself (which may name a customer) is never stored. */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36) + text.length.toString(36);
}

function storage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined; // a sandboxed frame throws on access
  }
}

function read(id: string): StoredKey | undefined {
  const store = storage();
  if (!store) return memory.get(id);
  try {
    const parsed: unknown = JSON.parse(store.getItem(id) ?? 'null');
    const entry = parsed as StoredKey | null;
    return entry && typeof entry.key === 'string' && typeof entry.expires === 'number' ? entry : undefined;
  } catch {
    return memory.get(id);
  }
}

function write(id: string, entry: StoredKey, now: number): void {
  const store = storage();
  memory.set(id, entry);
  pruneMemory(now);
  if (!store) return;
  try {
    prune(store, now);
    store.setItem(id, JSON.stringify(entry));
  } catch {
    // quota or privacy mode: the in-memory copy still covers this page's life
  }
}

function remove(id: string): void {
  memory.delete(id);
  try {
    storage()?.removeItem(id);
  } catch {
    // nothing stored
  }
}

function pruneMemory(now: number): void {
  for (const [id, entry] of memory) if (entry.expires <= now || memory.size > MAX_KEYS) memory.delete(id);
}

function prune(store: Storage, now: number): void {
  const ours: { id: string; expires: number }[] = [];
  for (let i = 0; i < store.length; i++) {
    const id = store.key(i);
    if (!id?.startsWith(PREFIX)) continue;
    const entry = read(id);
    ours.push({ id, expires: entry?.expires ?? 0 });
  }
  ours.sort((a, b) => a.expires - b.expires);
  const excess = ours.length - (MAX_KEYS - 1);
  ours.forEach((entry, index) => {
    if (entry.expires <= now || index < excess) store.removeItem(entry.id);
  });
}
