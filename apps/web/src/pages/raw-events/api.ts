/** Received webhooks' server state: the admin API under /api/raw-events, through the shared query cache. */
import type { RawEventDetail, RawEventSummary } from '@balie/contracts';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

export type { RawEventDetail, RawEventSummary };
export type RawEventStatus = RawEventSummary['status'];
export const rawEventStatuses = ['pending', 'processed', 'ignored', 'failed'] as const satisfies readonly RawEventStatus[];

interface RawEventPage {
  items: RawEventSummary[];
  nextCursor: string | null;
}

export const rawEventKeys = {
  all: ['raw-events'] as const,
  list: (status: RawEventStatus | '') => ['raw-events', 'list', status] as const,
  detail: (id: string) => ['raw-events', 'detail', id] as const,
};

const PAGE_SIZE = 50;

export function useRawEvents(status: RawEventStatus | '') {
  return useInfiniteQuery({
    queryKey: rawEventKeys.list(status),
    queryFn: ({ pageParam }) => api.get<RawEventPage>('/api/raw-events', { status, cursor: pageParam, limit: PAGE_SIZE }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** One event with its headers and body; while it waits for processing (after a replay), asked again each second. */
export function useRawEvent(id: string) {
  return useQuery({
    queryKey: rawEventKeys.detail(id),
    queryFn: () => api.get<RawEventDetail>(`/api/raw-events/${encodeURIComponent(id)}`),
    refetchInterval: (query) => (query.state.data?.status === 'pending' ? 1000 : false),
  });
}

/** Runs the event through processing again; the answer is the event, waiting again. */
export function useReplayRawEvent(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<RawEventDetail>(`/api/raw-events/${encodeURIComponent(id)}/replay`, {}),
    onSuccess: (event) => qc.setQueryData(rawEventKeys.detail(id), event),
    onSettled: () => qc.invalidateQueries({ queryKey: rawEventKeys.all }),
  });
}
