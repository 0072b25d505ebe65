import type { DomainEvent } from '@balie/contracts';
import { sql, type Db } from '@balie/db';
import { iso } from '../db-util';

interface EventRow {
  seq: number;
  type: string;
  payload: unknown;
  actor_id: string | null;
  created_at: Date | string;
}

/** The account's events after `after`, oldest first (keyset on the per-account sequence). */
export async function listEventsAfter(opts: { db: Db; accountId: string; after: number; limit: number }): Promise<DomainEvent[]> {
  const result = await opts.db.execute(sql`
    select seq::int as seq, type, payload, actor_id, created_at from events
    where account_id = ${opts.accountId} and seq > ${opts.after}
    order by seq limit ${opts.limit}`);
  return (result.rows as unknown as EventRow[]).map((r) => ({
    seq: r.seq,
    type: r.type,
    payload: r.payload,
    actorId: r.actor_id,
    createdAt: iso(r.created_at),
  }));
}

export async function lastEventSeq(opts: { db: Db; accountId: string }): Promise<number> {
  const result = await opts.db.execute(
    sql`select coalesce((select last_seq::int from account_event_seq where account_id = ${opts.accountId}), 0) as seq`,
  );
  return (result.rows[0] as { seq: number }).seq;
}
