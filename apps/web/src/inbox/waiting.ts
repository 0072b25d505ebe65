/** How long a customer has waited, split into the units the queue shows ("2 u 5 min", "3 d 4 u"). */
export type Wait =
  | { unit: 'lessThanMinute' }
  | { unit: 'minutes'; m: number }
  | { unit: 'hours'; h: number; m: number }
  | { unit: 'days'; d: number; h: number };

const MINUTE = 60_000;

export function splitWait(since: string, now: number): Wait | null {
  const start = Date.parse(since);
  if (Number.isNaN(start)) return null;
  const minutes = Math.floor(Math.max(0, now - start) / MINUTE);
  if (minutes < 1) return { unit: 'lessThanMinute' };
  if (minutes < 60) return { unit: 'minutes', m: minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return { unit: 'hours', h: hours, m: minutes % 60 };
  return { unit: 'days', d: Math.floor(hours / 24), h: hours % 24 };
}
