import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { QueueQuery, type QueueTab } from '@balie/contracts';
import { sql } from '@balie/db';
import type { Actor } from '../context';
import { openTestStorage, seedAccount, type TestStorage } from '../testing';
import { queueQuery } from './list-queue';

/** The plan PostgreSQL picks for a query, as one line of text. */
async function plan(t: TestStorage, query: ReturnType<typeof sql>): Promise<string> {
  const r = await t.database.db.execute(sql`explain ${query}`);
  return r.rows.map((row) => Object.values(row)[0]).join('\n');
}

describe('the queue queries', () => {
  let t: TestStorage;
  let actor: Actor;
  before(async () => {
    t = await openTestStorage();
    const accounts = [await seedAccount(t.database, 'A'), await seedAccount(t.database, 'B'), await seedAccount(t.database, 'C')];
    const { db } = t.database;
    const user = (await db.execute(sql`insert into users (email, name, password_hash) values ('q@a.nl', 'Q', 'x') returning id`))
      .rows[0]!.id as string;
    actor = { type: 'user', id: user, name: 'Q', accountId: accounts[0]!.accountId, role: 'agent' };
    // 3 accounts × 6,000 conversations in every state: enough rows that an index beats a scan.
    for (const { accountId } of accounts) {
      await db.execute(sql`insert into channel_connections (account_id, kind, name) values (${accountId}, 'x', 'X')`);
      await db.execute(
        sql`insert into contacts (account_id, name) select ${accountId}, 'klant ' || g from generate_series(1, 50) g`,
      );
      await db.execute(sql`
        insert into conversations (account_id, contact_id, connection_id, thread_key, visibility, status, urgency,
          waiting_since, assignee_id, last_message_at, resolved_at)
        select ${accountId}, (select id from contacts where account_id = ${accountId} order by id offset (g % 50) limit 1),
          (select id from channel_connections where account_id = ${accountId}), 't' || g, 'private',
          (array['open','pending','snoozed','resolved','resolved','resolved'])[1 + g % 6], 'normal',
          now() - g * interval '1 minute',
          case when g % 7 = 0 then ${user}::uuid end, now(),
          case when g % 6 >= 3 then now() - g * interval '1 minute' end
        from generate_series(1, 6000) g`);
    }
    await db.execute(sql`analyze`);
  });
  after(() => t.close());

  for (const [tab, index] of [
    ['open', 'conversations_queue_idx'],
    ['pending', 'conversations_queue_idx'],
    // Most open work is unassigned: walking the open queue and skipping the assigned is as good.
    ['unassigned', 'conversations_(assignee_)?queue_idx'],
    ['mine', 'conversations_assignee_queue_idx'],
    ['resolved', 'conversations_resolved_idx'],
  ] as Array<[QueueTab, string]>) {
    it(`reads the ${tab} tab through ${index.replace('(assignee_)?', '')}, without sorting the account's conversations`, async () => {
      const text = await plan(t, queueQuery(actor, QueueQuery.parse({ tab })));
      assert.match(text, new RegExp(index), text);
      assert.doesNotMatch(text, /Seq Scan on conversations/, text);
      assert.doesNotMatch(text, /Sort\b/, text);
    });
  }
});
