/** Reading server state: one hook per list or record, all through the shared query cache. */
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from './client';
import { keys, type AuditFilters } from './keys';
import type { Account, ApiTokenList, AuditPage, JobPage, MemberList } from './types';

const PAGE_SIZE = 50;

export function useMembers(enabled = true) {
  return useQuery({ queryKey: keys.members, queryFn: () => api.get<MemberList>('/api/members'), enabled });
}

export function useTokens(enabled = true) {
  return useQuery({ queryKey: keys.tokens, queryFn: () => api.get<ApiTokenList>('/api/tokens'), enabled });
}

export function useAccount() {
  return useQuery({ queryKey: keys.account, queryFn: () => api.get<Account>('/api/account') });
}

export function useAuditLog(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: keys.auditFiltered(filters),
    queryFn: ({ pageParam }) =>
      api.get<AuditPage>('/api/audit', {
        action: filters.action.trim(),
        targetType: filters.targetType.trim(),
        cursor: pageParam,
        limit: PAGE_SIZE,
      }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useFailedJobs() {
  return useInfiniteQuery({
    queryKey: keys.failedJobs,
    queryFn: ({ pageParam }) => api.get<JobPage>('/api/jobs/failed', { cursor: pageParam, limit: PAGE_SIZE }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
