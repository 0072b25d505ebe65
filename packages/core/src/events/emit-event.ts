import type { EventPayload, EventType } from '@balie/contracts';
import { sql, type Db } from '@balie/db';

export const EVENTS_CHANNEL = 'balie_events';

/**
 * Writes a domain event in the caller's transaction (the outbox). The per-account counter row is
 * locked until commit, so sequence numbers commit in order: a reader that has seen N can never
 * later find an event below N appear.
 */
export async function emitEvent<T extends EventType>(opts: {
  tx: Db;
  accountId: string;
  type: T;
  payload: EventPayload<T>;
  actorId?: string | null;
}): Promise<number> {
  const { tx, accountId, type, payload } = opts;
  const result = await tx.execute(sql`
    with next as (
      insert into account_event_seq (account_id, last_seq) values (${accountId}, 1)
      on conflict (account_id) do update set last_seq = account_event_seq.last_seq + 1
      returning last_seq
    ), ev as (
      insert into events (account_id, seq, type, payload, actor_id)
      select ${accountId}, last_seq, ${type}, ${JSON.stringify(payload)}::jsonb, ${opts.actorId ?? null} from next
      returning seq
    )
    select seq::int as seq, pg_notify(${EVENTS_CHANNEL}, ${accountId}::text || ':' || seq) from ev`);
  return (result.rows[0] as { seq: number }).seq;
}
