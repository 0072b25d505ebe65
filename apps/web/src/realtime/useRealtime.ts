import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { forgetSession } from '../api/session';
import type { Session } from '../api/types';
import { applyEvent } from './applyEvent';
import { RealtimeClient, type ConnectionState } from './client';
import { PresenceStore } from './presence';
import type { RealtimeHandle } from './RealtimeContext';

/**
 * Keeps one realtime connection open while signed in to an account and feeds its events into
 * the query cache and its presence messages into a presence store. A new user or account means a
 * new connection; other session changes do not.
 */
export function useRealtime(session: Session): [ConnectionState, RealtimeHandle] {
  const qc = useQueryClient();
  const [state, setState] = useState<ConnectionState>('connecting');
  const sessionRef = useRef(session);
  useEffect(() => {
    sessionRef.current = session;
  }, [session]);
  const accountId = session.account.id;
  const userId = session.user.id;
  const clientRef = useRef<RealtimeClient | null>(null);
  // Pages announce before this effect runs (children's effects run first): remember, then replay.
  const viewingRef = useRef<string | null>(null);
  const presence = useMemo(() => new PresenceStore(userId), [userId]);

  useEffect(() => {
    const client = new RealtimeClient({
      after: sessionRef.current.lastSeq,
      onEvent: (event) => applyEvent(qc, event, sessionRef.current),
      onPresence: (p) => {
        // Someone new in the conversation this tab shows: answer at once, so they see us now
        // rather than at our next 20-second repeat.
        if (presence.receive(p) && client.viewingId === p.conversationId) client.sendPresence(p.conversationId, 'viewing');
      },
      onState: setState,
      onUnauthenticated: () => forgetSession(qc),
    });
    clientRef.current = client;
    if (viewingRef.current) client.sendPresence(viewingRef.current, 'viewing');
    client.start();
    return () => {
      client.stop();
      clientRef.current = null;
      presence.stop();
    };
  }, [qc, accountId, userId, presence]);

  const handle = useMemo<RealtimeHandle>(
    () => ({
      presence,
      sendPresence: (conversationId, s) => {
        if (s !== 'left') viewingRef.current = conversationId;
        else if (viewingRef.current === conversationId) viewingRef.current = null;
        clientRef.current?.sendPresence(conversationId, s);
      },
    }),
    [presence],
  );
  return [state, handle];
}
