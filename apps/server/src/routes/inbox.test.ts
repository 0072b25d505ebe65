import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { recordInbound } from '@balie/core';
import type { InboundMessageInput } from '@balie/contracts';
import { PASSWORD, setupFirstAccount, signIn, startTestServer, type Client, type TestServer } from '../test-support';

describe('the inbox', () => {
  let server: TestServer;
  let admin: Client;
  let agent: Client;
  let connectionId: string;
  let categoryId: string;
  let n = 0;

  /** A customer writes on X, as the channel adapter will record it. */
  async function customerWrites(thread: string, body: string, sentAt?: Date, sender = thread) {
    const input: InboundMessageInput = {
      connectionId,
      externalId: `msg-${++n}`,
      threadKey: thread,
      visibility: 'private',
      body,
      sender: { externalId: `user-${sender}`, handle: `@${sender}`, displayName: sender },
      ...(sentAt ? { sentAt: sentAt.toISOString() } : {}),
    };
    return recordInbound({ db: server.storage.database.db, accountId: admin.session.account.id, input });
  }
  const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

  before(async () => {
    server = await startTestServer();
    admin = await setupFirstAccount(server.app);
    connectionId = (await admin.request('POST', '/api/connections', { kind: 'x', name: 'X @balie' })).json().id;
    categoryId = (await admin.request('POST', '/api/categories', { name: 'Opgelost' })).json().id;
    await admin.request('POST', '/api/members', { name: 'Sanne', email: 'sanne@a.nl', role: 'agent', password: PASSWORD });
    agent = await signIn(server.app, 'sanne@a.nl', PASSWORD);
  });
  after(() => server.close());

  it('puts a new customer message in the open and unassigned queues, with the contact made from the sender', async () => {
    const { conversationId, newConversation } = await customerWrites(
      'anna',
      'hoi, mijn pakket is nog steeds niet bezorgd??',
      minutesAgo(30),
    );
    assert.ok(newConversation);
    const open = (await agent.request('GET', '/api/conversations?tab=unassigned')).json();
    const row = open.items.find((c: { id: string }) => c.id === conversationId);
    assert.equal(row.contact.name, 'anna');
    assert.equal(row.connection.kind, 'x');
    assert.equal(row.status, 'open');
    assert.ok(row.waitingSince);
    const counts = (await agent.request('GET', '/api/conversations/counts')).json();
    assert.deepEqual(counts.open, { count: 1, capped: false });
  });

  it('stores a redelivered message once', async () => {
    const input: InboundMessageInput = {
      connectionId,
      externalId: 'same-id',
      threadKey: 'dup',
      visibility: 'public',
      body: 'dubbel?',
      sender: { externalId: 'user-dup' },
    };
    const first = await recordInbound({ db: server.storage.database.db, accountId: admin.session.account.id, input });
    const again = await recordInbound({ db: server.storage.database.db, accountId: admin.session.account.id, input });
    assert.equal(again.duplicate, true);
    assert.equal(again.messageId, first.messageId);
    const detail = (await agent.request('GET', `/api/conversations/${first.conversationId}`)).json();
    assert.equal(detail.messages.length, 1);
  });

  it('orders the queue by urgency, then the longest-waiting customer, and pages without gaps or repeats', async () => {
    const waits = [300, 10, 120, 45, 600, 5, 90];
    const ids: Record<number, string> = {};
    for (const w of waits) ids[w] = (await customerWrites(`order-${w}`, `vraag ${w}`, minutesAgo(w))).conversationId;
    await agent.request('POST', `/api/conversations/${ids[5]}/urgency`, { urgency: 'urgent' });

    const seen: Array<{ id: string; urgency: string; waitingSince: string | null }> = [];
    let cursor: string | null = null;
    do {
      const page: { items: typeof seen; nextCursor: string | null } = (
        await agent.request('GET', `/api/conversations?tab=open&limit=3${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    assert.equal(new Set(seen.map((c) => c.id)).size, seen.length, 'no conversation twice');
    assert.equal(seen[0]!.id, ids[5], 'urgent first');
    const rest = seen.slice(1).filter((c) => c.waitingSince);
    const times = rest.map((c) => Date.parse(c.waitingSince!));
    assert.deepEqual(
      times,
      [...times].sort((a, b) => a - b),
      'then the longest wait first',
    );
    assert.equal(rest[0]!.id, ids[600]);
  });

  it('filters the queue by channel, urgency and date', async () => {
    const recent = await customerWrites('nina', 'nieuw', minutesAgo(1));
    const all = (await agent.request('GET', '/api/conversations?tab=open&limit=100')).json().items.length;
    const since = encodeURIComponent(new Date(Date.now() - 3 * 60_000).toISOString());
    const fresh = (await agent.request(`GET`, `/api/conversations?tab=open&since=${since}`)).json().items;
    assert.ok(fresh.some((c: { id: string }) => c.id === recent.conversationId));
    assert.ok(fresh.length < all);
    assert.equal((await agent.request('GET', '/api/conversations?tab=open&channel=whatsapp')).json().items.length, 0);
    const urgent = (await agent.request('GET', '/api/conversations?tab=open&urgency=urgent')).json().items;
    assert.ok(urgent.every((c: { urgency: string }) => c.urgency === 'urgent'));
    assert.equal((await agent.request('GET', '/api/conversations?tab=open&urgency=panic')).statusCode, 400);
  });

  it('puts an urgent conversation that nobody waits on after every waiting customer', async () => {
    const answered = await customerWrites('olga', 'dringend!', minutesAgo(500));
    await agent.request('POST', `/api/conversations/${answered.conversationId}/urgency`, { urgency: 'urgent' });
    await agent.request('POST', `/api/conversations/${answered.conversationId}/reply`, { body: 'We bellen je nu.' });
    const waiting = await customerWrites('piet', 'normale vraag', minutesAgo(2));
    const ids = (await agent.request('GET', '/api/conversations?tab=open&limit=100'))
      .json()
      .items.map((c: { id: string }) => c.id);
    assert.ok(ids.indexOf(waiting.conversationId) < ids.indexOf(answered.conversationId));
  });

  it('stops the wait when an agent replies, and records the first response', async () => {
    const { conversationId } = await customerWrites('bram', 'waarom is mijn factuur zo hoog', minutesAgo(20));
    const reply = await agent.request('POST', `/api/conversations/${conversationId}/reply`, {
      body: 'Hoi Bram, ik kijk even mee!',
    });
    assert.equal(reply.statusCode, 201);
    assert.equal(reply.json().authorName, 'Sanne');
    assert.equal(reply.json().deliveryStatus, 'queued');
    const detail = (await agent.request('GET', `/api/conversations/${conversationId}`)).json();
    assert.equal(detail.conversation.waitingSince, null);
    assert.deepEqual(
      detail.messages.map((m: { direction: string }) => m.direction),
      ['inbound', 'outbound'],
    );
  });

  it('resolves only with a category of the account, and reopens when the customer writes again', async () => {
    const { conversationId } = await customerWrites('carla', 'internet ligt er weer uit', minutesAgo(15));
    const missing = await agent.request('POST', `/api/conversations/${conversationId}/resolve`, {});
    assert.equal(missing.statusCode, 400);
    const foreign = await agent.request('POST', `/api/conversations/${conversationId}/resolve`, {
      categoryId: '00000000-0000-4000-8000-000000000000',
    });
    assert.equal(foreign.statusCode, 404);
    const resolved = await agent.request('POST', `/api/conversations/${conversationId}/resolve`, { categoryId });
    assert.equal(resolved.json().status, 'resolved');
    const again = await agent.request('POST', `/api/conversations/${conversationId}/resolve`, { categoryId });
    assert.equal(again.json().error.code, 'invalid_transition');
    const resolvedTab = (await agent.request('GET', '/api/conversations?tab=resolved')).json();
    assert.ok(resolvedTab.items.some((c: { id: string }) => c.id === conversationId));

    const back = await customerWrites('carla', 'het is nog steeds niet opgelost!!');
    assert.equal(back.conversationId, conversationId, 'the same conversation comes back');
    const open = (await agent.request('GET', `/api/conversations/${conversationId}`)).json();
    assert.equal(open.conversation.status, 'open');
    assert.ok(Date.now() - Date.parse(open.conversation.waitingSince) < 60_000, 'waiting from the new message');
  });

  it('refuses snoozing into the past, assigning to a non-member, and unknown labels', async () => {
    const { conversationId } = await customerWrites('dirk', 'hallo?');
    const past = await agent.request('POST', `/api/conversations/${conversationId}/snooze`, {
      until: new Date(Date.now() - 1000).toISOString(),
    });
    assert.equal(past.statusCode, 422);
    assert.equal(past.json().error.code, 'snooze_in_past');
    const stranger = await agent.request('POST', `/api/conversations/${conversationId}/assign`, {
      assigneeId: '00000000-0000-4000-8000-000000000000',
    });
    assert.equal(stranger.json().error.code, 'not_a_member');
    const label = await agent.request('PUT', `/api/conversations/${conversationId}/labels`, {
      labelIds: ['00000000-0000-4000-8000-000000000000'],
    });
    assert.equal(label.statusCode, 404);
  });

  it('assigns with a handover note, snoozes and marks pending, each audited', async () => {
    const { conversationId } = await customerWrites('eva', 'kan iemand me bellen');
    const assigned = await admin.request('POST', `/api/conversations/${conversationId}/assign`, {
      assigneeId: agent.session.user.id,
      handoverNote: 'Klant is al twee keer teruggebeld, graag vandaag afronden',
    });
    assert.equal(assigned.json().assigneeId, agent.session.user.id);
    const mine = (await agent.request('GET', '/api/conversations?tab=mine')).json();
    assert.deepEqual(
      mine.items.map((c: { id: string }) => c.id),
      [conversationId],
    );
    const detail = (await agent.request('GET', `/api/conversations/${conversationId}`)).json();
    assert.match(detail.conversation.handoverNote, /twee keer/);
    const until = new Date(Date.now() + 3600_000).toISOString();
    assert.equal(
      (await agent.request('POST', `/api/conversations/${conversationId}/snooze`, { until })).json().status,
      'snoozed',
    );
    assert.equal((await agent.request('POST', `/api/conversations/${conversationId}/pending`, {})).json().status, 'pending');
    const audit = (await admin.request('GET', `/api/audit?targetId=${conversationId}`)).json();
    assert.deepEqual(
      audit.items.map((e: { action: string }) => e.action),
      ['conversation.pending', 'conversation.snoozed', 'conversation.assigned'],
    );
  });

  it('shows the customer beside the conversation: identities, notes and earlier conversations', async () => {
    const first = await customerWrites('fenna-1', 'eerste vraag', minutesAgo(60), 'fenna');
    const second = await customerWrites('fenna-2', 'tweede vraag, andere draad', minutesAgo(5), 'fenna');
    const detail = (await agent.request('GET', `/api/conversations/${second.conversationId}`)).json();
    assert.equal(detail.contact.identities[0].handle, '@fenna');
    assert.deepEqual(
      detail.history.map((h: { id: string }) => h.id),
      [first.conversationId],
    );
    const note = await agent.request('POST', `/api/contacts/${detail.contact.id}/notes`, { body: 'let op: opvliegend' });
    assert.equal(note.statusCode, 201);
    const contact = (await agent.request('GET', `/api/contacts/${detail.contact.id}`)).json();
    assert.equal(contact.notes[0].body, 'let op: opvliegend');
    assert.equal(contact.notes[0].authorName, 'Sanne');
  });

  it('keeps message text exactly as written, markup included, and pages back through long threads', async () => {
    const hostile = '<img src=x onerror="alert(1)"> <script>alert(2)</script>';
    const { conversationId } = await customerWrites('gert', hostile, minutesAgo(200));
    for (let i = 0; i < 60; i++) await customerWrites('gert', `bericht ${i}`, minutesAgo(199 - i));
    const detail = (await agent.request('GET', `/api/conversations/${conversationId}`)).json();
    assert.equal(detail.messages.length, 50);
    assert.equal(detail.messages.at(-1).body, 'bericht 59');
    const older = (
      await agent.request('GET', `/api/conversations/${conversationId}/messages?before=${detail.olderCursor}`)
    ).json();
    assert.equal(older.items.length, 11);
    assert.equal(older.items[0].body, hostile);
    assert.equal(older.olderCursor, null);
  });

  it('warns an agent whose colleague replied after they opened the conversation, and sends when they insist', async () => {
    const { conversationId, messageId } = await customerWrites('joost', 'hallo, iemand daar?');
    const colleague = await admin.request('POST', `/api/conversations/${conversationId}/reply`, {
      body: 'Hoi Joost, ik help je!',
    });
    assert.equal(colleague.statusCode, 201);
    const mine = await agent.request('POST', `/api/conversations/${conversationId}/reply`, {
      body: 'Goedemiddag!',
      seenMessageId: messageId,
    });
    assert.equal(mine.statusCode, 409);
    assert.equal(mine.json().error.code, 'reply_conflict');
    assert.equal(mine.json().error.details.replies[0].body, 'Hoi Joost, ik help je!');
    assert.equal(mine.json().error.details.replies[0].authorName, 'Admin A');
    const upToDate = await agent.request('POST', `/api/conversations/${conversationId}/reply`, {
      body: 'Aanvulling van Sanne',
      seenMessageId: colleague.json().id,
    });
    assert.equal(upToDate.statusCode, 201, 'no warning once the colleague’s reply was seen');
    const forced = await agent.request('POST', `/api/conversations/${conversationId}/reply`, {
      body: 'Toch',
      seenMessageId: messageId,
      force: true,
    });
    assert.equal(forced.statusCode, 201);
  });

  it('merges two conversations of one customer into one thread, keeping the earliest wait', async () => {
    const dm = await customerWrites('kim-dm', 'ik stuur je even een dm', minutesAgo(50), 'kim');
    const post = await customerWrites('kim-post', 'waarom reageert niemand @balie', minutesAgo(90), 'kim');
    const merged = await agent.request('POST', `/api/conversations/${dm.conversationId}/merge`, {
      sourceConversationId: post.conversationId,
    });
    assert.equal(merged.statusCode, 200);
    assert.ok(
      Math.abs(Date.parse(merged.json().waitingSince) - minutesAgo(90).getTime()) < 5000,
      'waits since the earliest message',
    );
    const detail = (await agent.request('GET', `/api/conversations/${dm.conversationId}`)).json();
    assert.deepEqual(
      detail.messages.map((m: { body: string }) => m.body),
      ['waarom reageert niemand @balie', 'ik stuur je even een dm'],
    );
    const old = (await agent.request('GET', `/api/conversations/${post.conversationId}`)).json();
    assert.equal(old.conversation.status, 'merged');
    assert.equal(old.conversation.mergedInto, dm.conversationId);
    const open = (await agent.request('GET', '/api/conversations?tab=open&limit=100')).json();
    assert.ok(!open.items.some((c: { id: string }) => c.id === post.conversationId), 'the merged shell leaves the queue');
    const other = await customerWrites('lars', 'iemand anders');
    const refused = await agent.request('POST', `/api/conversations/${dm.conversationId}/merge`, {
      sourceConversationId: other.conversationId,
    });
    assert.equal(refused.json().error.code, 'different_contact');
  });

  it('notifies colleagues mentioned in an internal note', async () => {
    const { conversationId } = await customerWrites('mila', 'ik wil mijn abonnement opzeggen');
    const note = await admin.request('POST', `/api/conversations/${conversationId}/notes`, {
      body: '@Sanne kun jij deze oppakken? @niemand',
    });
    assert.equal(note.statusCode, 201);
    assert.equal(note.json().visibility, 'private');
    const mine = (await agent.request('GET', '/api/mentions?unread=true')).json();
    assert.equal(mine.items.length, 1);
    assert.equal(mine.items[0].conversationId, conversationId);
    assert.equal(mine.items[0].authorName, 'Admin A');
    assert.equal((await admin.request('GET', '/api/mentions')).json().items.length, 0);
    assert.equal((await admin.request('POST', `/api/mentions/${mine.items[0].id}/read`)).statusCode, 404, 'not theirs to mark');
    assert.equal((await agent.request('POST', `/api/mentions/${mine.items[0].id}/read`)).statusCode, 200);
    assert.equal((await agent.request('GET', '/api/mentions?unread=true')).json().items.length, 0);
    const detail = (await agent.request('GET', `/api/conversations/${conversationId}`)).json();
    assert.ok(detail.conversation.waitingSince, 'a note does not answer the customer');
  });

  it('lets a viewer read the inbox but not work it', async () => {
    await admin.request('POST', '/api/members', { name: 'Kijker', email: 'kijker@a.nl', role: 'viewer', password: PASSWORD });
    const viewer = await signIn(server.app, 'kijker@a.nl', PASSWORD);
    const { conversationId } = await customerWrites('henk', 'vraagje');
    assert.equal((await viewer.request('GET', `/api/conversations/${conversationId}`)).statusCode, 200);
    const reply = await viewer.request('POST', `/api/conversations/${conversationId}/reply`, { body: 'hoi' });
    assert.equal(reply.statusCode, 403);
    const assign = await admin.request('POST', `/api/conversations/${conversationId}/assign`, {
      assigneeId: viewer.session.user.id,
    });
    assert.equal(assign.json().error.code, 'not_a_member', 'viewers cannot be assigned work');
  });

  it('announces new messages and changes as realtime events', async () => {
    const before = (await agent.request('GET', '/api/events?after=0&limit=200')).json().lastSeq;
    const { conversationId } = await customerWrites('ilse', 'nieuw!');
    await agent.request('POST', `/api/conversations/${conversationId}/urgency`, { urgency: 'high' });
    const events = (await agent.request('GET', `/api/events?after=${before}`)).json().items;
    assert.deepEqual(
      events.map((e: { type: string }) => e.type),
      ['conversation.created', 'message.created', 'conversation.updated'],
    );
  });
});
