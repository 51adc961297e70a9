import { useEffect, useState } from 'react';
import type { StoredSession } from 'checkout-widget/mock';
import { callInPageMock, findStaticSession, isStaticMode } from './staticMock';

export type StoredSessionState =
  | { state: 'loading' }
  | { state: 'found'; session: StoredSession; source: string }
  | { state: 'missing'; reason: string };

/** The session id the hosted page put in the URL: `session_id`, or any parameter holding a `cs_…` id. */
export function sessionIdFromUrl(): string | undefined {
  const params = new URLSearchParams(location.search);
  const named = params.get('session_id') ?? params.get('session');
  if (named) return named;
  for (const value of params.values()) if (/^cs_[\w-]+$/.test(value)) return value;
  return undefined;
}

const IN_PAGE = 'the in-page mock (static build)';

async function fromInPageMock(path: string): Promise<{ ok: boolean; json: unknown }> {
  const response = await callInPageMock(new Request(new URL(path, location.href)));
  return { ok: response.ok, json: await response.json() };
}

async function fromServer(path: string): Promise<{ ok: boolean; json: unknown }> {
  if (isStaticMode()) return { ok: false, json: null }; // no server behind a static build
  const response = await fetch(new URL(path, location.href), { headers: { accept: 'application/json' } });
  return { ok: response.ok, json: await response.json().catch(() => null) };
}

const sessionsIn = (json: unknown) => (json as { data?: StoredSession[] } | null)?.data ?? [];

/**
 * The stored request of a session: by id when the URL has one (success page), else the latest
 * canceled one (the cancel URL usually carries no id).
 */
export function useStoredSession(id: string | undefined, fallback: 'latest-canceled' | 'none'): StoredSessionState {
  const [result, setResult] = useState<StoredSessionState>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    const load = async (): Promise<StoredSessionState> => {
      // A session made by the in-page mock (static build, or ?static) is in this tab; any other is on the dev server.
      if (id) {
        const path = `/checkout/session/${encodeURIComponent(id)}`;
        if (findStaticSession(id)) return { state: 'found', session: (await fromInPageMock(path)).json as StoredSession, source: IN_PAGE };
        const { ok, json } = await fromServer(path);
        return ok ? { state: 'found', session: json as StoredSession, source: `GET ${path}` } : { state: 'missing', reason: `The mock backend has no session ${id} (it forgets them when the dev server restarts).` };
      }
      if (fallback === 'none') return { state: 'missing', reason: 'The URL carries no session id: put {CHECKOUT_SESSION_ID} in the success URL.' };
      const [inPage, server] = await Promise.all([fromInPageMock('/checkout/sessions'), fromServer('/checkout/sessions')]);
      const candidates = [
        ...sessionsIn(inPage.json).map((session) => ({ session, source: IN_PAGE })),
        ...sessionsIn(server.json).map((session) => ({ session, source: 'GET /checkout/sessions' })),
      ].filter(({ session }) => session.status === 'canceled');
      const latest = candidates.sort((a, b) => a.session.createdAt.localeCompare(b.session.createdAt)).pop();
      return latest ? { state: 'found', ...latest } : { state: 'missing', reason: 'No canceled session found in the mock backend.' };
    };
    load().then(
      (next) => live && setResult(next),
      (error: unknown) => live && setResult({ state: 'missing', reason: `Could not ask the mock backend: ${error instanceof Error ? error.message : String(error)}` }),
    );
    return () => {
      live = false;
    };
  }, [id, fallback]);
  return result;
}
