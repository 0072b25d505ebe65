/**
 * When things happen. Customers write along a Dutch day (a morning peak, an evening peak, quiet
 * nights and weekends, one outage afternoon); the team works in shifts, so a message at 23:40 is
 * answered the next morning. That is what makes "waiting since" in the queue look real.
 */
import type { Rng } from './random';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const SPAN_DAYS = 30;

// Share of the day's messages per local hour: a peak around 9-11, a dip at lunch, a peak at 19-21.
const HOURLY = [0.8, 0.4, 0.25, 0.2, 0.2, 0.35, 1, 2.5, 4.5, 6, 6.2, 5.8, 5, 5.2, 5.3, 5.2, 5.4, 5.2, 5, 5.6, 6.2, 5.5, 3.8, 2];
// Monday is the busiest (the weekend's problems), the weekend quiet. Index: 0 = Sunday.
const WEEKDAY = [0.6, 1.25, 1.1, 1.05, 1, 0.95, 0.65];

const dutchClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  hour: 'numeric',
  weekday: 'short',
  hourCycle: 'h23',
});
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

const hourCache = new Map<number, { hour: number; weekday: number }>();

/**
 * Local (Amsterdam) hour, minute and weekday, whatever the server's time zone. Cached per hour:
 * Intl is slow and the offset is whole hours, so the minute is the UTC minute.
 */
export function dutchTime(at: number): { hour: number; minute: number; weekday: number } {
  const bucket = Math.floor(at / HOUR);
  let local = hourCache.get(bucket);
  if (!local) {
    const parts = dutchClock.formatToParts(bucket * HOUR);
    const get = (type: string) => parts.find((p) => p.type === type)!.value;
    local = { hour: Number(get('hour')), weekday: WEEKDAYS.indexOf(get('weekday')) };
    hourCache.set(bucket, local);
  }
  return { ...local, minute: Math.floor((at % HOUR) / MINUTE) };
}

/** The webcare team's shift: 8-22 on weekdays, 9-21 in the weekend. */
export function onShift(at: number): boolean {
  const { hour, weekday } = dutchTime(at);
  return weekday === 0 || weekday === 6 ? hour >= 9 && hour < 21 : hour >= 8 && hour < 22;
}

/** Draws conversation start times from the activity curve over the last 30 days. */
export class ActivityCurve {
  private readonly starts: number[] = [];
  private readonly cumulative: number[] = [];
  /** The afternoon of a big outage, about nine days ago: storing posts pile up then. */
  readonly outage: { from: number; to: number };

  constructor(readonly now: number) {
    const firstHour = Math.floor((now - SPAN_DAYS * DAY) / HOUR) * HOUR;
    const outageDay = now - 9 * DAY;
    this.outage = { from: outageDay - (dutchTime(outageDay).hour - 14) * HOUR, to: 0 };
    this.outage.to = this.outage.from + 5 * HOUR;
    let total = 0;
    for (let t = firstHour; t < now; t += HOUR) {
      const { hour, weekday } = dutchTime(t);
      const boost = this.inOutage(t) ? 4 : 1;
      // The current hour only counts for the part that has passed.
      const part = Math.min(1, (now - t) / HOUR);
      total += HOURLY[hour]! * WEEKDAY[weekday]! * boost * part;
      this.starts.push(t);
      this.cumulative.push(total);
    }
  }

  inOutage(at: number): boolean {
    return at >= this.outage.from && at < this.outage.to;
  }

  sample(rng: Rng): number {
    const target = rng.next() * this.cumulative.at(-1)!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    const start = this.starts[lo]!;
    return Math.min(start + rng.next() * HOUR, this.now - MINUTE);
  }
}

/** When the next shift starts after `at`, plus the time to work through the night's backlog. */
function nextShift(at: number, rng: Rng): number {
  let t = Math.ceil(at / (15 * MINUTE)) * 15 * MINUTE;
  while (!onShift(t)) t += 15 * MINUTE;
  return t + rng.logNormal(45 * MINUTE, 0.7);
}

/**
 * How long the customer waits for the team: often within the hour, sometimes half a day, longer
 * when the team is behind (`load` > 1) and always the next morning when nobody is on shift.
 */
export function agentReplyAt(after: number, rng: Rng, load: number): number {
  if (!onShift(after)) return nextShift(after, rng);
  const wait = Math.min(Math.max(rng.logNormal(50 * MINUTE * load, 1), 3 * MINUTE), 10 * HOUR);
  const at = after + wait;
  return onShift(at) ? at : nextShift(at, rng);
}

/** How long the customer takes to react: often quickly, sometimes the next day; rarely at night. */
export function customerReplyAt(after: number, rng: Rng): number {
  const at = after + Math.min(Math.max(rng.logNormal(25 * MINUTE, 1.3), MINUTE), 2 * DAY);
  const { hour } = dutchTime(at);
  if (hour >= 1 && hour < 7 && rng.chance(0.85)) return at + (7 - hour) * HOUR + rng.logNormal(60 * MINUTE, 0.6);
  return at;
}

/** A short burst: the customer sends a second message right after the first. */
export const burstAt = (after: number, rng: Rng) => after + rng.between(0.3, 6) * MINUTE;
