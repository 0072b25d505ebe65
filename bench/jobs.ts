/**
 * Job queue: how soon does a job start after it is enqueued, and how many no-op jobs per second
 * does one worker get through? Latency is measured for a steady stream and a burst, each with the
 * worker woken by NOTIFY and, as the baseline, with NOTIFY unavailable (poll-only every second,
 * as polling queues like pg-boss do); the ratio shows what the NOTIFY wake-up buys.
 */
import { enqueueJob, JobWorker, type Database } from '@balie/core';
import type { BenchOutcome, Engine } from './engines';
import { latencyRow, now, printTable, ratio, round, roundSummary, sleep, summarize, type Summary } from './stats';

export const description = 'job enqueue → handler start latency (NOTIFY vs poll-only) and no-op throughput';

const LATENCY_JOBS = 2000;
const STEADY_RATE = 200; // jobs per second
const BURST_ENQUEUERS = 8; // concurrent enqueue calls in the burst, each its own transaction
const THROUGHPUT_JOBS = 3000;
const LATENCY_CONCURRENCY = 4;
const POLL_MS = 1000;
const WAIT_LIMIT_MS = 30_000;

type Wakeup = 'notify' | 'poll';
type Pattern = 'steady' | 'burst';

/** The database as a worker sees it when NOTIFY is unavailable: listening never calls back. */
function pollOnly(database: Database): Database {
  return { ...database, listen: async () => async () => undefined };
}

interface LatencyResult {
  latency: Summary;
  enqueue: Summary;
  rate: number;
  failures: string[];
}

/** A handler's bookkeeping: which jobs ran, how often, and a promise for "all ran". */
function tracker(total: number) {
  const runs = new Map<number, number>();
  let resolveAll: () => void = () => undefined;
  const all = new Promise<void>((resolve) => (resolveAll = resolve));
  return {
    runs,
    record(i: number) {
      runs.set(i, (runs.get(i) ?? 0) + 1);
      if (runs.size === total) resolveAll();
    },
    /** Waits until every job ran or the limit passed. */
    wait: () => Promise.race([all, sleep(WAIT_LIMIT_MS)]),
    check(errors: string[]): string[] {
      const failures: string[] = [];
      const duplicates = [...runs.values()].filter((n) => n > 1).length;
      if (runs.size < total) failures.push(`${total - runs.size} of ${total} jobs did not run within ${WAIT_LIMIT_MS} ms`);
      if (duplicates > 0) failures.push(`${duplicates} jobs ran more than once`);
      if (errors.length > 0) failures.push(`${errors.length} worker errors, first: ${errors[0]}`);
      return failures;
    },
  };
}

async function latencyRun(database: Database, pattern: Pattern, wakeup: Wakeup, total = LATENCY_JOBS): Promise<LatencyResult> {
  const queue = `bench.${pattern}.${wakeup}.${Math.random().toString(36).slice(2, 8)}`;
  const latencies: number[] = [];
  const enqueueTimes: number[] = [];
  const errors: string[] = [];
  const track = tracker(total);
  const worker = new JobWorker({
    database: wakeup === 'poll' ? pollOnly(database) : database,
    queues: {
      [queue]: {
        handler: async (job) => {
          const started = now();
          const payload = job.payload as { i: number; t: number };
          latencies.push(started - payload.t);
          track.record(payload.i);
        },
      },
    },
    concurrency: LATENCY_CONCURRENCY,
    pollMs: POLL_MS,
    leaseMs: 60_000,
    onError: (err) => errors.push(String(err)),
  });
  await worker.start();
  const enqueue = async (i: number) => {
    const t = now();
    await enqueueJob({ tx: database.db, queue, payload: { i, t } });
    enqueueTimes.push(now() - t);
  };
  const t0 = now();
  try {
    if (pattern === 'steady') {
      for (let i = 0; i < total; i++) {
        const wait = t0 + (i * 1000) / STEADY_RATE - now();
        if (wait > 0) await sleep(wait);
        await enqueue(i);
      }
    } else {
      let next = 0;
      const enqueuer = async () => {
        while (next < total) await enqueue(next++);
      };
      await Promise.all(Array.from({ length: BURST_ENQUEUERS }, enqueuer));
    }
    const rate = total / ((now() - t0) / 1000);
    await track.wait();
    return { latency: summarize(latencies), enqueue: summarize(enqueueTimes), rate, failures: track.check(errors) };
  } finally {
    await worker.stop();
  }
}

interface ThroughputResult {
  concurrency: number;
  analyzed: boolean;
  jobs: number;
  seconds: number;
  jobsPerSecond: number;
  failures: string[];
}

/** Fills a queue first, then times one worker draining it (handler runs and completions). */
async function throughputRun(
  database: Database,
  concurrency: number,
  analyzed: boolean,
  total = THROUGHPUT_JOBS,
): Promise<ThroughputResult> {
  const queue = `bench.throughput.${concurrency}.${Math.random().toString(36).slice(2, 8)}`;
  for (let from = 0; from < total; from += 500) {
    await database.db.transaction(async (tx) => {
      for (let i = from; i < Math.min(total, from + 500); i++) await enqueueJob({ tx, queue, payload: { i } });
    });
  }
  // Diagnostic: the claim query's plan depends on table statistics, which a fresh table lacks
  // (PGlite never gets them: it has no autovacuum; PostgreSQL after autoanalyze's next round).
  if (analyzed) await database.db.execute('analyze jobs');
  const errors: string[] = [];
  const track = tracker(total);
  const worker = new JobWorker({
    database,
    queues: { [queue]: { handler: async (job) => track.record((job.payload as { i: number }).i) } },
    concurrency,
    pollMs: POLL_MS,
    leaseMs: 60_000,
    onError: (err) => errors.push(String(err)),
  });
  const t0 = now();
  await worker.start();
  await track.wait();
  await worker.stop(); // waits for the last completions
  const seconds = (now() - t0) / 1000;
  return {
    concurrency,
    analyzed,
    jobs: track.runs.size,
    seconds,
    jobsPerSecond: track.runs.size / seconds,
    failures: track.check(errors),
  };
}

/** Each measurement gets a new database, so none inherits the rows (and dead rows) of the one before. */
async function onFreshDatabase<T>(engine: Engine, fn: (database: Database) => Promise<T>): Promise<T> {
  const database = await engine.open();
  try {
    return await fn(database);
  } finally {
    await engine.close(database);
  }
}

export async function run(engine: Engine): Promise<BenchOutcome> {
  await onFreshDatabase(engine, (db) => latencyRun(db, 'burst', 'notify', 300)); // warm-up (JIT), not reported

  const results = {
    steady: {} as Record<Wakeup, LatencyResult>,
    burst: {} as Record<Wakeup, LatencyResult>,
  };
  for (const pattern of ['steady', 'burst'] as const) {
    for (const wakeup of ['notify', 'poll'] as const) {
      results[pattern][wakeup] = await onFreshDatabase(engine, (db) => latencyRun(db, pattern, wakeup));
    }
  }
  const throughput: ThroughputResult[] = [];
  for (const [concurrency, analyzed] of [
    [4, false],
    [16, false],
    [4, true],
  ] as const) {
    throughput.push(await onFreshDatabase(engine, (db) => throughputRun(db, concurrency, analyzed)));
  }

  const label = { notify: 'NOTIFY', poll: `poll-only ${POLL_MS} ms` };
  const patternLabel = (p: Pattern, r: LatencyResult) =>
    p === 'steady'
      ? `steady ${STEADY_RATE}/s (got ${r.rate.toFixed(0)}/s)`
      : `burst, ${BURST_ENQUEUERS} enqueuers (${r.rate.toFixed(0)}/s)`;
  console.log(`  enqueue → handler start, ${LATENCY_JOBS} jobs one per transaction, concurrency ${LATENCY_CONCURRENCY}`);
  const rows: string[][] = [];
  for (const p of ['steady', 'burst'] as const) {
    for (const w of ['notify', 'poll'] as const)
      rows.push(latencyRow(`${patternLabel(p, results[p][w])}  ${label[w]}`, results[p][w].latency));
  }
  printTable(rows);
  const steadyRatio = ratio(results.steady.poll.latency.p50, results.steady.notify.latency.p50);
  const burstRatio = ratio(results.burst.poll.latency.p50, results.burst.notify.latency.p50);
  printTable([
    ['ratio poll-only/NOTIFY p50', `steady ${steadyRatio.toFixed(1)}x`, `burst ${burstRatio.toFixed(1)}x`],
    latencyRow('enqueue call (steady, NOTIFY)', results.steady.notify.enqueue),
  ]);
  console.log(`  throughput, no-op handler, ${THROUGHPUT_JOBS} jobs queued beforehand, NOTIFY`);
  printTable(
    throughput.map((t) => [
      `concurrency ${t.concurrency}${t.analyzed ? ', after ANALYZE jobs' : ''}`,
      `${t.jobsPerSecond.toFixed(0)} jobs/s`,
      `(${t.jobs} in ${t.seconds.toFixed(2)} s)`,
    ]),
  );

  const afterAnalyze = throughput.find((t) => t.analyzed);
  const beforeAnalyze = throughput.find((t) => !t.analyzed && t.concurrency === afterAnalyze?.concurrency);
  if (afterAnalyze && beforeAnalyze) {
    const factor = ratio(afterAnalyze.jobsPerSecond, beforeAnalyze.jobsPerSecond);
    console.log(
      `  (diagnostic: ANALYZE before draining changes concurrency-${afterAnalyze.concurrency} throughput ${factor.toFixed(2)}x)`,
    );
  }

  const failures: string[] = [];
  for (const p of ['steady', 'burst'] as const) {
    for (const w of ['notify', 'poll'] as const) failures.push(...results[p][w].failures.map((f) => `${p} ${w}: ${f}`));
  }
  for (const t of throughput)
    failures.push(...t.failures.map((f) => `throughput c${t.concurrency}${t.analyzed ? ' analyzed' : ''}: ${f}`));
  for (const f of failures) console.log(`  FAIL ${f}`);

  const latencyFigures = (r: LatencyResult) => ({
    latencyMs: roundSummary(r.latency),
    enqueueMs: roundSummary(r.enqueue),
    enqueueRate: round(r.rate, 1),
  });
  return {
    figures: {
      jobs: LATENCY_JOBS,
      steadyRate: STEADY_RATE,
      pollMs: POLL_MS,
      steady: { notify: latencyFigures(results.steady.notify), poll: latencyFigures(results.steady.poll) },
      burst: { notify: latencyFigures(results.burst.notify), poll: latencyFigures(results.burst.poll) },
      ratioP50: { steady: round(steadyRatio, 2), burst: round(burstRatio, 2) },
      throughput: throughput.map((t) => ({
        concurrency: t.concurrency,
        analyzed: t.analyzed,
        jobs: t.jobs,
        seconds: round(t.seconds),
        jobsPerSecond: round(t.jobsPerSecond, 1),
      })),
    },
    failures,
  };
}
