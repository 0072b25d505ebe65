import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from '@balie/db';
import { openTestStorage, seedAccount, type TestStorage } from '../testing';
import { enqueueJob } from './enqueue-job';
import { JobWorker, PermanentJobError, type QueueDefinition } from './job-worker';
import { backoffDelayMs } from './backoff';
import { retryJob } from './retry-job';
import { listFailedJobs } from './list-failed-jobs';

async function waitFor<T>(fn: () => Promise<T | undefined | false>, ms = 8000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function jobRow(t: TestStorage, id: number) {
  const r = await t.database.db.execute(sql`select status, attempts, last_error from jobs where id = ${id}`);
  return r.rows[0] as { status: string; attempts: number; last_error: string | null };
}

describe('backoffDelayMs', () => {
  it('doubles per attempt within ±20% jitter and stops at the cap', () => {
    assert.equal(
      backoffDelayMs(1, 1000, 60_000, () => 0.5),
      1000,
    );
    assert.equal(
      backoffDelayMs(4, 1000, 60_000, () => 0.5),
      8000,
    );
    assert.equal(
      backoffDelayMs(30, 1000, 60_000, () => 0.5),
      60_000,
    );
    assert.equal(
      backoffDelayMs(1, 1000, 60_000, () => 0),
      800,
    );
    assert.equal(
      backoffDelayMs(1, 1000, 60_000, () => 1),
      1200,
    );
  });
});

describe('JobWorker', () => {
  let t: TestStorage;
  let worker: JobWorker | undefined;
  before(async () => (t = await openTestStorage()));
  after(() => t.close());

  async function startWorker(queues: Record<string, QueueDefinition>) {
    worker = new JobWorker({ database: t.database, queues, pollMs: 100, concurrency: 4 });
    await worker.start();
    return worker;
  }
  async function stopWorker() {
    await worker?.stop();
    worker = undefined;
  }

  it('runs a job soon after its transaction commits, woken by NOTIFY', async () => {
    const ran: unknown[] = [];
    await startWorker({ echo: { handler: async (job) => void ran.push(job.payload) } });
    const id = await t.database.db.transaction((tx) => enqueueJob({ tx, queue: 'echo', payload: { hello: 'wereld' } }));
    await waitFor(async () => (await jobRow(t, id!)).status === 'completed');
    assert.deepEqual(ran, [{ hello: 'wereld' }]);
    await stopWorker();
  });

  it('does not run a job whose transaction rolled back', async () => {
    const ran: unknown[] = [];
    await startWorker({ ghost: { handler: async (job) => void ran.push(job.id) } });
    await assert.rejects(
      t.database.db.transaction(async (tx) => {
        await enqueueJob({ tx, queue: 'ghost' });
        throw new Error('rollback');
      }),
    );
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(ran, []);
    await stopWorker();
  });

  it('enqueues a job with a dedupe key once', async () => {
    const first = await enqueueJob({ tx: t.database.db, queue: 'nobody', dedupeKey: 'k1' });
    const second = await enqueueJob({ tx: t.database.db, queue: 'nobody', dedupeKey: 'k1' });
    assert.ok(first);
    assert.equal(second, null);
  });

  it('retries a failing job with back-off until it succeeds', async () => {
    const attempts: number[] = [];
    await startWorker({
      flaky: {
        backoffBaseMs: 50,
        handler: async (job) => {
          attempts.push(job.attempt);
          if (job.attempt < 3) throw new Error(`receiver down (${job.attempt})`);
        },
      },
    });
    const id = await enqueueJob({ tx: t.database.db, queue: 'flaky' });
    await waitFor(async () => (await jobRow(t, id!)).status === 'completed');
    assert.deepEqual(attempts, [1, 2, 3]);
    assert.equal((await jobRow(t, id!)).attempts, 3);
    await stopWorker();
  });

  it('moves a job that keeps failing to the dead-letter state, where an admin can retry it', async () => {
    const { accountId } = await seedAccount(t.database, 'Jobs');
    let succeed = false;
    await startWorker({
      doomed: {
        backoffBaseMs: 10,
        handler: async () => {
          if (!succeed) throw new Error('still failing');
        },
      },
    });
    const id = await enqueueJob({ tx: t.database.db, queue: 'doomed', accountId, maxAttempts: 3 });
    await waitFor(async () => (await jobRow(t, id!)).status === 'dead');
    const row = await jobRow(t, id!);
    assert.equal(row.attempts, 3);
    assert.match(row.last_error!, /still failing/);

    const actor = { type: 'user' as const, id: null, name: 'Admin', accountId, role: 'admin' as const };
    const failed = await listFailedJobs({ db: t.database.db, actor, limit: 10 });
    assert.deepEqual(
      failed.items.map((j) => j.id),
      [id],
    );
    succeed = true;
    await retryJob({ db: t.database.db, actor, jobId: id! });
    await waitFor(async () => (await jobRow(t, id!)).status === 'completed');
    await stopWorker();
  });

  it('sends a PermanentJobError straight to the dead-letter state', async () => {
    await startWorker({
      bad: {
        handler: async () => {
          throw new PermanentJobError('malformed payload');
        },
      },
    });
    const id = await enqueueJob({ tx: t.database.db, queue: 'bad' });
    await waitFor(async () => (await jobRow(t, id!)).status === 'dead');
    assert.equal((await jobRow(t, id!)).attempts, 1);
    await stopWorker();
  });

  it('gives a job whose worker stopped renewing its lease to another worker', async () => {
    const id = await enqueueJob({ tx: t.database.db, queue: 'orphan' });
    // A worker that died mid-job: running, lease already expired.
    await t.database.db.execute(sql`update jobs set status = 'running', attempts = 1, locked_by = 'dead-worker',
      locked_until = now() - interval '1 second' where id = ${id}`);
    const ran: number[] = [];
    await startWorker({ orphan: { handler: async (job) => void ran.push(job.attempt) } });
    await waitFor(async () => (await jobRow(t, id!)).status === 'completed');
    assert.deepEqual(ran, [2]);
    await stopWorker();
  });

  it('lets in-flight jobs finish when it stops', async () => {
    let finished = false;
    const w = await startWorker({
      slow: {
        handler: async () => {
          await new Promise((r) => setTimeout(r, 300));
          finished = true;
        },
      },
    });
    const id = await enqueueJob({ tx: t.database.db, queue: 'slow' });
    await waitFor(async () => (await jobRow(t, id!)).status === 'running');
    await w.stop();
    assert.ok(finished);
    assert.equal((await jobRow(t, id!)).status, 'completed');
  });
});
