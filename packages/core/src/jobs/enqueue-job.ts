import { sql, type Db } from '@balie/db';

export const JOBS_CHANNEL = 'balie_jobs';

export interface EnqueueOptions {
  /** Run in the caller's transaction, so the job exists exactly when the change does. */
  tx: Db;
  queue: string;
  payload?: unknown;
  accountId?: string | null;
  /** A job with the same queue and key is enqueued once (e.g. one per event and listener). */
  dedupeKey?: string;
  runAt?: Date;
  maxAttempts?: number;
}

/** Adds a job and wakes the workers when the transaction commits. Returns the id, or null for a duplicate. */
export async function enqueueJob(opts: EnqueueOptions): Promise<number | null> {
  const result = await opts.tx.execute(sql`
    with job as (
      insert into jobs (queue, payload, account_id, dedupe_key, run_at, max_attempts)
      values (${opts.queue}, ${JSON.stringify(opts.payload ?? {})}::jsonb, ${opts.accountId ?? null},
              ${opts.dedupeKey ?? null}, coalesce(${opts.runAt?.toISOString() ?? null}::timestamptz, now()),
              ${opts.maxAttempts ?? 8})
      on conflict (queue, dedupe_key) do nothing
      returning id
    )
    select id::int as id, pg_notify(${JOBS_CHANNEL}, ${opts.queue}) from job`);
  const row = result.rows[0] as { id: number } | undefined;
  return row ? row.id : null;
}
