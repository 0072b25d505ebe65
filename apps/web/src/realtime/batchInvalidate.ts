/**
 * Invalidation in batches: a busy inbox sends many events a second, and refetching every queue
 * for each of them would keep the browser and the server busy for nothing. Keys asked for within
 * one window are invalidated together when it ends, so each list refetches at most ~4 times a second.
 */
import type { QueryClient, QueryKey } from '@tanstack/react-query';

export const BATCH_WINDOW_MS = 250;

interface Batch {
  keys: Map<string, QueryKey>;
  timer: ReturnType<typeof setTimeout> | null;
}

const batches = new WeakMap<QueryClient, Batch>();

export function invalidateSoon(qc: QueryClient, queryKey: QueryKey): void {
  let batch = batches.get(qc);
  if (!batch) {
    batch = { keys: new Map(), timer: null };
    batches.set(qc, batch);
  }
  batch.keys.set(JSON.stringify(queryKey), queryKey);
  if (batch.timer) return;
  const current = batch;
  current.timer = setTimeout(() => {
    const due = [...current.keys.values()];
    current.keys.clear();
    current.timer = null;
    for (const key of due) void qc.invalidateQueries({ queryKey: key });
  }, BATCH_WINDOW_MS);
}
