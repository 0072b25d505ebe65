import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { verifySignature } from '@balie/channels';
import { sql } from '@balie/core/testing';
import { eventually, startReceiver, type Receiver } from '../channels/test-receiver';
import { PASSWORD, addTenant, setupFirstAccount, signIn, startTestServer, type Client, type TestServer } from '../test-support';

const ENV = { BALIE_OUTBOUND_RETRY_BASE_MS: '50', BALIE_WEBHOOK_DISABLE_AFTER: '3' };

describe('the API channel', () => {
  let server: TestServer;
  let admin: Client;
  let receiver: Receiver;
  let connectionId: string;
  let token: string;
  let replySecret: string;
  before(async () => {
    server = await startTestServer(ENV);
    admin = await setupFirstAccount(server.app);
    receiver = await startReceiver();
    const res = await admin.request('POST', '/api/connections', {
      kind: 'api',
      name: 'Forum',
      settings: { replyUrl: receiver.url },
      allowPrivateNetwork: true,
    });
    assert.equal(res.statusCode, 201, res.body);
    ({ id: connectionId } = res.json());
    ({ token, replySecret } = res.json().secrets);
  });
  after(async () => {
    await receiver.close();
    await server.close();
  });

  const post = (body: unknown, auth = `Bearer ${token}`, raw?: string) =>
    server.app.inject({
      method: 'POST',
      url: '/api/channels/api/messages',
      headers: { authorization: auth, 'content-type': 'application/json' },
      payload: raw ?? JSON.stringify(body),
    });
  const inbox = async () => (await admin.request('GET', '/api/conversations?tab=open')).json().items as Array<{ id: string }>;

  it('shows the token and reply secret once, and keeps only the token hash', async () => {
    assert.match(token, /^balie_ch_/);
    const stored = await server.storage.database.db.execute(
      sql`select config::text as c, token_hash from channel_connections where id = ${connectionId}`,
    );
    assert.ok(!String(stored.rows[0]!.c).includes(token));
    assert.ok(!(await admin.request('GET', '/api/connections')).body.includes(replySecret));
  });

  it('takes a message into the inbox once, however often it is sent', async () => {
    const message = {
      messageId: 'forum-1',
      user: { id: 'u-77', name: 'Joris', email: 'joris@example.nl' },
      text: 'Waar blijft mijn pakket?',
    };
    const first = await post(message);
    assert.equal(first.statusCode, 202, first.body);
    assert.deepEqual([first.json().accepted, first.json().duplicate], [true, false]);
    const again = await post(message);
    assert.deepEqual([again.statusCode, again.json().duplicate], [202, true]);
    const [conv] = await eventually(async () => {
      const items = await inbox();
      return items.length === 1 ? items : undefined;
    });
    const detail = (await admin.request('GET', `/api/conversations/${conv!.id}`)).json();
    assert.equal(detail.contact.name, 'Joris');
    assert.equal(detail.contact.email, 'joris@example.nl');
    const messages = (await admin.request('GET', `/api/conversations/${conv!.id}/messages`)).json().items;
    assert.deepEqual(
      messages.map((m: { body: string }) => m.body),
      ['Waar blijft mijn pakket?'],
    );
  });

  it('refuses unknown tokens, malformed and oversized bodies with a coded error, and nothing reaches the inbox', async () => {
    const before = (await inbox()).length;
    const cases: Array<[Awaited<ReturnType<typeof post>>, number, string]> = [
      [await post({ messageId: 'x', user: { id: 'u' }, text: 'hoi' }, 'Bearer balie_ch_unknown'), 401, 'invalid_channel_token'],
      [await post({ messageId: 'x', user: { id: 'u' }, text: 'hoi' }, ''), 401, 'invalid_channel_token'],
      [await post(undefined, undefined, '{"messageId": '), 400, 'malformed_json'],
      [await post({ messageId: 'x', text: 'zonder afzender' }), 400, 'validation_failed'],
      [await post({ messageId: 'x', user: { id: 'u' }, text: 'hoi', extra: 1 }), 400, 'validation_failed'],
      [await post({ messageId: 'x', user: { id: 'u' }, text: 'a'.repeat(2 * 1024 * 1024) }), 413, 'body_too_large'],
    ];
    for (const [res, status, code] of cases) {
      assert.equal(res.statusCode, status, res.body);
      assert.equal(res.json().error.code, code);
    }
    const wrongType = await server.app.inject({
      method: 'POST',
      url: '/api/channels/api/messages',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain' },
      payload: 'hoi',
    });
    assert.equal(wrongType.json().error.code, 'unsupported_media_type');
    await new Promise((r) => setTimeout(r, 300));
    assert.equal((await inbox()).length, before);
    const raw = await server.storage.database.db.execute(
      sql`select count(*)::int as n from raw_events where provider_event_id = 'msg:x'`,
    );
    assert.equal(raw.rows[0]!.n, 0);
  });

  it("sends an agent's reply as a signed webhook, marks it sent and logs the delivery", async () => {
    const [conv] = await inbox();
    const reply = await admin.request('POST', `/api/conversations/${conv!.id}/reply`, { body: 'Morgen, Joris!' });
    assert.equal(reply.statusCode, 201);
    const messageId = reply.json().id;
    const call = await eventually(async () => receiver.received.find((r) => r.body.includes('Morgen, Joris!')));
    assert.ok(
      verifySignature({
        secret: replySecret,
        body: call.body,
        signature: call.headers['x-balie-signature'] as string,
        timestamp: call.headers['x-balie-timestamp'] as string,
      }),
    );
    assert.equal(call.headers['idempotency-key'], `balie-msg-${messageId}`);
    const body = JSON.parse(call.body);
    assert.deepEqual(
      [body.user.id, body.threadId, body.replyToMessageId, body.author.name],
      ['u-77', 'u-77', 'forum-1', 'Admin A'],
    );
    await eventually(async () => {
      const m = (await admin.request('GET', `/api/conversations/${conv!.id}/messages`))
        .json()
        .items.find((x: { id: string }) => x.id === messageId);
      return m.deliveryStatus === 'sent';
    });
    const log = (await admin.request('GET', `/api/connections/${connectionId}/deliveries`)).json().items;
    assert.ok(
      log.some(
        (d: { ok: boolean; responseStatus: number; messageId: string }) =>
          d.ok && d.responseStatus === 200 && d.messageId === messageId,
      ),
    );
    const events = (await admin.request('GET', '/api/events?after=0')).json().items;
    assert.ok(
      events.some(
        (e: { type: string; payload: { messageId: string; status: string } }) =>
          e.type === 'message.delivery' && e.payload.messageId === messageId && e.payload.status === 'sent',
      ),
    );
  });

  it('retries a reply the receiver cannot take yet, and shows a final refusal with its reason until an agent retries', async () => {
    const [conv] = await inbox();
    receiver.answers = [503, 503];
    const retried = (await admin.request('POST', `/api/conversations/${conv!.id}/reply`, { body: 'Na twee keer' })).json().id;
    const status = async (id: string) =>
      (await admin.request('GET', `/api/conversations/${conv!.id}/messages`))
        .json()
        .items.find((x: { id: string }) => x.id === id);
    await eventually(async () => (await status(retried)).deliveryStatus === 'sent', 10_000, 'sent after two 503s');
    assert.equal(receiver.received.filter((r) => r.body.includes('Na twee keer')).length, 3);

    receiver.answers = [422];
    const refused = (await admin.request('POST', `/api/conversations/${conv!.id}/reply`, { body: 'Geweigerd' })).json().id;
    const failed = await eventually(async () => {
      const m = await status(refused);
      return m.deliveryStatus === 'failed' ? m : undefined;
    });
    assert.match(failed.failureReason, /HTTP 422/);
    assert.equal(receiver.received.filter((r) => r.body.includes('Geweigerd')).length, 1, 'a final error is not retried');
    const again = await admin.request('POST', `/api/messages/${refused}/retry-send`);
    assert.equal(again.statusCode, 200, again.body);
    await eventually(async () => (await status(refused)).deliveryStatus === 'sent');
    const twice = await admin.request('POST', `/api/messages/${refused}/retry-send`);
    assert.equal(twice.json().error.code, 'message_not_failed');
  });

  it('never sends a reply twice when its job runs again', async () => {
    const [conv] = await inbox();
    const id = (await admin.request('POST', `/api/conversations/${conv!.id}/reply`, { body: 'Eén keer' })).json().id;
    await eventually(async () => receiver.received.some((r) => r.body.includes('Eén keer')));
    await eventually(async () => {
      const r = await server.storage.database.db.execute(sql`select delivery_status from messages where id = ${id}`);
      return r.rows[0]!.delivery_status === 'sent';
    });
    // The job runs once more (as after a crash between the send and its completion).
    await server.storage.database.db.execute(
      sql`update jobs set status = 'pending', run_at = now() where dedupe_key = ${`send:${id}`}`,
    );
    await eventually(async () => {
      const r = await server.storage.database.db.execute(sql`select status from jobs where dedupe_key = ${`send:${id}`}`);
      return r.rows[0]!.status === 'completed';
    });
    assert.equal(receiver.received.filter((r) => r.body.includes('Eén keer')).length, 1);
  });

  it('fails a reply on a connection Balie cannot send to, with that reason', async () => {
    const x = (await admin.request('POST', '/api/connections', { kind: 'x', name: 'X (history)' })).json();
    assert.equal(x.secrets, undefined);
    const hook = await server.app.inject({
      method: 'POST',
      url: `/webhooks/${x.id}`,
      payload: '{}',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(hook.json().error.code, 'channel_not_connectable');
    await server.storage.database.db.execute(sql`select 1`);
    const { recordInbound } = await import('@balie/core');
    const conv = await recordInbound({
      db: server.storage.database.db,
      accountId: admin.session.account.id,
      input: {
        connectionId: x.id,
        externalId: 'tweet-1',
        threadKey: 't',
        visibility: 'public',
        body: '@merk help',
        sender: { externalId: 'x-1' },
      },
    });
    const id = (await admin.request('POST', `/api/conversations/${conv.conversationId}/reply`, { body: 'Hoi' })).json().id;
    const m = await eventually(async () => {
      const r = await server.storage.database.db.execute(
        sql`select delivery_status, failure_reason from messages where id = ${id}`,
      );
      return r.rows[0]!.delivery_status === 'failed' ? r.rows[0] : undefined;
    });
    assert.match(String(m.failure_reason), /channel_not_connectable/);
  });

  it('verifies, stores and acknowledges on the generic webhook path, and lets an admin list and replay raw events', async () => {
    const body = JSON.stringify({ messageId: 'hook-1', user: { id: 'u-9' }, text: 'via de webhook' });
    const bad = await server.app.inject({
      method: 'POST',
      url: `/webhooks/${connectionId}`,
      payload: body,
      headers: { 'content-type': 'application/json', authorization: 'Bearer nope' },
    });
    assert.deepEqual([bad.statusCode, bad.json().error.code], [401, 'invalid_signature']);
    const good = await server.app.inject({
      method: 'POST',
      url: `/webhooks/${connectionId}`,
      payload: body,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    });
    assert.deepEqual(good.json(), { received: true, duplicate: false });
    const unknown = await server.app.inject({
      method: 'POST',
      url: '/webhooks/00000000-0000-4000-8000-000000000000',
      payload: body,
    });
    assert.equal(unknown.json().error.code, 'not_found');

    const ignored = await post({ messageId: 'later-bad', user: { id: 'u' }, text: 'ok' });
    const rawId = ignored.json().rawEventId;
    const processed = await eventually(async () => {
      const r = (await admin.request('GET', `/api/raw-events/${rawId}`)).json();
      return r.status === 'processed' ? r : undefined;
    });
    assert.equal(processed.eventCount, 1);
    assert.ok(!JSON.stringify(processed.headers).includes(token), 'credentials are not stored');
    const list = (await admin.request('GET', `/api/raw-events?connectionId=${connectionId}&limit=2`)).json();
    assert.equal(list.items.length, 2);
    assert.ok(list.nextCursor);
    const replay = await admin.request('POST', `/api/raw-events/${rawId}/replay`);
    assert.equal(replay.json().status, 'pending');
    await eventually(async () => (await admin.request('GET', `/api/raw-events/${rawId}`)).json().status === 'processed');
    const count = await server.storage.database.db.execute(
      sql`select count(*)::int as n from messages where external_id = 'later-bad'`,
    );
    assert.equal(count.rows[0]!.n, 1, 'a replay does not duplicate');

    await admin.request('POST', '/api/members', { name: 'Agent', email: 'agent@a.nl', role: 'agent', password: PASSWORD });
    const agent = await signIn(server.app, 'agent@a.nl', PASSWORD);
    assert.equal((await agent.request('GET', '/api/raw-events')).statusCode, 403);
  });

  it("does not let another account's token or ids reach this account", async () => {
    const other = await addTenant(server, 'Ander BV', 'admin@ander.nl');
    const otherConn = (await other.request('POST', '/api/connections', { kind: 'api', name: 'B' })).json();
    const res = await post({ messageId: 'b-1', user: { id: 'b-user' }, text: 'van B' }, `Bearer ${otherConn.secrets.token}`);
    assert.equal(res.statusCode, 202);
    await eventually(async () => (await other.request('GET', '/api/conversations?tab=open')).json().items.length === 1);
    assert.ok(!(await admin.request('GET', '/api/conversations?tab=open')).body.includes('van B'));
    assert.equal((await admin.request('GET', `/api/raw-events/${res.json().rawEventId}`)).statusCode, 404);
  });
});
