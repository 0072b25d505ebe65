import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AppError } from '@balie/contracts';
import { sql, type Db } from '@balie/db';
import type { Actor } from '../context';
import { openTestStorage, seedAccount, type TestStorage } from '../testing';
import { importConversation, type ImportConversationInput } from './import-conversation';

const one = async (db: Db, query: ReturnType<typeof sql>) => (await db.execute(query)).rows[0]!;

describe('importConversation', () => {
  let t: TestStorage;
  let db: Db;
  let actor: Actor;
  let agentId: string;
  let connectionId: string;
  let labelId: string;
  let categoryId: string;
  let teamId: string;
  let otherConnectionId: string;
  let otherLabelId: string;

  before(async () => {
    t = await openTestStorage();
    db = t.database.db;
    const { accountId } = await seedAccount(t.database, 'A');
    const other = (await seedAccount(t.database, 'B')).accountId;
    agentId = (await one(db, sql`insert into users (email, name, password_hash) values ('a@a.nl', 'Agent', 'x') returning id`))
      .id as string;
    await db.execute(sql`insert into memberships (account_id, user_id, role) values (${accountId}, ${agentId}, 'agent')`);
    actor = { type: 'user', id: agentId, name: 'Agent', accountId, role: 'agent' };
    const id = async (query: ReturnType<typeof sql>) => (await one(db, query)).id as string;
    connectionId = await id(
      sql`insert into channel_connections (account_id, kind, name) values (${accountId}, 'x', 'X') returning id`,
    );
    labelId = await id(sql`insert into labels (account_id, name, color) values (${accountId}, 'klacht', 'red') returning id`);
    categoryId = await id(
      sql`insert into resolution_categories (account_id, name) values (${accountId}, 'Opgelost') returning id`,
    );
    teamId = await id(sql`insert into teams (account_id, name) values (${accountId}, 'Social') returning id`);
    otherConnectionId = await id(
      sql`insert into channel_connections (account_id, kind, name) values (${other}, 'x', 'X') returning id`,
    );
    otherLabelId = await id(sql`insert into labels (account_id, name, color) values (${other}, 'klacht', 'red') returning id`);
  });
  after(() => t.close());

  const resolved = (): ImportConversationInput => ({
    connectionId,
    threadKey: 'tweet-1',
    visibility: 'public',
    sender: { externalId: 'u1', handle: '@sanne', displayName: 'Sanne' },
    // Given out of order: stored in time order.
    messages: [
      { direction: 'outbound', body: 'Vervelend! Stuur je ons een DM?', at: '2026-11-01T10:20:00Z', authorId: null },
      { direction: 'inbound', body: 'Internet ligt er weer uit', at: '2026-11-01T10:00:00Z', externalId: 'tw-1' },
      { direction: 'note', body: 'Storing in Utrecht', at: '2026-11-01T10:25:00Z', authorId: null },
      { direction: 'inbound', body: 'Gedaan, dank', at: '2026-11-01T10:30:00Z', externalId: 'tw-2' },
      { direction: 'outbound', body: 'Graag gedaan ^AB', at: '2026-11-01T10:40:00Z', authorId: null },
    ].map((m) => (m.direction === 'inbound' ? m : { ...m, authorId: agentId })) as ImportConversationInput['messages'],
    status: 'resolved',
    categoryId,
    resolvedAt: '2026-11-01T11:00:00Z',
    labelIds: [labelId],
    urgency: 'high',
  });

  it('writes a resolved conversation in its final state, messages in time order, one event', async () => {
    const seqBefore = Number((await one(db, sql`select count(*)::int as n from events`)).n);
    const r = await importConversation({ db, actor, input: resolved() });
    assert.equal(r.duplicate, false);
    const c = await one(db, sql`select * from conversations where id = ${r.conversationId}`);
    assert.equal(c.status, 'resolved');
    assert.equal(c.urgency, 'high');
    assert.equal(c.category_id, categoryId);
    assert.deepEqual(c.label_ids, [labelId]);
    assert.equal(c.contact_id, r.contactId);
    assert.equal(c.waiting_since, null);
    assert.equal(new Date(c.resolved_at as string).toISOString(), '2026-11-01T11:00:00.000Z');
    assert.equal(new Date(c.created_at as string).toISOString(), '2026-11-01T10:00:00.000Z');
    assert.equal(new Date(c.first_response_at as string).toISOString(), '2026-11-01T10:20:00.000Z');
    assert.equal(new Date(c.last_message_at as string).toISOString(), '2026-11-01T10:40:00.000Z');
    assert.equal(c.last_message_preview, 'Graag gedaan ^AB');
    const messages = (
      await db.execute(sql`select direction, body, external_id, delivery_status, author_type, author_id, visibility
        from messages where conversation_id = ${r.conversationId} order by created_at, id`)
    ).rows;
    assert.deepEqual(
      messages.map((m) => [m.direction, m.external_id, m.delivery_status, m.visibility]),
      [
        ['inbound', 'tw-1', 'received', 'public'],
        ['outbound', null, 'sent', 'public'],
        ['note', null, 'sent', 'private'],
        ['inbound', 'tw-2', 'received', 'public'],
        ['outbound', null, 'sent', 'public'],
      ],
    );
    assert.equal(messages[0]!.author_id, r.contactId);
    assert.equal(messages[1]!.author_id, agentId);
    const events = (await db.execute(sql`select type, payload from events order by seq`)).rows.slice(seqBefore);
    assert.deepEqual(
      events.map((e) => [e.type, (e.payload as { conversationId: string }).conversationId]),
      [['conversation.created', r.conversationId]],
    );
    const identity = await one(db, sql`select handle from contact_identities where contact_id = ${r.contactId}`);
    assert.equal(identity.handle, '@sanne');
  });

  it('is idempotent on the first customer message', async () => {
    const count = async () => Number((await one(db, sql`select count(*)::int as n from conversations`)).n);
    const before = await count();
    const first = (await db.execute(sql`select conversation_id from messages where external_id = 'tw-1'`)).rows[0]!;
    const again = await importConversation({ db, actor, input: resolved() });
    assert.equal(again.duplicate, true);
    assert.equal(again.conversationId, first.conversation_id);
    assert.equal(await count(), before);
  });

  it('keeps an open conversation waiting since the oldest unanswered message, for the same contact', async () => {
    const r = await importConversation({
      db,
      actor,
      input: {
        connectionId,
        threadKey: 'dm-1',
        visibility: 'private',
        sender: { externalId: 'u1' },
        messages: [
          { direction: 'inbound', body: 'Hallo', at: '2026-11-02T09:00:00Z', externalId: 'dm-1' },
          { direction: 'outbound', body: 'Waarmee kan ik helpen?', at: '2026-11-02T09:10:00Z', authorId: agentId },
          { direction: 'inbound', body: 'Mijn factuur klopt niet', at: '2026-11-02T09:30:00Z', externalId: 'dm-2' },
          { direction: 'inbound', body: 'Hallo??', at: '2026-11-02T10:30:00Z', externalId: 'dm-3' },
          { direction: 'note', body: 'Even navragen bij billing', at: '2026-11-02T10:45:00Z', authorId: agentId },
        ],
        status: 'open',
        assigneeId: agentId,
        teamId,
      },
    });
    const c = await one(db, sql`select * from conversations where id = ${r.conversationId}`);
    assert.equal(c.status, 'open');
    assert.equal(c.urgency, 'normal');
    assert.equal(c.assignee_id, agentId);
    assert.equal(c.team_id, teamId);
    assert.equal(c.resolved_at, null);
    assert.equal(new Date(c.waiting_since as string).toISOString(), '2026-11-02T09:30:00.000Z');
    // A note is not a message to or from the customer.
    assert.equal(new Date(c.last_message_at as string).toISOString(), '2026-11-02T10:30:00.000Z');
    assert.equal(c.last_message_preview, 'Hallo??');
    const first = await one(db, sql`select contact_id from conversations where thread_key = 'tweet-1'`);
    assert.equal(r.contactId, first.contact_id);
  });

  it("refuses another account's connection or label, strangers and a resolution without a category", async () => {
    const input = (over: Partial<ImportConversationInput>, ext: string): ImportConversationInput => ({
      ...resolved(),
      threadKey: ext,
      messages: [{ direction: 'inbound', body: 'x', at: '2026-11-03T09:00:00Z', externalId: ext }],
      ...over,
    });
    const refused = (code: string) => (err: unknown) => err instanceof AppError && err.code === code;
    await assert.rejects(
      importConversation({ db, actor, input: input({ connectionId: otherConnectionId }, 'r1') }),
      refused('not_found'),
    );
    await assert.rejects(
      importConversation({ db, actor, input: input({ labelIds: [otherLabelId] }, 'r2') }),
      refused('not_found'),
    );
    await assert.rejects(
      importConversation({ db, actor, input: input({ status: 'open', assigneeId: actor.accountId }, 'r3') }),
      refused('not_a_member'),
    );
    await assert.rejects(
      importConversation({ db, actor, input: input({ categoryId: null }, 'r4') }),
      refused('category_required'),
    );
    await assert.rejects(
      importConversation({ db, actor: { ...actor, role: 'viewer' }, input: input({}, 'r5') }),
      refused('forbidden'),
    );
    const n = await one(db, sql`select count(*)::int as n from messages where external_id like 'r%'`);
    assert.equal(n.n, 0);
  });
});
