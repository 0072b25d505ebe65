import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from '@balie/db';
import { openTestStorage, seedAccount } from '../testing';
import { enqueueJob } from '../jobs/enqueue-job';
import { runCleanup, scheduleCleanup, CLEANUP_QUEUE } from './cleanup';

describe('runCleanup', () => {
  it('removes what has expired and keeps what is still needed', async () => {
    const t = await openTestStorage();
    const { db } = t.database;
    try {
      const { accountId } = await seedAccount(t.database, 'Cleanup');
      const user = (
        await db.execute(sql`insert into users (email, name, password_hash) values ('c@x.nl', 'C', 'x') returning id`)
      ).rows[0]!.id;
      await db.execute(sql`insert into sessions (token_hash, user_id, account_id, expires_at) values
        ('old', ${user}, ${accountId}, now() - interval '1 hour'), ('live', ${user}, ${accountId}, now() + interval '1 day')`);
      const oldJob = await enqueueJob({ tx: db, queue: 'q' });
      const newJob = await enqueueJob({ tx: db, queue: 'q' });
      const deadJob = await enqueueJob({ tx: db, queue: 'q' });
      await db.execute(sql`update jobs set status = 'completed', finished_at = now() - interval '8 days' where id = ${oldJob}`);
      await db.execute(sql`update jobs set status = 'completed', finished_at = now() where id = ${newJob}`);
      await db.execute(sql`update jobs set status = 'dead', finished_at = now() - interval '30 days' where id = ${deadJob}`);

      await runCleanup(t.database);

      const sessions = (await db.execute(sql`select token_hash from sessions`)).rows.map((r) => r.token_hash);
      assert.deepEqual(sessions, ['live']);
      const jobs = (await db.execute(sql`select id::int as id from jobs order by id`)).rows.map((r) => r.id);
      assert.deepEqual(jobs, [newJob, deadJob], 'dead jobs stay until an admin acts on them');
    } finally {
      await t.close();
    }
  });

  it('is scheduled once per hour however many processes ask', async () => {
    const t = await openTestStorage();
    try {
      const now = new Date('2026-11-22T10:15:00Z');
      await Promise.all([scheduleCleanup(t.database.db, now), scheduleCleanup(t.database.db, now)]);
      await scheduleCleanup(t.database.db, new Date('2026-11-22T11:01:00Z'));
      const n = (await t.database.db.execute(sql`select count(*)::int as n from jobs where queue = ${CLEANUP_QUEUE}`)).rows[0]!.n;
      assert.equal(n, 2);
    } finally {
      await t.close();
    }
  });
});
