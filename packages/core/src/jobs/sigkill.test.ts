import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { migrate, openDatabase, sql, type Database } from '@balie/db';
import { EventRelay } from '../events/event-relay';
import { emitEvent } from '../events/emit-event';
import { openTestStorage, seedAccount } from '../testing';
import { enqueueJob } from './enqueue-job';
import { JobWorker } from './job-worker';

const CHILD = fileURLToPath(new URL('./sigkill-child.ts', import.meta.url));

/** Starts the child worker and resolves when it is inside the `slow` handler. */
function startChildUntilBusy(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const busy = new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('started')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`child exited early (${code}): ${out}`)));
  });
  return { child, busy };
}

async function count(database: Database, query: ReturnType<typeof sql>): Promise<number> {
  return ((await database.db.execute(query)).rows[0] as { n: number }).n;
}

describe('a worker process killed with SIGKILL in the middle of work', () => {
  it('loses no event and no job: another process finishes everything', { timeout: 60_000 }, async () => {
    // PGlite allows one process at a time: the child gets the data folder, then the "restarted" parent.
    const storage = process.env.BALIE_TEST_DATABASE_URL ? await openTestStorage() : undefined;
    const dataDir = storage ? undefined : await mkdtemp(join(tmpdir(), 'balie-sigkill-'));
    let database = storage?.database ?? (await openDatabase({ dataDir }));
    try {
      if (!storage) await migrate(database.db);
      const { accountId } = await seedAccount(database, 'Crash');
      const slowIds: number[] = [];
      for (let i = 0; i < 3; i++) slowIds.push((await enqueueJob({ tx: database.db, queue: 'slow', payload: { i } }))!);
      for (let i = 0; i < 20; i++) {
        await database.db.transaction((tx) =>
          emitEvent({ tx, accountId, type: 'account.updated', payload: { name: `v${i}`, defaultLanguage: 'nl' } }),
        );
      }
      if (!storage) await database.close();

      const { child, busy } = startChildUntilBusy(storage ? { CHILD_DATABASE_URL: storage.url! } : { CHILD_DATA_DIR: dataDir! });
      await busy;
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));

      if (!storage) database = await openDatabase({ dataDir });
      const finished = new Set<number>();
      const relay = new EventRelay(database, { 'account.updated': ['on-event'] }, 100);
      const worker = new JobWorker({
        database,
        pollMs: 100,
        leaseMs: 1500,
        queues: { 'on-event': { handler: async () => undefined }, slow: { handler: async (job) => void finished.add(job.id) } },
      });
      await relay.start();
      await worker.start();
      const deadline = Date.now() + 30_000;
      while (finished.size < slowIds.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      while (
        (await count(database, sql`select count(*)::int as n from jobs where status <> 'completed'`)) > 0 &&
        Date.now() < deadline
      ) {
        await new Promise((r) => setTimeout(r, 100));
      }
      await relay.stop();
      await worker.stop();

      assert.deepEqual([...finished].sort(), [...slowIds].sort(), 'every slow job ran to completion');
      assert.equal(await count(database, sql`select count(*)::int as n from events where dispatched_at is null`), 0);
      assert.equal(
        await count(database, sql`select count(*)::int as n from jobs where queue = 'on-event' and status = 'completed'`),
        20,
        'one listener job per event, none lost, none doubled',
      );
      const rerun = await count(database, sql`select count(*)::int as n from jobs where queue = 'slow' and attempts >= 2`);
      assert.ok(rerun >= 1, 'the job the child was running was run again');
    } finally {
      if (storage) await storage.close();
      else {
        await database.close().catch(() => undefined);
        await rm(dataDir!, { recursive: true, force: true });
      }
    }
  });
});
