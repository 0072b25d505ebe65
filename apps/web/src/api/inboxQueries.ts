/** Reading the inbox: the queue (paged), the tab counts, one conversation, and the lookup lists. */
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from './client';
import type {
  Category,
  ChannelConnection,
  ConversationDetail,
  Label,
  QueueFilters,
  QueuePage,
  QueueTab,
  TabCounts,
  Team,
} from './inboxTypes';
import { keys } from './keys';
import { queueParams } from './queueParams';

const QUEUE_PAGE = 50;
/** Labels, categories and teams change rarely and have no events of their own. */
const LOOKUP_STALE_MS = 5 * 60_000;

export function useQueue(tab: QueueTab, filters: QueueFilters) {
  return useInfiniteQuery({
    queryKey: keys.queue(tab, filters),
    queryFn: ({ pageParam }) =>
      api.get<QueuePage>('/api/conversations', { tab, ...queueParams(filters), cursor: pageParam, limit: QUEUE_PAGE }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useTabCounts(filters: QueueFilters) {
  return useQuery({
    queryKey: keys.tabCounts(filters),
    queryFn: () => api.get<TabCounts>('/api/conversations/counts', queueParams(filters)),
  });
}

export function useConversation(id: string | null) {
  return useQuery({
    queryKey: keys.conversation(id ?? ''),
    queryFn: () => api.get<ConversationDetail>(`/api/conversations/${encodeURIComponent(id ?? '')}`),
    enabled: id !== null,
  });
}

function useLookup<T>(queryKey: readonly string[], path: string) {
  return useQuery({
    queryKey,
    queryFn: () => api.get<{ items: T[] }>(path),
    staleTime: LOOKUP_STALE_MS,
    select: (data) => data.items,
  });
}

export const useLabels = () => useLookup<Label>(keys.labels, '/api/labels');
export const useCategories = () => useLookup<Category>(keys.categories, '/api/categories');
export const useTeams = () => useLookup<Team>(keys.teams, '/api/teams');
export const useConnections = () => useLookup<ChannelConnection>(keys.connections, '/api/connections');
