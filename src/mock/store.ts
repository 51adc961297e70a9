import type { CheckoutSessionRequest } from '../core/wire';

export interface StoredSession {
  id: string;
  status: 'open' | 'paid' | 'canceled';
  createdAt: string;
  /** The request body exactly as received (after validation). */
  request: CheckoutSessionRequest;
  /** The request headers that matter for inspection; Authorization is masked. */
  headers: Record<string, string>;
  idempotencyKey?: string;
  url: string;
}

/** In-memory sessions of one handler; also counts fault attempts per Idempotency-Key. */
export class SessionStore {
  readonly sessions = new Map<string, StoredSession>();
  private readonly byIdempotencyKey = new Map<string, string>();
  private readonly faultCounts = new Map<string, number>();
  private counter = 0;

  nextId(): string {
    this.counter += 1;
    const random = Math.random().toString(36).slice(2, 10);
    return `cs_test_${this.counter.toString(36)}${random}`;
  }

  add(session: StoredSession): void {
    this.sessions.set(session.id, session);
    if (session.idempotencyKey) this.byIdempotencyKey.set(session.idempotencyKey, session.id);
  }

  findByIdempotencyKey(key: string | null): StoredSession | undefined {
    const id = key ? this.byIdempotencyKey.get(key) : undefined;
    return id ? this.sessions.get(id) : undefined;
  }

  /** Counts one more fault for this key and says whether it is still within `times`. */
  takeFault(key: string, times: number | undefined): boolean {
    if (times === undefined) return true;
    const used = this.faultCounts.get(key) ?? 0;
    if (used >= times) return false;
    this.faultCounts.set(key, used + 1);
    return true;
  }

  list(): StoredSession[] {
    return [...this.sessions.values()];
  }

  reset(): void {
    this.sessions.clear();
    this.byIdempotencyKey.clear();
    this.faultCounts.clear();
  }
}
