import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { connect } from './ws-test-client';
import { PASSWORD, addTenant, setupFirstAccount, signIn, startTestServer, type Client, type TestServer } from './test-support';

describe('realtime over WebSocket', () => {
  let server: TestServer;
  let admin: Client;
  let base: string;
  before(async () => {
    server = await startTestServer();
    admin = await setupFirstAccount(server.app);
    base = (await server.app.listen({ port: 0, host: '127.0.0.1' })).replace('http', 'ws');
  });
  after(() => server.close());

  it("pushes the account's events to a signed-in agent as they happen", async () => {
    const client = connect(`${base}/api/realtime`, { cookie: admin.cookie });
    await client.hello();
    await admin.request('PATCH', '/api/account', { name: 'Live' });
    const [event] = await client.waitForEvents(1);
    assert.equal(event!.type, 'account.updated');
    assert.equal(event!.payload.name, 'Live');
    assert.equal(client.messages[0]!.kind, 'hello');
    await client.close();
  });

  it('after a reconnect delivers every missed event in order, none twice', async () => {
    const first = connect(`${base}/api/realtime`, { cookie: admin.cookie });
    await first.hello();
    await admin.request('PATCH', '/api/account', { name: 'voor' });
    const seen = await first.waitForEvents(1);
    const lastSeen = seen.at(-1)!.seq;
    await first.close();

    for (let i = 0; i < 50; i++) await admin.request('PATCH', '/api/account', { name: `gemist ${i}` });

    const again = connect(`${base}/api/realtime?after=${lastSeen}`, { cookie: admin.cookie });
    await admin.request('PATCH', '/api/account', { name: 'na' });
    const events = await again.waitForEvents(51);
    await new Promise((r) => setTimeout(r, 200));
    const seqs = again.events().map((e) => e.seq);
    assert.deepEqual(
      seqs,
      Array.from({ length: 51 }, (_, i) => lastSeen + 1 + i),
    );
    assert.deepEqual(
      events.slice(0, 50).map((e) => e.payload.name),
      Array.from({ length: 50 }, (_, i) => `gemist ${i}`),
    );
    await again.close();
  });

  it('refuses a socket without a valid session', async () => {
    const anon = connect(`${base}/api/realtime`, {});
    assert.equal(await anon.closed, 4401);
    const forged = connect(`${base}/api/realtime`, { cookie: 'balie_session=bls_forged' });
    assert.equal(await forged.closed, 4401);
  });

  it('refuses a socket opened from another website with the cookie', async () => {
    const evil = connect(`${base}/api/realtime`, { cookie: admin.cookie, origin: 'https://evil.example' });
    assert.equal(await evil.closed, 4403);
  });

  it("shows who views and types in a conversation to the account's other agents only", async () => {
    await admin.request('POST', '/api/members', { name: 'Sanne', email: 'sanne@a.nl', role: 'agent', password: PASSWORD });
    const sanne = await signIn(server.app, 'sanne@a.nl', PASSWORD);
    const other = await addTenant(server, 'Ander BV', 'admin@b.nl');
    const a = connect(`${base}/api/realtime`, { cookie: admin.cookie });
    const b = connect(`${base}/api/realtime`, { cookie: sanne.cookie });
    const stranger = connect(`${base}/api/realtime`, { cookie: other.cookie });
    await Promise.all([a.hello(), b.hello(), stranger.hello()]);
    const conversationId = '11111111-1111-4111-8111-111111111111';
    a.ws.send(JSON.stringify({ kind: 'presence', conversationId, state: 'viewing' }));
    a.ws.send(JSON.stringify({ kind: 'presence', conversationId, state: 'typing' }));
    a.ws.send('not json');
    a.ws.send(JSON.stringify({ kind: 'presence', conversationId: 'x', state: 'typing' }));
    const deadline = Date.now() + 5000;
    const presence = () => b.messages.filter((m) => m.kind === 'presence');
    while (presence().length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(
      presence().map((m) => [m.presence!.userName, m.presence!.state]),
      [
        ['Admin A', 'viewing'],
        ['Admin A', 'typing'],
      ],
    );
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(stranger.messages.filter((m) => m.kind === 'presence').length, 0, 'nothing leaks to another account');
    await a.close();
    const leftBy = Date.now() + 5000;
    while (presence().length < 3 && Date.now() < leftBy) await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(presence()[2]?.presence?.state, 'left', 'a closed socket leaves at once');
    await Promise.all([b.close(), stranger.close()]);
  });

  it('accepts an API token in the Authorization header', async () => {
    const { token } = (await admin.request('POST', '/api/tokens', { name: 'realtime', role: 'viewer' })).json();
    const client = connect(`${base}/api/realtime`, { authorization: `Bearer ${token}` });
    await client.hello();
    await admin.request('PATCH', '/api/account', { name: 'via token' });
    assert.equal((await client.waitForEvents(1))[0]!.payload.name, 'via token');
    await client.close();
  });
});
