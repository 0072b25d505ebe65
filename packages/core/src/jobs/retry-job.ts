import { AppError } from '@balie/contracts';
import { sql } from '@balie/db';
import type { Ctx } from '../context';
import { recordAudit } from '../audit/record-audit';
import { emitEvent } from '../events/emit-event';
import { assertCan } from '../auth/assert-can';
import { JOBS_CHANNEL } from './enqueue-job';

/** Puts a dead-letter job back in its queue with a fresh set of attempts. */
export async function retryJob(opts: Ctx & { jobId: number }): Promise<void> {
  assertCan(opts.actor, 'jobs.manage');
  const { actor } = opts;
  await opts.db.transaction(async (tx) => {
    const found = await tx.execute(sql`select status, queue from jobs
      where id = ${opts.jobId} and account_id = ${actor.accountId} for update`);
    const job = found.rows[0] as { status: string; queue: string } | undefined;
    if (!job) throw new AppError('not_found');
    if (job.status !== 'dead') throw new AppError('job_not_failed');
    await tx.execute(sql`update jobs set status = 'pending', attempts = 0, run_at = now(), finished_at = null
      where id = ${opts.jobId}`);
    await tx.execute(sql`select pg_notify(${JOBS_CHANNEL}, ${job.queue})`);
    await recordAudit({
      tx,
      actor,
      action: 'job.retried',
      targetType: 'job',
      targetId: String(opts.jobId),
      changes: { status: { from: 'dead', to: 'pending' } },
    });
    await emitEvent({
      tx,
      accountId: actor.accountId,
      type: 'job.retried',
      payload: { jobId: opts.jobId, queue: job.queue },
      actorId: actor.id,
    });
  });
}
