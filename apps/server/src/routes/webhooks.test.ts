import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { verifySignature } from '@balie/channels';
import { createRuntime } from '../runtime';
import { loadConfig } from '../config';
import { eventually, startReceiver, type Receiver } from '../channels/test-receiver';
import { setupFirstAccount, startTestServer, type Client, type TestServer } from '../test-support';

const ENV = { BALIE_OUTBOUND_RETRY_BASE_MS: '50', BALIE_WEBHOOK_DISABLE_AFTER: '4' };

describe('outbound webhooks', () => {
  let server: TestServer;
  let admin: Client;
  let receiver: Receiver;
  let apiToken: string;
  before(async () => {
    server = await startTestServer(ENV);
    admin = await setupFirstAccount(server.app);
    receiver = await startReceiver();
    const conn = (await admin.request('POST', '/api/connections', { kind: 'api', name: 'App' })).json();
    apiToken = conn.secrets.token;
  });
  after(async () => {
    await receiver.close();
    await server.close();
  });

  const customerWrites = (messageId: string, text: string) =>
    server.app.inject({
      method: 'POST',
      url: '/api/channels/api/messages',
      headers: { authorization: `Bearer ${apiToken}`, 'content-type': 'application/json' },
      payload: { messageId, user: { id: `u-${messageId}` }, text },
    });

  it('refuses a subscription to a private address unless an admin allows it', async () => {
    for (const url of [
      'http://127.0.0.1:9/hook',
      'http://localhost/hook',
      'http://[::1]/x',
      'http://169.254.169.254/latest',
      'http://10.0.0.8/',
    ]) {
      const res = await admin.request('POST', '/api/webhooks', { url, eventTypes: ['message.created'] });
      assert.deepEqual([res.statusCode, res.json().error.code], [422, 'private_address'], url);
    }
    assert.equal((await admin.request('GET', '/api/webhooks')).json().items.length, 0);
  });

  it('delivers a signed event, and a receiver that fails twice gets it on the third try', async () => {
    const created = await admin.request('POST', '/api/webhooks', {
      url: receiver.url,
      eventTypes: ['message.created'],
      allowPrivateNetwork: true,
    });
    assert.equal(created.statusCode, 201, created.body);
    const { id, secret } = created.json();
    assert.match(secret, /^whsec_/);
    assert.ok(!(await admin.request('GET', '/api/webhooks')).body.includes(secret), 'the secret is shown once');

    receiver.answers = [500, 502];
    assert.equal((await customerWrites('w-1', 'Mijn factuur klopt niet')).statusCode, 202);
    const delivered = await eventually(async () => {
      const calls = receiver.received.filter((r) => r.headers['x-balie-event'] === 'message.created');
      return calls.length >= 3 ? calls : undefined;
    });
    assert.equal(delivered.length, 3, 'two failures, then the delivery');
    for (const call of delivered) {
      assert.ok(
        verifySignature({
          secret,
          body: call.body,
          signature: call.headers['x-balie-signature'] as string,
          timestamp: call.headers['x-balie-timestamp'] as string,
        }),
      );
      assert.ok(
        !verifySignature({
          secret: 'whsec_wrong',
          body: call.body,
          signature: call.headers['x-balie-signature'] as string,
          timestamp: call.headers['x-balie-timestamp'] as string,
        }),
      );
    }
    assert.deepEqual(
      delivered.map((c) => JSON.parse(c.body).attempt),
      [1, 2, 3],
    );
    assert.equal(new Set(delivered.map((c) => JSON.parse(c.body).id)).size, 1, 'the same event id each time');
    assert.equal(JSON.parse(delivered[0]!.body).data.direction, 'inbound');
    // An old signature does not verify later (replay protection through the signed timestamp).
    const first = delivered[0]!;
    assert.ok(
      !verifySignature({
        secret,
        body: first.body,
        signature: first.headers['x-balie-signature'] as string,
        timestamp: first.headers['x-balie-timestamp'] as string,
        now: new Date(Date.now() + 10 * 60_000),
      }),
    );
    const log = await eventually(async () => {
      const items = (await admin.request('GET', `/api/webhooks/${id}/deliveries`)).json().items;
      return items.filter((d: { eventType: string }) => d.eventType === 'message.created').length >= 3 ? items : undefined;
    });
    const messageLog = log.filter((d: { eventType: string }) => d.eventType === 'message.created');
    assert.deepEqual(
      messageLog.map((d: { ok: boolean; responseStatus: number }) => [d.ok, d.responseStatus]),
      [
        [true, 200],
        [false, 502],
        [false, 500],
      ],
    );
    await admin.request('DELETE', `/api/webhooks/${id}`);
  });

  it('refuses to deliver to a private address once the permission is taken away, and logs why', async () => {
    const { id } = (
      await admin.request('POST', '/api/webhooks', {
        url: receiver.url.replace('127.0.0.1', 'localhost'),
        eventTypes: ['message.created'],
        allowPrivateNetwork: true,
      })
    ).json();
    const refused = await admin.request('PATCH', `/api/webhooks/${id}`, { allowPrivateNetwork: false });
    assert.equal(refused.json().error.code, 'private_address', 'localhost is refused as soon as the permission goes');
    const before = receiver.received.length;
    // A name that resolves to a private address only later (DNS rebinding) is caught at delivery, after the lookup.
    await server.storage.database.db.execute(
      (await import('@balie/core/testing')).sql`update webhook_subscriptions set allow_private_network = false where id = ${id}`,
    );
    await customerWrites('w-2', 'nog een');
    const entry = await eventually(async () => (await admin.request('GET', `/api/webhooks/${id}/deliveries`)).json().items[0]);
    assert.equal(entry.ok, false);
    assert.match(entry.error, /refused_address/);
    assert.equal(receiver.received.length, before, 'the private receiver was never called');
    await admin.request('DELETE', `/api/webhooks/${id}`);
  });

  it('switches a subscription off with a notice after failing again and again, until an admin turns it on', async () => {
    const { id } = (
      await admin.request('POST', '/api/webhooks', {
        url: receiver.url,
        eventTypes: ['message.created'],
        allowPrivateNetwork: true,
      })
    ).json();
    receiver.fallback = 500;
    await customerWrites('w-3', 'storing');
    const off = await eventually(async () => {
      const sub = (await admin.request('GET', '/api/webhooks')).json().items.find((s: { id: string }) => s.id === id);
      return sub.enabled ? undefined : sub;
    });
    assert.match(off.disabledReason, /4 failed deliveries in a row/);
    const events = (await admin.request('GET', '/api/events?after=0')).json().items;
    assert.ok(
      events.some(
        (e: { type: string; payload: { subscriptionId: string } }) =>
          e.type === 'webhook.disabled' && e.payload.subscriptionId === id,
      ),
    );
    receiver.fallback = 200;
    const on = await admin.request('PATCH', `/api/webhooks/${id}`, { enabled: true });
    assert.deepEqual([on.json().enabled, on.json().consecutiveFailures], [true, 0]);
  });

  it('picks up raw events stored before a crash when the next process starts', async () => {
    // An API-only process acknowledges and stores, but runs no jobs (as if the worker died).
    const apiOnly = await createRuntime({
      config: loadConfig({ LOG_LEVEL: 'silent', PORT: '0', BALIE_ROLE: 'api', BALIE_WEB_DIST: '/nonexistent' }),
      database: server.storage.database,
      httpLogger: false,
    });
    const ack = await apiOnly.app.inject({
      method: 'POST',
      url: '/api/channels/api/messages',
      headers: { authorization: `Bearer ${apiToken}`, 'content-type': 'application/json' },
      payload: { messageId: 'crash-1', user: { id: 'u-crash' }, text: 'na de crash' },
    });
    assert.equal(ack.statusCode, 202);
    await apiOnly.stop();
    const { sql } = await import('@balie/core/testing');
    // The job is lost too (worst case): only the raw event remains.
    await server.storage.database.db.execute(
      sql`delete from jobs where queue = 'channels.ingest' and payload->>'rawEventId' = ${ack.json().rawEventId}`,
    );
    const next = await createRuntime({
      config: loadConfig({ LOG_LEVEL: 'silent', PORT: '0', BALIE_POLL_MS: '100', BALIE_WEB_DIST: '/nonexistent' }),
      database: server.storage.database,
      httpLogger: false,
    });
    try {
      await eventually(async () => {
        const r = await server.storage.database.db.execute(
          sql`select count(*)::int as n from messages where external_id = 'crash-1'`,
        );
        return r.rows[0]!.n === 1;
      });
    } finally {
      await next.stop();
    }
  });
});
