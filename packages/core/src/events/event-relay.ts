import type { EventType } from '@balie/contracts';
import { sql, type Database, type Db } from '@balie/db';
import { enqueueJob } from '../jobs/enqueue-job';
import { EVENTS_CHANNEL } from './emit-event';
import { arrayLiteral } from '../db-util';

/** Which job queues hear which domain events. */
export type EventListeners = Partial<Record<EventType, string[]>>;

/**
 * For a queue that only some accounts need (webhook fan-out: accounts with subscriptions), which
 * of these accounts want which event types, as `${accountId} ${type}` keys. Asked once per batch,
 * it spares a job per event for every other account.
 */
export type ListenerFilter = (db: Db, accountIds: readonly string[]) => Promise<ReadonlySet<string>>;
export type ListenerFilters = Partial<Record<string, ListenerFilter>>;

export interface RelayedEventPayload {
  eventId: number;
  seq: number;
  type: EventType;
  payload: unknown;
}

const BATCH = 200;

/**
 * Delivers outbox events to their job listeners: in one transaction it claims undelivered events
 * (SKIP LOCKED, so several processes share the work), enqueues one job per listener (deduplicated
 * on the event id; a filtered listener only for the accounts that want it) and marks the events
 * delivered. A crash before commit leaves them undelivered.
 */
export class EventRelay {
  private timer: NodeJS.Timeout | undefined;
  private unlisten: (() => Promise<void>) | undefined;
  private busy: Promise<void> | undefined;
  private again = false;
  private running = false;

  constructor(
    private readonly database: Database,
    private readonly listeners: EventListeners,
    private readonly pollMs = 1000,
    private readonly onError: (err: unknown) => void = () => undefined,
    private readonly filters: ListenerFilters = {},
  ) {}

  async start(): Promise<void> {
    this.running = true;
    this.unlisten = await this.database.listen(EVENTS_CHANNEL, () => this.wake());
    const tick = () => {
      this.wake();
      this.timer = setTimeout(tick, this.pollMs);
      this.timer.unref();
    };
    tick();
  }

  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    await this.unlisten?.();
    await this.busy;
  }

  wake(): void {
    if (!this.running) return;
    if (this.busy) {
      this.again = true;
      return;
    }
    this.busy = (async () => {
      try {
        do {
          this.again = false;
          while ((await this.relayBatch()) === BATCH);
        } while (this.again && this.running);
      } catch (err) {
        this.onError(err);
      } finally {
        this.busy = undefined;
      }
    })();
  }

  /** Relays one batch; returns how many events it handled. */
  async relayBatch(): Promise<number> {
    return this.database.db.transaction(async (tx) => {
      const result = await tx.execute(sql`
        select id::int as id, account_id, seq::int as seq, type, payload from events
        where dispatched_at is null order by id limit ${BATCH} for update skip locked`);
      const rows = result.rows as Array<{ id: number; account_id: string; seq: number; type: EventType; payload: unknown }>;
      if (rows.length === 0) return 0;
      const wanted = await this.wantedBy(tx, rows);
      for (const row of rows) {
        for (const queue of this.listeners[row.type] ?? []) {
          if (wanted.has(queue) && !wanted.get(queue)!.has(`${row.account_id} ${row.type}`)) continue;
          const payload: RelayedEventPayload = { eventId: row.id, seq: row.seq, type: row.type, payload: row.payload };
          await enqueueJob({ tx, queue, payload, accountId: row.account_id, dedupeKey: `event:${row.id}` });
        }
      }
      const ids = arrayLiteral(rows.map((r) => r.id));
      await tx.execute(sql`update events set dispatched_at = now() where id = any(${ids}::bigint[])`);
      return rows.length;
    });
  }

  /** The filtered queues this batch has events for, with what their filters want. */
  private async wantedBy(tx: Db, rows: ReadonlyArray<{ account_id: string; type: EventType }>) {
    const wanted = new Map<string, ReadonlySet<string>>();
    for (const [queue, filter] of Object.entries(this.filters)) {
      if (!filter || !rows.some((row) => this.listeners[row.type]?.includes(queue))) continue;
      wanted.set(queue, await filter(tx, [...new Set(rows.map((row) => row.account_id))]));
    }
    return wanted;
  }
}
