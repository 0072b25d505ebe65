import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { forgetSession } from '../api/session';
import type { Session } from '../api/types';
import { applyEvent } from './applyEvent';
import { RealtimeClient, type ConnectionState } from './client';

/**
 * Keeps one realtime connection open while signed in to an account and feeds its events into
 * the query cache. A new user or account means a new connection; other session changes do not.
 */
export function useRealtime(session: Session): ConnectionState {
  const qc = useQueryClient();
  const [state, setState] = useState<ConnectionState>('connecting');
  const sessionRef = useRef(session);
  useEffect(() => {
    sessionRef.current = session;
  }, [session]);
  const accountId = session.account.id;
  const userId = session.user.id;

  useEffect(() => {
    const client = new RealtimeClient({
      after: sessionRef.current.lastSeq,
      onEvent: (event) => applyEvent(qc, event, sessionRef.current),
      onState: setState,
      onUnauthenticated: () => forgetSession(qc),
    });
    client.start();
    return () => client.stop();
  }, [qc, accountId, userId]);

  return state;
}
