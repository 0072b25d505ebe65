import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eventually } from '../channels/test-receiver';
import { addTenant, setupFirstAccount, startTestServer, type Client, type TestServer } from '../test-support';

/** A public complaint whose text alone gives a normal urgency that a large audience makes high. */
const COMPLAINT = 'Al drie dagen geen internet en niemand van jullie reageert. Slechtste provider ooit.';
const VIRAL = { followers: 25_000, likes: 120, reshares: 30 };

interface QueueItem {
  id: string;
  urgency: string;
  insight: { urgencyScore: number | null } | null;
}

describe('reach on the API channel', () => {
  let server: TestServer;
  let admin: Client;
  let token: string;
  let n = 0;
  before(async () => {
    server = await startTestServer();
    admin = await setupFirstAccount(server.app);
    const res = await admin.request('POST', '/api/connections', { kind: 'api', name: 'Forum' });
    assert.equal(res.statusCode, 201, res.body);
    token = res.json().secrets.token;
  });
  after(() => server.close());

  const send = (body: unknown, auth = token) =>
    server.app.inject({
      method: 'POST',
      url: '/api/channels/api/messages',
      headers: { authorization: `Bearer ${auth}`, 'content-type': 'application/json' },
      payload: JSON.stringify(body),
    });
  const reportReach = (messageId: string, body: unknown, auth = token) =>
    server.app.inject({
      method: 'POST',
      url: `/api/channels/api/messages/${encodeURIComponent(messageId)}/reach`,
      headers: { authorization: `Bearer ${auth}`, 'content-type': 'application/json' },
      payload: JSON.stringify(body),
    });
  const queue = async (as = admin) =>
    (await as.request('GET', '/api/conversations?tab=open&limit=100')).json().items as QueueItem[];

  /** Posts a public complaint and waits until the ingest job has put its conversation in the queue. */
  async function post(extra: Record<string, unknown> = {}, as = admin, auth = token) {
    const messageId = `post-${++n}`;
    const known = new Set((await queue(as)).map((i) => i.id));
    const body = { messageId, threadId: messageId, user: { id: `u-${n}` }, text: COMPLAINT, visibility: 'public', ...extra };
    const res = await send(body, auth);
    assert.equal(res.statusCode, 202, res.body);
    const conversationId = await eventually(async () => (await queue(as)).find((i) => !known.has(i.id))?.id);
    return { messageId, conversationId };
  }
  const item = async (conversationId: string) => (await queue()).find((i) => i.id === conversationId)!;
  const position = async (conversationId: string) => (await queue()).findIndex((i) => i.id === conversationId);
  const lastSeq = async () => (await admin.request('GET', '/api/events?after=0&limit=1')).json().lastSeq as number;
  const eventsAfter = async (seq: number) =>
    (await admin.request('GET', `/api/events?after=${seq}&limit=100`)).json().items as Array<{ type: string; payload: unknown }>;

  it('takes in a public post with its reach as more urgent than the same post without', async () => {
    const quiet = await post();
    const loud = await post({ reach: VIRAL });
    const [q, l] = [await item(quiet.conversationId), await item(loud.conversationId)];
    assert.ok(l.insight!.urgencyScore! > q.insight!.urgencyScore!, `${l.insight!.urgencyScore} > ${q.insight!.urgencyScore}`);
    assert.deepEqual([q.urgency, l.urgency], ['normal', 'high']);
    assert.ok((await position(loud.conversationId)) < (await position(quiet.conversationId)), 'the louder post first');
  });

  it('moves a post up the queue when its reach grows, tells the queues once, and answers a repeat as unchanged', async () => {
    const waitingLonger = await post();
    const growing = await post({ reach: { likes: 1 } });
    assert.ok(
      (await position(waitingLonger.conversationId)) < (await position(growing.conversationId)),
      'the longest wait first',
    );
    const seq = await lastSeq();

    const res = await reportReach(growing.messageId, { ...VIRAL, observedAt: '2026-11-23T10:00:00Z' });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json(), { messageId: growing.messageId, outcome: 'updated' });
    assert.ok((await position(growing.conversationId)) < (await position(waitingLonger.conversationId)), 'now first');
    assert.equal((await item(growing.conversationId)).urgency, 'high');
    assert.deepEqual(
      (await eventsAfter(seq)).map(({ type, payload }) => ({ type, payload })),
      [{ type: 'conversation.updated', payload: { conversationId: growing.conversationId, changes: ['urgency'] } }],
    );

    const again = await reportReach(growing.messageId, { ...VIRAL, observedAt: '2026-11-23T10:00:00Z' });
    assert.deepEqual([again.statusCode, again.json().outcome], [200, 'unchanged']);
    const older = await reportReach(growing.messageId, { likes: 0, observedAt: '2026-11-23T09:00:00Z' });
    assert.deepEqual([older.statusCode, older.json().outcome], [200, 'stale']);
    assert.equal((await eventsAfter(seq)).length, 1, 'a repeat or an older report changes nothing');
  });

  it('keeps an urgency an agent set by hand', async () => {
    const p = await post();
    const set = await admin.request('POST', `/api/conversations/${p.conversationId}/urgency`, { urgency: 'low' });
    assert.ok(set.statusCode < 300, set.body);
    assert.equal((await reportReach(p.messageId, VIRAL)).statusCode, 200);
    assert.equal((await item(p.conversationId)).urgency, 'low');
  });

  it('refuses figures that are not whole, non-negative, bounded numbers, or unknown, with validation_failed', async () => {
    const p = await post();
    for (const body of [
      {},
      { likes: -1 },
      { likes: 2.5 },
      { likes: '7' },
      { likes: 1e11 },
      { views: 10 },
      { likes: 1, observedAt: 'gisteren' },
    ]) {
      const res = await reportReach(p.messageId, body);
      assert.equal(res.statusCode, 400, JSON.stringify(body));
      assert.equal(res.json().error.code, 'validation_failed', JSON.stringify(body));
    }
    const inbound = await send({ messageId: 'bad-reach', user: { id: 'u' }, text: COMPLAINT, reach: { likes: -3 } });
    assert.deepEqual([inbound.statusCode, inbound.json().error.code], [400, 'validation_failed']);
    const noToken = await reportReach(p.messageId, VIRAL, 'balie_ch_nope');
    assert.deepEqual([noToken.statusCode, noToken.json().error.code], [401, 'invalid_channel_token']);
  });

  it("answers 404 for an unknown message and for another account's", async () => {
    const other = await addTenant(server, 'Ander BV', 'admin@ander.nl');
    const otherToken = (await other.request('POST', '/api/connections', { kind: 'api', name: 'B' })).json().secrets
      .token as string;
    const theirs = await post({}, other, otherToken);
    const mine = await post();
    for (const [messageId, auth] of [
      [theirs.messageId, token],
      [mine.messageId, otherToken],
      ['never-sent', token],
    ] as const) {
      const res = await reportReach(messageId, VIRAL, auth);
      assert.deepEqual([res.statusCode, res.json().error.code], [404, 'not_found'], messageId);
    }
    const untouched = (await other.request('GET', '/api/conversations?tab=open')).json().items[0] as QueueItem;
    assert.equal(untouched.urgency, 'normal');
  });

  it('documents both in the OpenAPI document', async () => {
    const doc = (await server.app.inject({ url: '/api/docs/json' })).json();
    const inbound = doc.paths['/api/channels/api/messages'].post.requestBody.content['application/json'].schema;
    assert.deepEqual(Object.keys(inbound.properties.reach.properties).sort(), ['followers', 'likes', 'replies', 'reshares']);
    assert.equal(inbound.properties.reach.additionalProperties, false);
    const reach = doc.paths['/api/channels/api/messages/{messageId}/reach'].post;
    const body = reach.requestBody.content['application/json'].schema;
    assert.deepEqual(Object.keys(body.properties).sort(), ['followers', 'likes', 'observedAt', 'replies', 'reshares']);
    assert.equal(body.properties.likes.minimum, 0);
    assert.ok(reach.responses['200']);
  });
});
