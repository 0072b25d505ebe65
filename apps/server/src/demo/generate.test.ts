import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ConversationSummary, QueueTab } from '@balie/contracts';
import {
  countTabs,
  createAccount,
  getConversation,
  listCategories,
  listConnections,
  listMembers,
  listMessages,
  listQueue,
  listTeams,
  type Actor,
} from '@balie/core';
import { openTestStorage, type TestStorage } from '@balie/core/testing';
import { generateDemo } from './generate';

const DAY = 86_400_000;
const CONVERSATIONS = 60;
// One "now" for both runs: the timeline is relative to it, so the two databases get the same data.
const now = Date.now();

interface Run {
  storage: TestStorage;
  admin: Actor;
  conversations: ConversationSummary[];
  /** All message bodies, conversation by conversation in time order. */
  bodies: string[];
}

async function run(seed: number): Promise<Run> {
  const storage = await openTestStorage();
  const db = storage.database.db;
  const { accountId, userId } = await createAccount({
    db,
    accountName: 'Demo Webcare',
    name: 'Teamleider',
    email: 'teamleider@example.nl',
    password: 'correct horse battery staple',
    language: 'nl',
  });
  const admin: Actor = { type: 'user', id: userId, name: 'Teamleider', accountId, role: 'admin' };
  await generateDemo({ db, admin, conversations: CONVERSATIONS, seed, now });
  const conversations: ConversationSummary[] = [];
  for (const tab of ['open', 'pending', 'snoozed', 'resolved'] as QueueTab[]) {
    let cursor: string | undefined;
    do {
      const page = await listQueue({ db, actor: admin, query: { tab, limit: 100, cursor } });
      conversations.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }
  conversations.sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.lastMessagePreview.localeCompare(b.lastMessagePreview),
  );
  const bodies: string[] = [];
  for (const c of conversations) {
    const page = await listMessages({ db, actor: admin, conversationId: c.id, limit: 100 });
    bodies.push(...page.items.map((m) => m.body));
  }
  return { storage, admin, conversations, bodies };
}

describe('demo generator', () => {
  let first: Run;
  let second: Run;
  before(async () => {
    first = await run(7);
    second = await run(7);
  });
  after(async () => {
    await first?.storage.close();
    await second?.storage.close();
  });

  it('fills the account: channels, labels, categories, teams, agents and the conversations', async () => {
    const ctx = { db: first.storage.database.db, actor: first.admin };
    const kinds = (await listConnections(ctx)).items.map((c) => c.kind).sort();
    assert.deepEqual(kinds, ['email', 'facebook', 'instagram', 'web_chat', 'whatsapp', 'x']);
    assert.equal((await listCategories(ctx)).items.length, 5);
    assert.deepEqual(
      (await listTeams(ctx)).items.map((t) => t.name),
      ['Service', 'Social'],
    );
    assert.equal((await listMembers(ctx)).items.filter((m) => m.role === 'agent').length, 5);
    assert.equal(first.conversations.length, CONVERSATIONS);
    const counts = await countTabs({ ...ctx, filters: {} });
    assert.equal(counts.open.count + counts.pending.count + counts.snoozed.count + counts.resolved.count, CONVERSATIONS);
  });

  it('uses every channel, in public and in private, in Dutch as customers write it', () => {
    const channels = new Set(first.conversations.map((c) => c.connection.kind));
    assert.equal(channels.size, 6);
    assert.ok(
      first.conversations.some((c) => c.visibility === 'public') && first.conversations.some((c) => c.visibility === 'private'),
    );
    const dutchWords =
      /\b(ik|je|jij|uw|jullie|het|een|niet|geen|mijn|dat|van|voor|met|hoi|hallo|graag|bedankt|dank|nog|weer|heb|wordt)\b/i;
    const dutch = first.bodies.filter((b) => dutchWords.test(b));
    assert.ok(dutch.length > first.bodies.length * 0.7, `${dutch.length} of ${first.bodies.length} look Dutch`);
    assert.ok(
      first.bodies.some((b) => /\^[A-Z]{2}$/.test(b)),
      'public replies are signed with initials',
    );
  });

  it('dates everything within the last 30 days', () => {
    for (const c of first.conversations) {
      for (const at of [c.createdAt, c.lastMessageAt]) {
        const t = Date.parse(at);
        assert.ok(t > now - 30 * DAY - 3_600_000 && t <= now, at);
      }
    }
  });

  it('leaves older work resolved with a category and recent customers waiting in the queue', async () => {
    const ctx = { db: first.storage.database.db, actor: first.admin };
    const categories = new Set((await listCategories(ctx)).items.map((c) => c.id));
    const resolved = first.conversations.filter((c) => c.status === 'resolved');
    assert.ok(resolved.length > CONVERSATIONS / 3, `${resolved.length} resolved`);
    for (const c of resolved) assert.ok(c.categoryId && categories.has(c.categoryId));
    const queue = await listQueue({ ...ctx, query: { tab: 'open', limit: 25 } });
    assert.ok(queue.items.length > 0);
    const waiting = queue.items.filter((c) => c.waitingSince !== null);
    assert.ok(waiting.length >= 2, 'the newest customers are still waiting');
    assert.ok(
      Math.max(...waiting.map((c) => Date.parse(c.waitingSince!))) >
        Math.min(...resolved.map((c) => Date.parse(c.lastMessageAt))),
    );
  });

  it('writes replies as the agent who sent them', async () => {
    const ctx = { db: first.storage.database.db, actor: first.admin };
    const agents = new Set((await listMembers(ctx)).items.filter((m) => m.role === 'agent').map((m) => m.name));
    let checked = 0;
    for (const c of first.conversations.filter((c) => c.status === 'resolved').slice(0, 10)) {
      const detail = await getConversation({ ...ctx, conversationId: c.id });
      assert.ok(detail.contact.identities.length > 0);
      for (const reply of detail.messages.filter((m) => m.direction === 'outbound')) {
        assert.ok(agents.has(reply.authorName!), `${reply.authorName}`);
        checked++;
      }
    }
    assert.ok(checked > 0);
  });

  it('is reproducible: the same seed on another database gives the same messages in the same order', () => {
    assert.ok(first.bodies.length > CONVERSATIONS);
    assert.deepEqual(second.bodies, first.bodies);
    assert.deepEqual(
      second.conversations.map((c) => [c.status, c.connection.kind, c.visibility, c.urgency, c.labelIds.length]),
      first.conversations.map((c) => [c.status, c.connection.kind, c.visibility, c.urgency, c.labelIds.length]),
    );
  });
});
