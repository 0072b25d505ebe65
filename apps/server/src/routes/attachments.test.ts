import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { recordInbound } from '@balie/core';
import { setupFirstAccount, startTestServer, type Client, type TestServer, TINY_PNG as PNG } from '../test-support';

describe('attachments', () => {
  let server: TestServer;
  let admin: Client;
  let conversationId: string;

  function upload(body: Buffer, type: string, filename = 'foto.png') {
    return server.app.inject({
      method: 'POST',
      url: `/api/conversations/${conversationId}/attachments?filename=${encodeURIComponent(filename)}`,
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.session.csrfToken, 'content-type': type },
      payload: body,
    });
  }

  before(async () => {
    server = await startTestServer();
    admin = await setupFirstAccount(server.app);
    const connectionId = (await admin.request('POST', '/api/connections', { kind: 'whatsapp', name: 'WhatsApp' })).json().id;
    conversationId = (
      await recordInbound({
        db: server.storage.database.db,
        accountId: admin.session.account.id,
        input: {
          connectionId,
          externalId: 'm1',
          threadKey: 't',
          visibility: 'private',
          body: 'kapotte lamp',
          sender: { externalId: 'k' },
        },
      })
    ).conversationId;
  });
  after(() => server.close());

  it('stores an image, sends it with a reply, and serves it back as a download that cannot run', async () => {
    const up = await upload(PNG, 'image/png');
    assert.equal(up.statusCode, 201);
    const stored = up.json() as { id: string; filename: string; contentType: string; size: number };
    assert.deepEqual([stored.filename, stored.contentType, stored.size], ['foto.png', 'image/png', PNG.length]);
    const reply = await admin.request('POST', `/api/conversations/${conversationId}/reply`, {
      body: 'Zo ziet hij eruit?',
      attachmentIds: [up.json().id],
    });
    assert.equal(reply.statusCode, 201);
    assert.equal(reply.json().attachments[0].id, up.json().id);
    const file = await server.app.inject({ url: `/api/attachments/${up.json().id}`, headers: { cookie: admin.cookie } });
    assert.equal(file.statusCode, 200);
    assert.equal(file.headers['content-type'], 'image/png');
    assert.match(String(file.headers['content-disposition']), /^attachment;/);
    assert.match(String(file.headers['content-security-policy']), /sandbox/);
    assert.deepEqual(file.rawPayload, PNG);
    const again = await admin.request('POST', `/api/conversations/${conversationId}/reply`, {
      body: 'nog eens',
      attachmentIds: [up.json().id],
    });
    assert.equal(again.statusCode, 404, 'a file joins one message only');
  });

  it('refuses files whose bytes are not an allowed type, whatever they claim', async () => {
    const svg = await upload(Buffer.from('<svg onload="alert(1)"></svg>'), 'image/png', 'x.png');
    assert.equal(svg.statusCode, 415);
    assert.equal(svg.json().error.code, 'attachment_type_refused');
    const html = await upload(Buffer.from('<html><script>alert(1)</script></html>'), 'text/html', 'x.html');
    assert.equal(html.statusCode, 415);
    const spoofed = await upload(PNG, 'image/jpeg', 'x.jpg');
    assert.equal(spoofed.statusCode, 415, 'declared type must match the bytes');
  });

  it('refuses files over 10 MB', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(10 * 1024 * 1024)]);
    const res = await upload(big, 'image/png');
    assert.equal(res.statusCode, 413);
    assert.equal(res.json().error.code, 'body_too_large');
  });

  it('keeps JSON-only everywhere else', async () => {
    const res = await server.app.inject({
      method: 'PATCH',
      url: '/api/account',
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.session.csrfToken, 'content-type': 'image/png' },
      payload: PNG,
    });
    assert.equal(res.statusCode, 415);
  });
});
