/** Names for the ids a conversation carries: members, teams, labels and categories. */
import { useMemo } from 'react';
import { useCategories, useLabels, useTeams } from '../api/inboxQueries';
import type { Category, Label, Team } from '../api/inboxTypes';
import { useMembers } from '../api/queries';
import type { Member } from '../api/types';

export interface Lookups {
  members: readonly Member[];
  teams: readonly Team[];
  labels: readonly Label[];
  categories: readonly Category[];
  memberName: (id: string | null) => string | undefined;
  teamName: (id: string | null) => string | undefined;
  label: (id: string) => Label | undefined;
  categoryName: (id: string | null) => string | undefined;
}

const none: readonly never[] = [];

function byId<T>(items: readonly T[], id: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [id(item), item]));
}

export function useLookups(): Lookups {
  const members = useMembers().data?.items ?? none;
  const teams = useTeams().data ?? none;
  const labels = useLabels().data ?? none;
  const categories = useCategories().data ?? none;
  return useMemo(() => {
    const m = byId(members, (x) => x.userId);
    const tm = byId(teams, (x) => x.id);
    const l = byId(labels, (x) => x.id);
    const c = byId(categories, (x) => x.id);
    return {
      members,
      teams,
      labels,
      categories,
      memberName: (id) => (id ? m.get(id)?.name : undefined),
      teamName: (id) => (id ? tm.get(id)?.name : undefined),
      label: (id) => l.get(id),
      categoryName: (id) => (id ? c.get(id)?.name : undefined),
    };
  }, [members, teams, labels, categories]);
}
