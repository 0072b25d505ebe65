import { sql, type Db } from '@balie/db';
import { enqueueJob } from '../jobs/enqueue-job';

export const CLEANUP_QUEUE = 'maintenance.cleanup';

/** Retention: how long finished work and the realtime log are kept. */
export const RETENTION = { completedJobsDays: 7, eventsDays: 30 };

/** Deletes expired sessions, old finished jobs, stale throttle rows and old delivered events. */
export async function runCleanup(db: Db): Promise<void> {
  await db.execute(sql`delete from sessions where expires_at < now()`);
  await db.execute(sql`delete from jobs where status = 'completed'
    and finished_at < now() - make_interval(days => ${RETENTION.completedJobsDays})`);
  await db.execute(sql`delete from login_throttle where last_failure_at < now() - interval '1 day'
    and (locked_until is null or locked_until < now())`);
  await db.execute(sql`delete from events where dispatched_at is not null
    and created_at < now() - make_interval(days => ${RETENTION.eventsDays})`);
}

/** Enqueues this hour's cleanup once, however many processes ask. */
export async function scheduleCleanup(db: Db, now = new Date()): Promise<void> {
  const hour = now.toISOString().slice(0, 13);
  await enqueueJob({ tx: db, queue: CLEANUP_QUEUE, dedupeKey: `cleanup:${hour}`, maxAttempts: 3 });
}
