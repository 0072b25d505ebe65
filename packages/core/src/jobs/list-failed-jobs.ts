import type { Job } from '@balie/contracts';
import { sql } from '@balie/db';
import type { Ctx } from '../context';
import { iso, isoOrNull } from '../db-util';
import { assertCan } from '../auth/assert-can';

interface JobRow {
  id: number;
  queue: string;
  status: Job['status'];
  attempts: number;
  max_attempts: number;
  last_error: string | null;
  payload: unknown;
  created_at: Date | string;
  finished_at: Date | string | null;
}

export function toJob(r: JobRow): Job {
  return {
    id: r.id,
    queue: r.queue,
    status: r.status,
    attempts: r.attempts,
    maxAttempts: r.max_attempts,
    lastError: r.last_error,
    payload: r.payload,
    createdAt: iso(r.created_at),
    finishedAt: isoOrNull(r.finished_at),
  };
}

/** The account's dead-letter jobs, newest first, keyset-paginated on id. */
export async function listFailedJobs(opts: Ctx & { cursor?: number | undefined; limit: number }) {
  assertCan(opts.actor, 'jobs.manage');
  const result = await opts.db.execute(sql`
    select id::int as id, queue, status, attempts, max_attempts, last_error, payload, created_at, finished_at
    from jobs where account_id = ${opts.actor.accountId} and status = 'dead'
      and (${opts.cursor ?? null}::bigint is null or id < ${opts.cursor ?? null}::bigint)
    order by id desc limit ${opts.limit + 1}`);
  const rows = result.rows as unknown as JobRow[];
  const page = rows.slice(0, opts.limit).map(toJob);
  return { items: page, nextCursor: rows.length > opts.limit ? (page.at(-1)?.id ?? null) : null };
}
