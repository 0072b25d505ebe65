import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { keys } from '../api/keys';
import type { DomainEvent, EventPage, Session } from '../api/types';
import { mergeEvents } from './mergeEvents';

const HISTORY = 50;

/**
 * The account's recent events, newest first. The query loads the last 50 once; after that the
 * realtime connection adds to the same cache entry (see applyEvent), so it never refetches.
 */
export function useActivityFeed(session: Session) {
  const qc = useQueryClient();
  const queryKey = keys.events(session.account.id);
  return useQuery({
    queryKey,
    queryFn: async () => {
      const page = await api.get<EventPage>('/api/events', { after: Math.max(0, session.lastSeq - HISTORY), limit: HISTORY });
      // Events may have arrived over the socket while this request ran; keep them.
      return mergeEvents(qc.getQueryData<DomainEvent[]>(queryKey) ?? [], page.items);
    },
    staleTime: Infinity,
    gcTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}
