import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { recordInbound } from '@balie/core';
import { addTenant, setupFirstAccount, startTestServer, type Client, type TestServer } from '../test-support';

describe('search', () => {
  let server: TestServer;
  let admin: Client;
  let other: Client;
  let n = 0;

  async function customerWrites(client: Client, connectionId: string, name: string, body: string) {
    return recordInbound({
      db: server.storage.database.db,
      accountId: client.session.account.id,
      input: {
        connectionId,
        externalId: `m${++n}`,
        threadKey: name,
        visibility: 'private',
        body,
        sender: { externalId: name, displayName: name, handle: `@${name.toLowerCase()}` },
      },
    });
  }

  before(async () => {
    server = await startTestServer();
    admin = await setupFirstAccount(server.app);
    other = await addTenant(server, 'Ander BV', 'admin@b.nl');
    const a = (await admin.request('POST', '/api/connections', { kind: 'whatsapp', name: 'WhatsApp' })).json().id;
    const b = (await other.request('POST', '/api/connections', { kind: 'whatsapp', name: 'WhatsApp B' })).json().id;
    await customerWrites(admin, a, 'Priscilla Jansen', 'wanneer komen de leveringen nou eindelijk?? al 3 dagen niks');
    await customerWrites(admin, a, 'Mohammed el Amrani', 'Levering van mijn bestelling 12345 is beschadigd');
    await customerWrites(admin, a, 'Kees', 'mijn factuur klopt niet <script>alert(1)</script>');
    await customerWrites(other, b, 'Geheim', 'levering bij de concurrent');
    const conv = (await admin.request('GET', '/api/conversations')).json().items[0];
    await admin.request('POST', `/api/contacts/${conv.contact.id}/notes`, { body: 'belt vaak over leveringen, let op' });
  });
  after(() => server.close());

  it('finds "levering" in messages saying "leveringen" and "Levering" (Dutch stemming, any case), newest first', async () => {
    const res = (await admin.request('GET', '/api/search?q=levering')).json();
    const names = res.messages.map((m: { contactName: string }) => m.contactName);
    assert.deepEqual(names, ['Mohammed el Amrani', 'Priscilla Jansen']);
    const hits = res.messages[1].snippet.filter((p: { hit: boolean }) => p.hit).map((p: { text: string }) => p.text);
    assert.deepEqual(hits, ['leveringen']);
    assert.equal(res.notes.length, 1, 'contact notes are searched too');
  });

  it('finds a contact by a misspelt name or handle', async () => {
    const byName = (await admin.request('GET', '/api/search?q=' + encodeURIComponent('Mohamed Amrani'))).json();
    assert.equal(byName.contacts[0].name, 'Mohammed el Amrani');
    const latest = byName.contacts[0].latestConversationId;
    const conversations = (await admin.request('GET', `/api/contacts/${byName.contacts[0].id}/conversations`)).json();
    assert.deepEqual(
      conversations.items.map((c: { id: string }) => c.id),
      [latest],
    );
    const byTypo = (await admin.request('GET', '/api/search?q=priscila')).json();
    assert.equal(byTypo.contacts[0].name, 'Priscilla Jansen');
  });

  it('returns markup in messages as plain text parts', async () => {
    const res = (await admin.request('GET', '/api/search?q=factuur')).json();
    const text = res.messages[0].snippet.map((p: { text: string }) => p.text).join('');
    assert.match(text, /<script>alert\(1\)<\/script>/);
  });

  it("never finds another account's messages or contacts", async () => {
    const res = (await admin.request('GET', '/api/search?q=concurrent')).json();
    assert.equal(res.messages.length, 0);
    const contacts = (await admin.request('GET', '/api/search?q=geheim')).json();
    assert.equal(contacts.contacts.length, 0);
  });

  it('pages through results with a cursor and filters like the queue', async () => {
    const first = (await admin.request('GET', '/api/search?q=levering&limit=1')).json();
    assert.equal(first.messages.length, 1);
    const second = (await admin.request('GET', `/api/search?q=levering&limit=1&cursor=${first.nextCursor}`)).json();
    assert.equal(second.messages[0].contactName, 'Priscilla Jansen');
    assert.equal(second.nextCursor, null);
    const filtered = (await admin.request('GET', '/api/search?q=levering&channel=x')).json();
    assert.equal(filtered.messages.length, 0);
    assert.equal((await admin.request('GET', '/api/search?q=')).statusCode, 400);
  });
});
