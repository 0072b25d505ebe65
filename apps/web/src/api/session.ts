/**
 * Who is signed in. The session lives in the query cache under `keys.session`: a Session when
 * signed in, null when not. Signing in, out or switching account only ever rewrites that entry.
 */
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { ApiError, api, setCsrfToken } from './client';
import { accountIndependent, keys } from './keys';
import type { Ok, Session, SetupStatus } from './types';

async function fetchSession(): Promise<Session | null> {
  try {
    const session = await api.get<Session>('/api/session');
    setCsrfToken(session.csrfToken);
    return session;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw err;
  }
}

export function useSessionQuery() {
  return useQuery({ queryKey: keys.session, queryFn: fetchSession, staleTime: 60_000 });
}

export function useSetupStatus(enabled: boolean) {
  return useQuery({
    queryKey: keys.setup,
    queryFn: () => api.get<SetupStatus>('/api/setup'),
    enabled,
    staleTime: Infinity,
  });
}

/** Stores a session the server just handed out (after setup, login or an account switch). */
export function acceptSession(qc: QueryClient, session: Session): void {
  setCsrfToken(session.csrfToken);
  qc.setQueryData(keys.session, session);
}

/** Forgets everything cached for the signed-in user and shows the login page. */
export function forgetSession(qc: QueryClient): void {
  setCsrfToken(null);
  qc.removeQueries({ predicate: (q) => !accountIndependent.has(q.queryKey[0]) });
  qc.setQueryData<Session | null>(keys.session, null);
}

/** Signs out here or on every device; only forgets the session locally once the server agrees. */
export async function signOut(qc: QueryClient, everywhere: boolean): Promise<void> {
  try {
    await api.post<Ok>(everywhere ? '/api/auth/logout-all' : '/api/auth/logout');
  } catch (err) {
    if (!(err instanceof ApiError && err.status === 401)) throw err;
  }
  forgetSession(qc);
}

export async function switchAccount(qc: QueryClient, accountId: string): Promise<void> {
  const session = await api.post<Session>('/api/session/account', { accountId });
  qc.removeQueries({ predicate: (q) => !accountIndependent.has(q.queryKey[0]) });
  acceptSession(qc, session);
}
