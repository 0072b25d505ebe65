import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from '@balie/db';
import { openTestStorage, seedAccount, type TestStorage } from '../testing';
import { listMessageRevisions, recordPlatformChange } from './record-platform-change';
import { recordInbound } from './record-inbound';

describe('recordPlatformChange', () => {
  let t: TestStorage;
  let accountId: string;
  let connectionId: string;
  let messageId: string;
  before(async () => {
    t = await openTestStorage();
    accountId = (await seedAccount(t.database, 'A')).accountId;
    connectionId = (
      await t.database.db.execute(
        sql`insert into channel_connections (account_id, kind, name) values (${accountId}, 'x', 'X') returning id`,
      )
    ).rows[0]!.id as string;
    messageId = (
      await recordInbound({
        db: t.database.db,
        accountId,
        input: {
          connectionId,
          externalId: 'tweet-1',
          threadKey: 't',
          visibility: 'public',
          body: 'jullie zijn waardeloos',
          sender: { externalId: 'u' },
        },
      })
    ).messageId;
  });
  after(() => t.close());

  it('shows an edit and keeps the text as it was, once per change', async () => {
    const change = {
      connectionId,
      externalId: 'tweet-1',
      kind: 'edited' as const,
      body: 'jullie zijn traag',
      changedAt: '2026-11-20T10:00:00Z',
    };
    assert.equal(await recordPlatformChange({ db: t.database.db, accountId, change }), true);
    assert.equal(await recordPlatformChange({ db: t.database.db, accountId, change }), true);
    const row = (await t.database.db.execute(sql`select body, edited_at from messages where id = ${messageId}`)).rows[0]!;
    assert.equal(row.body, 'jullie zijn traag');
    assert.ok(row.edited_at);
    const revisions = await listMessageRevisions(t.database.db, accountId, messageId);
    assert.deepEqual(
      revisions.map((r) => [r.kind, r.previousBody]),
      [['edited', 'jullie zijn waardeloos']],
    );
  });

  it('marks a deletion without losing the text', async () => {
    await recordPlatformChange({
      db: t.database.db,
      accountId,
      change: { connectionId, externalId: 'tweet-1', kind: 'deleted' },
    });
    const row = (await t.database.db.execute(sql`select body, deleted_at from messages where id = ${messageId}`)).rows[0]!;
    assert.equal(row.body, 'jullie zijn traag');
    assert.ok(row.deleted_at);
    assert.equal((await listMessageRevisions(t.database.db, accountId, messageId)).length, 2);
  });

  it('reports an unknown message, and ignores another account asking', async () => {
    assert.equal(
      await recordPlatformChange({ db: t.database.db, accountId, change: { connectionId, externalId: 'nope', kind: 'deleted' } }),
      false,
    );
    const other = (await seedAccount(t.database, 'B')).accountId;
    assert.equal(
      await recordPlatformChange({
        db: t.database.db,
        accountId: other,
        change: { connectionId, externalId: 'tweet-1', kind: 'edited', body: 'x' },
      }),
      false,
    );
  });
});
