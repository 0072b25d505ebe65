/** Where colleagues mentioned the signed-in user (`@Name` in an internal note): unread ones, and reading one. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { Mention } from './inboxTypes';
import { keys } from './keys';
import type { Ok } from './types';

export function useUnreadMentions() {
  return useQuery({
    queryKey: keys.mentions,
    queryFn: () => api.get<{ items: Mention[] }>('/api/mentions', { unread: 'true' }),
    select: (data) => data.items,
  });
}

/** Marks a mention read; it leaves the unread list at once. */
export function useMarkMentionRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<Ok>(`/api/mentions/${encodeURIComponent(id)}/read`, {}),
    onMutate: (id) => {
      qc.setQueryData<{ items: Mention[] }>(keys.mentions, (old) =>
        old ? { items: old.items.filter((m) => m.id !== id) } : old,
      );
    },
    onSettled: () => void qc.invalidateQueries({ queryKey: keys.mentions }),
  });
}
