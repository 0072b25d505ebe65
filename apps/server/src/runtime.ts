import {
  CLEANUP_QUEUE,
  EventRelay,
  EventStream,
  JobWorker,
  openStorage,
  REANALYSIS_QUEUE,
  runCleanup,
  runReanalysisBatch,
  scheduleCleanup,
  wakeSnoozed,
  type Database,
  type EventListeners,
  type QueueDefinition,
} from '@balie/core';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { channelQueues, resumeIngest } from './channels/queues';
import type { Config } from './config';
import { createLogger, type Logger } from './logger';

export interface RuntimeOptions {
  config: Config;
  logger?: Logger;
  /** Extra job queues and event listeners (the channel and analysis issues add theirs here). */
  queues?: Record<string, QueueDefinition>;
  listeners?: EventListeners;
  /** An already open database (tests share one per file). */
  database?: Database;
  httpLogger?: boolean;
}

export interface Runtime {
  app: FastifyInstance;
  database: Database;
  worker: JobWorker | undefined;
  events: EventStream;
  /** Listens on the configured host and port; returns the address. */
  listen(): Promise<string>;
  /** Graceful: stop accepting, finish in-flight requests and jobs, then close the database. */
  stop(): Promise<void>;
}

/**
 * Wires one Balie process: storage, the realtime event stream, the outbox relay, the job worker
 * and the HTTP server. `BALIE_ROLE=api` runs no jobs, `worker` serves only health checks.
 */
export async function createRuntime(opts: RuntimeOptions): Promise<Runtime> {
  const { config } = opts;
  const logger = opts.logger ?? createLogger(config.LOG_LEVEL);
  const database =
    opts.database ?? (await openStorage({ databaseUrl: config.DATABASE_URL, dataDir: config.BALIE_DATA_DIR })).database;
  const runsJobs = config.BALIE_ROLE !== 'api';
  let shuttingDown = false;

  const events = new EventStream(database);
  await events.start();

  const channels = channelQueues(database, config);
  const queues: Record<string, QueueDefinition> = {
    [CLEANUP_QUEUE]: { handler: () => runCleanup(database, { rawEventsDays: config.BALIE_RAW_EVENT_RETENTION_DAYS }) },
    [REANALYSIS_QUEUE]: { handler: (job) => runReanalysisBatch(database, job.accountId ?? '', job.payload) },
    ...channels.queues,
    ...opts.queues,
  };
  const listeners = mergeListeners(channels.listeners, opts.listeners ?? {});
  const onError = (err: unknown, job?: { id: number; queue: string }) =>
    logger.warn({ err, jobId: job?.id, queue: job?.queue }, job ? 'job run failed' : 'background error');

  let relay: EventRelay | undefined;
  let worker: JobWorker | undefined;
  let cleanupTimer: NodeJS.Timeout | undefined;
  let snoozeTimer: NodeJS.Timeout | undefined;
  if (runsJobs) {
    relay = new EventRelay(database, listeners, config.BALIE_POLL_MS, onError, channels.filters);
    worker = new JobWorker({
      database,
      queues,
      concurrency: config.BALIE_JOB_CONCURRENCY,
      leaseMs: config.BALIE_JOB_LEASE_MS,
      pollMs: config.BALIE_POLL_MS,
      onError,
    });
    await relay.start();
    await worker.start();
    const resumed = await resumeIngest(database);
    if (resumed > 0) logger.info({ resumed }, 'raw events picked up again');
    const schedule = () => void scheduleCleanup(database.db).catch(onError);
    schedule();
    cleanupTimer = setInterval(schedule, 10 * 60_000);
    cleanupTimer.unref();
    // One atomic UPDATE: safe to run in every worker process at once.
    snoozeTimer = setInterval(() => void wakeSnoozed(database.db).catch(onError), 15_000);
    snoozeTimer.unref();
  }

  const app = await buildApp({
    config,
    database,
    events,
    isShuttingDown: () => shuttingDown,
    logger: opts.httpLogger === false ? false : undefined,
  });
  if (config.BALIE_ROLE === 'worker') {
    app.addHook('onRequest', async (req, reply) => {
      if (req.url !== '/healthz' && req.url !== '/readyz') await reply.code(404).send();
    });
  }

  return {
    app,
    database,
    worker,
    events,
    async listen() {
      return app.listen({ port: config.PORT, host: config.HOST });
    },
    async stop() {
      if (shuttingDown) return;
      shuttingDown = true;
      clearInterval(cleanupTimer);
      clearInterval(snoozeTimer);
      await app.close();
      await relay?.stop();
      await worker?.stop();
      await events.stop();
      if (!opts.database) await database.close();
    },
  };
}

function mergeListeners(...all: EventListeners[]): EventListeners {
  const merged: Record<string, string[]> = {};
  for (const listeners of all) {
    for (const [type, queues] of Object.entries(listeners)) merged[type] = [...(merged[type] ?? []), ...(queues ?? [])];
  }
  return merged as EventListeners;
}
