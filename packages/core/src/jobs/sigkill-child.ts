/**
 * A worker process for the SIGKILL test: relays the outbox and runs jobs, and hangs inside the
 * `slow` handler (announcing it on stdout) so that the test can kill it mid-job.
 */
import { openDatabase } from '@balie/db';
import { EventRelay } from '../events/event-relay';
import { JobWorker } from './job-worker';

const database = await openDatabase({ databaseUrl: process.env.CHILD_DATABASE_URL, dataDir: process.env.CHILD_DATA_DIR });
const relay = new EventRelay(database, { 'account.updated': ['on-event'] }, 100);
const worker = new JobWorker({
  database,
  leaseMs: 1500,
  pollMs: 100,
  concurrency: 2,
  queues: {
    'on-event': { handler: async () => undefined },
    slow: {
      handler: async (job) => {
        process.stdout.write(`started ${job.id}\n`);
        await new Promise(() => undefined);
      },
    },
  },
});
await relay.start();
await worker.start();
process.stdout.write('ready\n');
