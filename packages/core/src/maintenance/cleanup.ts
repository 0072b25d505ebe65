import { sql, type Database, type Db } from '@balie/db';
import { enqueueJob } from '../jobs/enqueue-job';

export const CLEANUP_QUEUE = 'maintenance.cleanup';

/** Retention: how long finished work and the realtime log are kept. */
export const RETENTION = { completedJobsDays: 7, eventsDays: 30, rawEventsDays: 14, deliveryLogDays: 30 };

/**
 * Deletes expired sessions, old finished jobs, unsent uploads, stale throttle rows, old delivered events, raw
 * webhook deliveries past their retention and the old delivery log, then
 * refreshes planner statistics of the busiest tables: without them the job claim sorts every
 * pending row (bench/jobs.ts measured 1.4–1.6x throughput after ANALYZE). PGlite has no
 * autovacuum, so there we vacuum too.
 */
export async function runCleanup(database: Database, retention: Partial<typeof RETENTION> = {}): Promise<void> {
  const { db } = database;
  const keep = { ...RETENTION, ...retention };
  await db.execute(sql`delete from sessions where expires_at < now()`);
  await db.execute(sql`delete from jobs where status = 'completed'
    and finished_at < now() - make_interval(days => ${keep.completedJobsDays})`);
  // Files uploaded for a reply that was never sent.
  await db.execute(sql`delete from attachments where message_id is null and created_at < now() - interval '1 day'`);
  await db.execute(sql`delete from login_throttle where last_failure_at < now() - interval '1 day'
    and (locked_until is null or locked_until < now())`);
  await db.execute(sql`delete from events where dispatched_at is not null
    and created_at < now() - make_interval(days => ${keep.eventsDays})`);
  // Raw webhook deliveries are kept for debugging and replay; pending ones until processed.
  await db.execute(sql`delete from raw_events where status <> 'pending'
    and received_at < now() - make_interval(days => ${keep.rawEventsDays})`);
  await db.execute(sql`delete from delivery_attempts where created_at < now() - make_interval(days => ${keep.deliveryLogDays})`);
  await db.execute(sql.raw(database.kind === 'pglite' ? 'vacuum analyze jobs, events, sessions' : 'analyze jobs, events'));
}

/** Enqueues this hour's cleanup once, however many processes ask. */
export async function scheduleCleanup(db: Db, now = new Date()): Promise<void> {
  const hour = now.toISOString().slice(0, 13);
  await enqueueJob({ tx: db, queue: CLEANUP_QUEUE, dedupeKey: `cleanup:${hour}`, maxAttempts: 3 });
}
