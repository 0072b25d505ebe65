/** The queue's filters as the API's query parameters: a period becomes the `since` of the start. */
import type { QueueFilters, QueuePeriod } from './inboxTypes';

const DAYS_BACK: Record<QueuePeriod, number> = { today: 0, '7d': 6, '30d': 29 };

/** Where a period begins: the start of today, or of the day 6 or 29 days before, in the agent's time zone. */
export function periodStart(period: QueuePeriod, now: Date = new Date()): string {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() - DAYS_BACK[period]).toISOString();
}

export function queueParams(filters: QueueFilters): Record<string, string | undefined> {
  const { period, ...rest } = filters;
  return { ...rest, since: period ? periodStart(period) : undefined };
}
