import { randomUUID } from 'node:crypto';
import { sql, type Database } from '@balie/db';
import { emitEvent } from '../events/emit-event';
import { backoffDelayMs } from './backoff';
import { JOBS_CHANNEL } from './enqueue-job';

export interface JobContext {
  id: number;
  queue: string;
  payload: unknown;
  accountId: string | null;
  /** 1 on the first run. */
  attempt: number;
  /** Aborted when the worker stops; long handlers should give up and let the job run again. */
  signal: AbortSignal;
}

/** Throw this for errors that no retry can fix: the job goes straight to the dead-letter state. */
export class PermanentJobError extends Error {
  override name = 'PermanentJobError';
}

/**
 * Throw this to run the job again after `delayMs` instead of the usual back-off: a platform's
 * Retry-After, or a rate limit that is full. `countAttempt: false` gives the attempt back (the job
 * never ran its work, e.g. it waited for a send slot).
 */
export class RetryLaterError extends Error {
  override name = 'RetryLaterError';
  constructor(
    message: string,
    readonly delayMs: number,
    readonly countAttempt = true,
  ) {
    super(message);
  }
}

export interface QueueDefinition {
  handler: (job: JobContext) => Promise<void>;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
}

export interface JobWorkerOptions {
  database: Database;
  queues: Record<string, QueueDefinition>;
  concurrency?: number;
  /** Time a run may go unrenewed before another worker assumes this one died; renewed every third. */
  leaseMs?: number;
  /** Fallback poll, for delayed retries and missed notifications. */
  pollMs?: number;
  onError?: (err: unknown, job?: JobContext) => void;
}

interface ClaimedRow {
  id: number;
  queue: string;
  payload: unknown;
  account_id: string | null;
  attempts: number;
  max_attempts: number;
}

const DEFAULT_LEASE_MS = 60_000;

/**
 * Runs jobs from the jobs table: claims with FOR UPDATE SKIP LOCKED, woken by NOTIFY, retries with
 * exponential back-off, and moves a job that keeps failing to the dead-letter state. A worker that
 * dies mid-job (SIGKILL) leaves a running job whose lease expires; any worker then runs it again.
 * Handlers therefore run at least once and must be idempotent.
 */
export class JobWorker {
  readonly id = `worker-${randomUUID().slice(0, 8)}`;
  private readonly inFlight = new Map<number, Promise<void>>();
  private readonly abort = new AbortController();
  private readonly concurrency: number;
  private readonly pollMs: number;
  private readonly leaseMs: number;
  private readonly queueNames: string[];
  private timer: NodeJS.Timeout | undefined;
  private unlisten: (() => Promise<void>) | undefined;
  private running = false;
  private claiming = false;
  private wakeAgain = false;

  constructor(private readonly opts: JobWorkerOptions) {
    this.concurrency = opts.concurrency ?? 4;
    this.pollMs = opts.pollMs ?? 1000;
    this.leaseMs = opts.leaseMs ?? DEFAULT_LEASE_MS;
    this.queueNames = Object.keys(opts.queues);
  }

  async start(): Promise<void> {
    this.running = true;
    const { database } = this.opts;
    if (database.kind === 'pglite') {
      // An embedded database has one process: whatever was running belonged to a dead one.
      await database.db.execute(sql`update jobs set status = 'pending', locked_until = null, locked_by = null
        where status = 'running'`);
    }
    // Fresh statistics, so the claim query uses the pending-jobs index (see runCleanup).
    await database.db.execute(sql`analyze jobs`);
    this.unlisten = await database.listen(JOBS_CHANNEL, (queue) => {
      if (this.queueNames.includes(queue)) this.wake();
    });
    database.onReconnect(() => this.wake());
    this.tick();
  }

  /** Stops claiming, waits for running handlers to finish (or time out), then returns. */
  async stop(timeoutMs = 10_000): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    await this.unlisten?.();
    const all = Promise.allSettled(this.inFlight.values());
    const timeout = new Promise((r) => setTimeout(r, timeoutMs).unref());
    await Promise.race([all, timeout]);
    if (this.inFlight.size > 0) {
      this.abort.abort();
      await Promise.race([Promise.allSettled(this.inFlight.values()), new Promise((r) => setTimeout(r, 1000).unref())]);
    }
  }

  private tick(): void {
    if (!this.running) return;
    void this.reapExpired()
      .then(() => this.wake())
      .catch((err) => this.opts.onError?.(err));
    this.timer = setTimeout(() => this.tick(), this.pollMs);
    this.timer.unref();
  }

  wake(): void {
    if (!this.running) return;
    if (this.claiming) {
      this.wakeAgain = true;
      return;
    }
    this.claiming = true;
    void this.claimLoop()
      .catch((err) => this.opts.onError?.(err))
      .finally(() => {
        this.claiming = false;
        if (this.wakeAgain) {
          this.wakeAgain = false;
          this.wake();
        }
      });
  }

  private async claimLoop(): Promise<void> {
    while (this.running) {
      this.wakeAgain = false;
      const free = this.concurrency - this.inFlight.size;
      if (free <= 0) return;
      const rows = await this.claim(free);
      for (const row of rows) this.run(row);
      if (rows.length < free && !this.wakeAgain) return;
    }
  }

  private async claim(limit: number): Promise<ClaimedRow[]> {
    const queues = `{${this.queueNames.map((q) => `"${q.replaceAll('"', '')}"`).join(',')}}`;
    const result = await this.opts.database.db.execute(sql`
      update jobs set status = 'running', attempts = attempts + 1, locked_by = ${this.id},
        started_at = now(),
        locked_until = now() + make_interval(secs => ${this.leaseMs / 1000})
      where id in (
        select id from jobs
        where status = 'pending' and run_at <= now() and queue = any(${queues}::text[])
        order by run_at, id
        limit ${limit}
        for update skip locked)
      returning id::int as id, queue, payload, account_id, attempts, max_attempts`);
    return result.rows as unknown as ClaimedRow[];
  }

  private run(row: ClaimedRow): void {
    const def = this.opts.queues[row.queue];
    const job: JobContext = {
      id: row.id,
      queue: row.queue,
      payload: row.payload,
      accountId: row.account_id,
      attempt: row.attempts,
      signal: this.abort.signal,
    };
    const leaseMs = this.leaseMs;
    const heartbeat = setInterval(() => {
      void this.opts.database.db
        .execute(
          sql`update jobs set locked_until = now() + make_interval(secs => ${leaseMs / 1000})
          where id = ${row.id} and locked_by = ${this.id} and status = 'running'`,
        )
        .catch(() => undefined);
    }, leaseMs / 3);
    heartbeat.unref();
    const done = (async () => {
      try {
        if (!def) throw new PermanentJobError(`no handler for queue ${row.queue}`);
        await def.handler(job);
        await this.complete(row.id);
      } catch (err) {
        await this.fail(row, def, err).catch((e) => this.opts.onError?.(e, job));
        if (!(err instanceof RetryLaterError && !err.countAttempt)) this.opts.onError?.(err, job);
      } finally {
        clearInterval(heartbeat);
        this.inFlight.delete(row.id);
        this.wake();
      }
    })();
    this.inFlight.set(row.id, done);
  }

  private async complete(id: number): Promise<void> {
    await this.opts.database.db.execute(sql`update jobs set status = 'completed', finished_at = now(),
      locked_until = null, last_error = null where id = ${id} and locked_by = ${this.id}`);
  }

  private async fail(row: ClaimedRow, def: QueueDefinition | undefined, err: unknown): Promise<void> {
    const message = errorText(err);
    if (err instanceof RetryLaterError && (!err.countAttempt || row.attempts < row.max_attempts)) {
      await this.opts.database.db.execute(sql`update jobs set status = 'pending', locked_until = null,
        locked_by = null, last_error = ${message}, attempts = attempts - ${err.countAttempt ? 0 : 1},
        run_at = now() + make_interval(secs => ${Math.max(0, err.delayMs) / 1000})
        where id = ${row.id} and locked_by = ${this.id}`);
      return;
    }
    const dead = err instanceof PermanentJobError || row.attempts >= row.max_attempts;
    if (!dead) {
      const delay = backoffDelayMs(row.attempts, def?.backoffBaseMs ?? 2000, def?.backoffMaxMs ?? 3_600_000);
      await this.opts.database.db.execute(sql`update jobs set status = 'pending', locked_until = null,
        locked_by = null, last_error = ${message}, run_at = now() + make_interval(secs => ${delay / 1000})
        where id = ${row.id} and locked_by = ${this.id}`);
      return;
    }
    await markDead(this.opts.database, row.id, message, this.id);
  }

  /** Running jobs whose worker stopped renewing the lease go back to pending (or dead). */
  private async reapExpired(): Promise<void> {
    const result = await this.opts.database.db.execute(sql`
      select id::int as id from jobs where status = 'running' and locked_until < now() limit 100`);
    for (const { id } of result.rows as Array<{ id: number }>) {
      await this.opts.database.db.transaction(async (tx) => {
        const r = await tx.execute(sql`
          update jobs set status = case when attempts >= max_attempts then 'dead' else 'pending' end,
            locked_until = null, locked_by = null, run_at = now(),
            last_error = 'the worker running this job stopped (lease expired)',
            finished_at = case when attempts >= max_attempts then now() end
          where id = ${id} and status = 'running' and locked_until < now()
          returning status, queue, account_id`);
        const row = r.rows[0] as { status: string; queue: string; account_id: string | null } | undefined;
        if (row?.status === 'dead' && row.account_id) {
          await emitEvent({
            tx,
            accountId: row.account_id,
            type: 'job.failed',
            payload: { jobId: id, queue: row.queue, error: 'lease expired' },
          });
        }
      });
    }
  }
}

async function markDead(database: Database, id: number, message: string, workerId: string): Promise<void> {
  await database.db.transaction(async (tx) => {
    const r = await tx.execute(sql`update jobs set status = 'dead', finished_at = now(), locked_until = null,
      locked_by = null, last_error = ${message} where id = ${id} and locked_by = ${workerId}
      returning queue, account_id`);
    const row = r.rows[0] as { queue: string; account_id: string | null } | undefined;
    if (row?.account_id) {
      await emitEvent({
        tx,
        accountId: row.account_id,
        type: 'job.failed',
        payload: { jobId: id, queue: row.queue, error: message },
      });
    }
  });
}

function errorText(err: unknown): string {
  const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return text.slice(0, 2000);
}
