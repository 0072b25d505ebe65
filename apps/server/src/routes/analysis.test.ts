import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { recordInbound } from '@balie/core';
import { PASSWORD, setupFirstAccount, signIn, startTestServer, type Client, type TestServer } from '../test-support';

describe('the text analysis API', () => {
  let server: TestServer;
  let admin: Client;
  let connectionId: string;

  before(async () => {
    server = await startTestServer();
    admin = await setupFirstAccount(server.app);
    connectionId = (await admin.request('POST', '/api/connections', { kind: 'x', name: 'X' })).json().id;
  });
  after(() => server.close());

  const receive = (body: string, n: number) =>
    recordInbound({
      db: server.storage.database.db,
      accountId: admin.session.account.id,
      input: {
        connectionId,
        externalId: `m${n}`,
        threadKey: `t${n}`,
        visibility: 'public',
        body,
        sender: { externalId: `k${n}` },
      },
    });

  it('reads messages with the brand profile an admin sets', async () => {
    const profile = {
      brandNames: ['Polderlink'],
      handles: ['@polderlink'],
      products: ['Polderbox'],
      competitors: ['KPN'],
      intents: null,
      piiPatterns: [{ name: 'klantnummer', pattern: 'KL-\\d{6}' }],
    };
    assert.equal((await admin.request('PUT', '/api/analysis/profile', profile)).statusCode, 200);
    assert.deepEqual((await admin.request('GET', '/api/analysis/profile')).json(), profile);
    const r = await receive('KPN is top, @polderlink is echt bagger. Mijn klantnummer is KL-123456', 1);
    const detail = (await admin.request('GET', `/api/conversations/${r.conversationId}`)).json();
    const analysis = detail.messages[0].analysis;
    assert.equal(analysis.sentiment.brand.label, 'negative');
    assert.equal(analysis.sentiment.others.label, 'positive');
    assert.deepEqual(
      analysis.pii.map((p: { type: string; value: string }) => [p.type, p.value]),
      [['custom', 'KL-123456']],
    );
    assert.equal(detail.conversation.insight.sentiment, 'negative');
  });

  it('takes an agent’s correction and shows it on the message and in the queue', async () => {
    const r = await receive('nou lekker dan', 2);
    const res = await admin.request('POST', `/api/messages/${r.messageId}/analysis/corrections`, {
      field: 'sentiment',
      value: 'negative',
    });
    assert.equal(res.statusCode, 200, res.body);
    const detail = (await admin.request('GET', `/api/conversations/${r.conversationId}`)).json();
    assert.equal(detail.messages[0].analysis.corrected.sentiment, 'negative');
    const queue = (await admin.request('GET', '/api/conversations?tab=open&sentiment=negative')).json();
    assert.ok(queue.items.some((i: { id: string }) => i.id === r.conversationId));
  });

  it('refuses what does not fit: an unknown label, a broken pattern, a viewer’s correction', async () => {
    const r = await receive('waardeloos', 3);
    const bad = await admin.request('POST', `/api/messages/${r.messageId}/analysis/corrections`, {
      field: 'sentiment',
      value: 'boos',
    });
    assert.equal(bad.statusCode, 400);
    const pattern = await admin.request('PUT', '/api/analysis/profile', {
      brandNames: [],
      handles: [],
      products: [],
      competitors: [],
      intents: null,
      piiPatterns: [{ name: 'x', pattern: '([a-' }],
    });
    assert.equal(pattern.json().error.code, 'validation_failed');
    await admin.request('POST', '/api/members', { name: 'Kijker', email: 'kijker@a.nl', role: 'viewer', password: PASSWORD });
    const viewer = await signIn(server.app, 'kijker@a.nl', PASSWORD);
    const denied = await viewer.request('POST', `/api/messages/${r.messageId}/analysis/corrections`, {
      field: 'intent',
      value: 'complaint',
    });
    assert.equal(denied.statusCode, 403);
  });

  it('runs a re-analysis in the background and reports its progress', async () => {
    const started = await admin.request('POST', '/api/analysis/runs');
    assert.equal(started.statusCode, 201, started.body);
    const deadline = Date.now() + 10_000;
    let run = started.json();
    while (run.status === 'running' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      run = (await admin.request('GET', '/api/analysis/runs/latest')).json().run;
    }
    assert.equal(run.status, 'done');
    assert.equal(run.done, run.total);
    assert.ok(run.total >= 3);
  });
});
