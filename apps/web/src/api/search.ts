/** Searching messages, contacts and contact notes. */
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { SearchFilters, SearchResults } from './inboxTypes';
import { keys } from './keys';

const PAGE = 20;

/** A yyyy-mm-dd date from a date field as the start of that day in the agent's time zone. */
function dayStart(day: string, offsetDays = 0): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + offsetDays).toISOString();
}

export function useSearch(q: string, filters: SearchFilters) {
  return useInfiniteQuery({
    queryKey: keys.searchResults(q, filters),
    queryFn: ({ pageParam }) =>
      api.get<SearchResults>('/api/search', {
        q,
        channel: filters.channel,
        status: filters.status,
        visibility: filters.visibility,
        since: dayStart(filters.since),
        // Up to and including the chosen day.
        until: dayStart(filters.until, 1),
        cursor: pageParam,
        limit: PAGE,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: q.trim().length > 0,
  });
}

/** Contacts whose name or handle looks like `q` (typos allowed), for picking one. */
export function useContactSearch(q: string) {
  const query = q.trim();
  return useQuery({
    queryKey: keys.contactSearch(query),
    queryFn: () => api.get<SearchResults>('/api/search', { q: query, limit: 1 }),
    enabled: query.length >= 2,
    placeholderData: keepPreviousData,
    select: (data) => data.contacts,
  });
}
