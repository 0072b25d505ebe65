import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from '@balie/db';
import { openTestStorage, seedAccount, type TestStorage } from '../testing';
import { emitEvent } from './emit-event';
import { EventRelay } from './event-relay';

describe('EventRelay with a filtered listener', () => {
  let t: TestStorage;
  before(async () => {
    t = await openTestStorage();
  });
  after(() => t.close());

  it('enqueues the filtered queue only for the accounts and event types its filter wants, and marks every event relayed', async () => {
    const { accountId: wanting } = await seedAccount(t.database, 'Met webhooks');
    const { accountId: other } = await seedAccount(t.database, 'Zonder webhooks');
    const asked: string[][] = [];
    const relay = new EventRelay(
      t.database,
      { 'account.updated': ['filtered', 'everyone'], 'conversation.updated': ['filtered'] },
      1000,
      () => undefined,
      {
        filtered: async (_db, accountIds) => {
          asked.push([...accountIds].sort());
          return new Set([`${wanting} account.updated`]);
        },
      },
    );
    await t.database.db.transaction(async (tx) => {
      for (const accountId of [wanting, other]) {
        await emitEvent({ tx, accountId, type: 'account.updated', payload: { name: 'x', defaultLanguage: 'nl' } });
        await emitEvent({ tx, accountId, type: 'conversation.updated', payload: { conversationId: 'c', changes: [] } });
      }
    });
    assert.equal(await relay.relayBatch(), 4);
    const jobs = (
      await t.database.db.execute(
        sql`select queue, account_id from jobs where queue in ('filtered', 'everyone') order by queue, account_id`,
      )
    ).rows.map((r) => `${r.queue as string} ${r.account_id === wanting ? 'wanting' : 'other'}`);
    assert.deepEqual(jobs.sort(), ['everyone other', 'everyone wanting', 'filtered wanting']);
    assert.deepEqual(asked, [[wanting, other].sort()], 'the filter is asked once for the batch');
    const open = (await t.database.db.execute(sql`select count(*)::int as n from events where dispatched_at is null`)).rows[0];
    assert.equal(open?.n, 0);
  });
});
