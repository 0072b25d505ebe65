import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PASSWORD, setupFirstAccount, signIn, startTestServer, type Client, type TestServer } from '../test-support';

describe('inbox settings', () => {
  let server: TestServer;
  let admin: Client;
  before(async () => {
    server = await startTestServer();
    admin = await setupFirstAccount(server.app);
  });
  after(() => server.close());

  it('creates labels and refuses a second with the same name, whatever the case', async () => {
    assert.equal((await admin.request('POST', '/api/labels', { name: 'Storing', color: '#dc2626' })).statusCode, 201);
    const again = await admin.request('POST', '/api/labels', { name: 'storing' });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().error.code, 'name_taken');
    assert.deepEqual(
      (await admin.request('GET', '/api/labels')).json().items.map((l: { name: string }) => l.name),
      ['Storing'],
    );
  });

  it('creates a team of members, and refuses a team with someone from outside the account', async () => {
    const sanne = (
      await admin.request('POST', '/api/members', { name: 'Sanne', email: 's@a.nl', role: 'agent', password: PASSWORD })
    ).json();
    const team = await admin.request('POST', '/api/teams', { name: 'Social', memberIds: [sanne.userId, admin.session.user.id] });
    assert.equal(team.statusCode, 201);
    const listed = (await admin.request('GET', '/api/teams')).json().items[0];
    assert.deepEqual([...listed.memberIds].sort(), [sanne.userId, admin.session.user.id].sort());
    const bad = await admin.request('POST', '/api/teams', {
      name: 'Ghosts',
      memberIds: ['00000000-0000-4000-8000-000000000000'],
    });
    assert.equal(bad.json().error.code, 'not_a_member');
    assert.equal((await admin.request('GET', '/api/teams')).json().items.length, 1, 'the failed team was not half-created');
  });

  it('lets only admins add channel connections, and supervisors manage labels and categories', async () => {
    await admin.request('POST', '/api/members', { name: 'Sup', email: 'sup@a.nl', role: 'supervisor', password: PASSWORD });
    const sup = await signIn(server.app, 'sup@a.nl', PASSWORD);
    assert.equal((await sup.request('POST', '/api/connections', { kind: 'x', name: 'X' })).statusCode, 403);
    assert.equal((await sup.request('POST', '/api/categories', { name: 'Opgelost' })).statusCode, 201);
    assert.equal((await admin.request('POST', '/api/connections', { kind: 'whatsapp', name: 'WhatsApp' })).statusCode, 201);
    assert.equal((await admin.request('POST', '/api/connections', { kind: 'fax', name: 'Fax' })).statusCode, 400);
  });
});
