import type { DomainEvent } from '../api/types';

/** How many events the activity list keeps in memory; older ones fall off the end. */
export const MAX_EVENTS = 500;

/** Merges event lists into one, newest first, each sequence number once. */
export function mergeEvents(...lists: readonly (readonly DomainEvent[])[]): DomainEvent[] {
  const bySeq = new Map<number, DomainEvent>();
  for (const list of lists) for (const event of list) bySeq.set(event.seq, event);
  return [...bySeq.values()].sort((a, b) => b.seq - a.seq).slice(0, MAX_EVENTS);
}
