import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { recordInbound } from '@balie/core';
import { PASSWORD, setupFirstAccount, signIn, startTestServer, type Client, type TestServer } from '../test-support';

describe('contacts', () => {
  let server: TestServer;
  let admin: Client;
  let agent: Client;
  let x: string;
  let mail: string;
  let n = 0;

  async function writes(connectionId: string, senderId: string, name: string, thread = senderId) {
    const r = await recordInbound({
      db: server.storage.database.db,
      accountId: admin.session.account.id,
      input: {
        connectionId,
        externalId: `m${++n}`,
        threadKey: thread,
        visibility: 'private',
        body: 'hallo',
        sender: { externalId: senderId, displayName: name },
      },
    });
    return (await admin.request('GET', `/api/conversations/${r.conversationId}`)).json();
  }

  before(async () => {
    server = await startTestServer();
    admin = await setupFirstAccount(server.app);
    x = (await admin.request('POST', '/api/connections', { kind: 'x', name: 'X' })).json().id;
    mail = (await admin.request('POST', '/api/connections', { kind: 'email', name: 'Mail' })).json().id;
    await admin.request('POST', '/api/members', { name: 'Sanne', email: 'sanne@a.nl', role: 'agent', password: PASSWORD });
    agent = await signIn(server.app, 'sanne@a.nl', PASSWORD);
  });
  after(() => server.close());

  it('keeps custom attributes the account defined, and builds the CRM link from them', async () => {
    await admin.request('POST', '/api/contact-attributes', { key: 'customer_number', label: 'Klantnummer' });
    await admin.request('PATCH', '/api/account', { crmUrlTemplate: 'https://crm.example.nl/klant/{customer_number}' });
    const { contact } = await writes(x, 'x-1', 'Ans');
    assert.equal(contact.crmUrl, null, 'no link without the number');
    const updated = await agent.request('PATCH', `/api/contacts/${contact.id}`, {
      attributes: { customer_number: 'K 12/34' },
      email: 'ans@example.nl',
    });
    assert.equal(updated.statusCode, 200);
    assert.equal(updated.json().crmUrl, 'https://crm.example.nl/klant/K%2012%2F34');
    assert.equal(updated.json().email, 'ans@example.nl');
    const unknown = await agent.request('PATCH', `/api/contacts/${contact.id}`, { attributes: { shoe_size: '42' } });
    assert.equal(unknown.json().error.code, 'unknown_attribute');
    const badTemplate = await admin.request('PATCH', '/api/account', { crmUrlTemplate: 'javascript:alert(1)' });
    assert.equal(badTemplate.statusCode, 400);
  });

  it('links an identity by hand, and refuses one that belongs to someone else', async () => {
    const { contact } = await writes(x, 'x-2', 'Bert');
    const linked = await agent.request('POST', `/api/contacts/${contact.id}/identities`, {
      channel: 'email',
      externalId: 'bert@example.nl',
    });
    assert.equal(linked.json().identities.length, 2);
    const later = await writes(mail, 'bert@example.nl', 'Bert per mail');
    assert.equal(later.contact.id, contact.id, 'his e-mail now joins the same customer');
    const taken = await agent.request('POST', `/api/contacts/${contact.id}/identities`, { channel: 'x', externalId: 'x-1' });
    assert.equal(taken.json().error.code, 'identity_taken');
  });

  it('merges two records of one person, and an admin can undo it', async () => {
    const a = await writes(x, 'x-3', 'Carla');
    const b = await writes(mail, 'carla@example.nl', 'Carla V.');
    await agent.request('POST', `/api/contacts/${b.contact.id}/notes`, { body: 'superaardig, regel iets leuks' });
    const merged = await agent.request('POST', `/api/contacts/${a.contact.id}/merge`, { sourceContactId: b.contact.id });
    assert.equal(merged.statusCode, 200);
    const target = merged.json().contact;
    assert.equal(target.identities.length, 2);
    assert.equal(target.notes[0].body, 'superaardig, regel iets leuks');
    const conv = (await agent.request('GET', `/api/conversations/${b.conversation.id}`)).json();
    assert.equal(conv.contact.id, a.contact.id);
    assert.deepEqual(
      conv.history.map((h: { id: string }) => h.id),
      [a.conversation.id],
    );
    assert.equal((await agent.request('GET', `/api/contacts/${b.contact.id}`)).json().mergedInto, a.contact.id);

    const mergeId = merged.json().merge.id;
    assert.equal((await agent.request('POST', `/api/contact-merges/${mergeId}/undo`)).statusCode, 403, 'only admins undo');
    const undone = await admin.request('POST', `/api/contact-merges/${mergeId}/undo`);
    assert.equal(undone.statusCode, 200);
    assert.equal(undone.json().mergedInto, null);
    assert.equal(undone.json().identities.length, 1);
    assert.equal((await agent.request('GET', `/api/conversations/${b.conversation.id}`)).json().contact.id, b.contact.id);
    assert.equal((await admin.request('POST', `/api/contact-merges/${mergeId}/undo`)).json().error.code, 'merge_expired');
    const audit = (await admin.request('GET', `/api/audit?targetId=${a.contact.id}`)).json();
    assert.deepEqual(audit.items.map((e: { action: string }) => e.action).slice(0, 2), [
      'contact.merge_undone',
      'contact.merged',
    ]);
  });

  it('refuses to merge a contact into itself', async () => {
    const { contact } = await writes(x, 'x-4', 'Dirk');
    const self = await agent.request('POST', `/api/contacts/${contact.id}/merge`, { sourceContactId: contact.id });
    assert.equal(self.statusCode, 409);
  });
});
