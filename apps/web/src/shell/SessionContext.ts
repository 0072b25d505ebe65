import { createContext, useContext } from 'react';
import type { Session } from '../api/types';

/** The signed-in session, provided by the shell to every page below it. */
export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() is only available inside the signed-in shell');
  return session;
}
