import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { QueueQuery, type AppError, type ReachFigures } from '@balie/contracts';
import { sql } from '@balie/db';
import type { Actor } from '../context';
import { openTestStorage, seedTenant, type TestStorage } from '../testing';
import { recordInbound } from '../inbox/record-inbound';
import { listQueue } from '../inbox/list-queue';
import { listMessages } from '../inbox/get-conversation';
import { setUrgency } from '../inbox/work-conversation';
import { runReanalysisBatch, startReanalysis } from '../analysis/reanalyze';
import { recordReach } from './record-reach';

interface Tenant {
  actor: Actor;
  connectionId: string;
}

/** A public complaint whose text alone gives a normal urgency that a large audience makes high. */
const COMPLAINT = 'Al drie dagen geen internet en niemand van jullie reageert. Slechtste provider ooit.';
const VIRAL: ReachFigures = { followers: 25_000, likes: 120, reshares: 30 };

describe('recordReach', () => {
  let t: TestStorage;
  let a: Tenant;
  let b: Tenant;
  let n = 0;

  const tenant = (name: string): Promise<Tenant> => seedTenant(t.database, name, 'api', 'Forum');

  function receive(who: Tenant, opts: { visibility?: 'public' | 'private'; reach?: ReachFigures; body?: string } = {}) {
    const id = ++n;
    return recordInbound({
      db: t.database.db,
      accountId: who.actor.accountId,
      input: {
        connectionId: who.connectionId,
        externalId: `post-${id}`,
        threadKey: `thread-${id}`,
        visibility: opts.visibility ?? 'public',
        body: opts.body ?? COMPLAINT,
        sender: { externalId: `klant-${id}` },
        ...(opts.reach ? { reach: opts.reach } : {}),
      },
    });
  }
  const report = (who: Tenant, externalId: string, figures: ReachFigures, observedAt?: string) =>
    recordReach({
      db: t.database.db,
      accountId: who.actor.accountId,
      report: { connectionId: who.connectionId, externalId, figures, observedAt },
    });
  const externalIdOf = async (messageId: string) =>
    (await t.database.db.execute(sql`select external_id from messages where id = ${messageId}`)).rows[0]!.external_id as string;
  const urgencyOf = async (messageId: string) =>
    (await t.database.db.execute(sql`select analysis->'urgency' as u from messages where id = ${messageId}`)).rows[0]!.u as {
      score: number;
      base: number;
      level: string;
      signals: string[];
    };
  const conversation = async (id: string) =>
    (await t.database.db.execute(sql`select urgency, urgency_score, urgency_manual from conversations where id = ${id}`))
      .rows[0]!;
  const events = async (who: Tenant) =>
    (
      await t.database.db.execute(sql`select type, payload from events where account_id = ${who.actor.accountId} order by seq`)
    ).rows.map((r) => ({ type: r.type as string, payload: r.payload as { conversationId: string; changes?: string[] } }));

  before(async () => {
    t = await openTestStorage();
    a = await tenant('Polderlink');
    b = await tenant('Ander');
  });
  after(() => t.close());

  describe('when a public post arrives with its reach', () => {
    it('is more urgent than the same post without an audience', async () => {
      const quiet = await receive(a);
      const loud = await receive(a, { reach: VIRAL });
      const [q, l] = [await urgencyOf(quiet.messageId), await urgencyOf(loud.messageId)];
      assert.ok(l.score > q.score, `${l.score} > ${q.score}`);
      assert.equal(l.base, q.base);
      assert.ok(l.signals.includes('reach'));
      assert.equal((await conversation(loud.conversationId)).urgency, 'high');
      assert.equal((await conversation(quiet.conversationId)).urgency, 'normal');
    });

    it('does not count the audience of a private message', async () => {
      const dm = await receive(a, { visibility: 'private', reach: VIRAL });
      const u = await urgencyOf(dm.messageId);
      assert.equal(u.score, u.base);
      assert.ok(!u.signals.includes('reach'));
    });
  });

  describe('when new figures are reported for a stored post', () => {
    it('re-scores it without re-analysis and moves the conversation up the queue, with an event and an audit entry', async () => {
      const first = await receive(a);
      const later = await receive(a);
      const order = async () =>
        (await listQueue({ db: t.database.db, actor: a.actor, query: QueueQuery.parse({ tab: 'open', limit: 100 }) })).items
          .map((i) => i.id)
          .filter((id) => id === first.conversationId || id === later.conversationId);
      assert.deepEqual(await order(), [first.conversationId, later.conversationId], 'the longest wait first');
      const seq = (await events(a)).length;

      const result = await report(a, await externalIdOf(later.messageId), VIRAL);
      assert.equal(result.outcome, 'updated');
      assert.deepEqual(await order(), [later.conversationId, first.conversationId], 'the post with an audience first');
      const u = await urgencyOf(later.messageId);
      assert.ok(u.signals.includes('reach'));
      assert.equal(u.base, (await urgencyOf(first.messageId)).base);
      const c = await conversation(later.conversationId);
      assert.equal(c.urgency, 'high');
      assert.equal(c.urgency_score, u.score);
      const emitted = (await events(a)).slice(seq);
      assert.deepEqual(emitted, [
        { type: 'conversation.updated', payload: { conversationId: later.conversationId, changes: ['urgency'] } },
      ]);
      const audit = (
        await t.database.db.execute(sql`select actor_type, actor_name, action from audit_log
          where account_id = ${a.actor.accountId} and target_id = ${later.messageId}`)
      ).rows;
      assert.deepEqual(audit, [{ actor_type: 'system', actor_name: 'Forum', action: 'message.reach_rescored' }]);
    });

    it('is idempotent, ignores an older report, and keeps figures left out of a report', async () => {
      const r = await receive(a, { reach: { followers: 10 } });
      const id = await externalIdOf(r.messageId);
      assert.equal((await report(a, id, { likes: 5 }, '2026-01-02T10:00:00Z')).outcome, 'updated');
      const seq = (await events(a)).length;
      assert.equal((await report(a, id, { likes: 5 }, '2026-01-02T10:00:00Z')).outcome, 'unchanged');
      assert.equal((await report(a, id, { likes: 5000 }, '2026-01-02T09:00:00Z')).outcome, 'stale');
      assert.equal((await events(a)).length, seq, 'nothing to tell the queues');
      const stored = (await t.database.db.execute(sql`select reach from messages where id = ${r.messageId}`)).rows[0]!.reach;
      assert.deepEqual(stored, { figures: { followers: 10, likes: 5 }, observedAt: '2026-01-02T10:00:00Z' });
      const { items } = await listMessages({ db: t.database.db, actor: a.actor, conversationId: r.conversationId, limit: 10 });
      assert.deepEqual(items[0]?.reach, { followers: 10, likes: 5 }, 'the thread shows the figures as last reported');
    });

    it('never takes urgency below what the text alone gives', async () => {
      const r = await receive(a, { reach: VIRAL });
      const id = await externalIdOf(r.messageId);
      const text = (await urgencyOf((await receive(a)).messageId)).score;
      await report(a, id, { followers: 0, likes: 0, replies: 0, reshares: 0 });
      const u = await urgencyOf(r.messageId);
      assert.equal(u.score, text);
      assert.equal(u.score, u.base);
      assert.ok(!u.signals.includes('reach'));
    });

    it('keeps an urgency an agent set by hand', async () => {
      const r = await receive(a);
      await setUrgency({ db: t.database.db, actor: a.actor, conversationId: r.conversationId, urgency: 'low' });
      await report(a, await externalIdOf(r.messageId), VIRAL);
      const c = await conversation(r.conversationId);
      assert.equal(c.urgency, 'low');
      assert.equal(c.urgency_manual, true);
      assert.ok((await urgencyOf(r.messageId)).signals.includes('reach'), 'the message itself is re-scored');
    });

    it('weighs the last reported figures again when the account is re-analysed', async () => {
      const r = await receive(a);
      await report(a, await externalIdOf(r.messageId), VIRAL);
      const before = await urgencyOf(r.messageId);
      const run = await startReanalysis({ db: t.database.db, actor: a.actor });
      await runReanalysisBatch(t.database, a.actor.accountId, { runId: run.id, after: null });
      assert.deepEqual(await urgencyOf(r.messageId), before);
    });

    it("does not find another connection's or account's message", async () => {
      const theirs = await receive(b);
      const id = await externalIdOf(theirs.messageId);
      await assert.rejects(report(a, id, VIRAL), (e: AppError) => e.code === 'not_found');
      await assert.rejects(
        recordReach({
          db: t.database.db,
          accountId: a.actor.accountId,
          report: { connectionId: b.connectionId, externalId: id, figures: VIRAL },
        }),
        (e: AppError) => e.code === 'not_found',
      );
      await assert.rejects(report(a, 'never-sent', VIRAL), (e: AppError) => e.code === 'not_found');
      assert.ok(!(await urgencyOf(theirs.messageId)).signals.includes('reach'));
    });
  });
});
