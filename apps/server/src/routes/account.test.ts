import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { enqueueJob, recordInbound } from '@balie/core';
import { sql } from '@balie/core/testing';
import {
  PASSWORD,
  addTenant,
  setupFirstAccount,
  signIn,
  startTestServer,
  type Client,
  type TestServer,
  TINY_PNG as PNG,
} from '../test-support';

describe('members, roles and the audit log', () => {
  let server: TestServer;
  let admin: Client;
  before(async () => {
    server = await startTestServer();
    admin = await setupFirstAccount(server.app);
  });
  after(() => server.close());

  it('lets an admin add a member, change the role and remove them, each audited without secrets', async () => {
    const added = await admin.request('POST', '/api/members', {
      name: 'Sanne',
      email: 'sanne@a.nl',
      role: 'agent',
      password: PASSWORD,
    });
    assert.equal(added.statusCode, 201);
    const { userId } = added.json();
    const changed = await admin.request('PATCH', `/api/members/${userId}`, { role: 'supervisor' });
    assert.equal(changed.json().role, 'supervisor');
    assert.equal((await admin.request('DELETE', `/api/members/${userId}`)).statusCode, 200);

    const audit = (await admin.request('GET', `/api/audit?targetId=${userId}`)).json();
    assert.deepEqual(
      audit.items.map((e: { action: string }) => e.action),
      ['member.removed', 'member.updated', 'member.added'],
    );
    const updated = audit.items[1];
    assert.deepEqual(updated.changes, { role: { from: 'agent', to: 'supervisor' } });
    assert.equal(updated.actorName, 'Admin A');
    assert.ok(!JSON.stringify(audit).includes(PASSWORD), 'no password in the audit log');
    const raw = await server.storage.database.db.execute(sql`select changes::text as c from audit_log`);
    assert.ok(raw.rows.every((r) => !String(r.c).includes(PASSWORD)));
  });

  it('filters the audit log and pages through it with a cursor', async () => {
    for (let i = 0; i < 3; i++) await admin.request('PATCH', '/api/account', { name: `Webcare ${i}` });
    const first = (await admin.request('GET', '/api/audit?action=account.updated&limit=2')).json();
    assert.equal(first.items.length, 2);
    assert.ok(first.nextCursor);
    const second = (await admin.request('GET', `/api/audit?action=account.updated&limit=2&cursor=${first.nextCursor}`)).json();
    assert.equal(second.items.length, 1);
    assert.equal(second.nextCursor, null);
    assert.ok(first.items[0].id > first.items[1].id && first.items[1].id > second.items[0].id);
  });

  it('refuses an e-mail address that is already a member', async () => {
    const res = await admin.request('POST', '/api/members', {
      name: 'Dubbel',
      email: 'ADMIN@a.nl',
      role: 'agent',
      password: PASSWORD,
    });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().error.code, 'email_taken');
  });

  it('keeps at least one admin', async () => {
    const self = admin.session.user.id;
    const demote = await admin.request('PATCH', `/api/members/${self}`, { role: 'agent' });
    assert.equal(demote.json().error.code, 'last_admin');
    const remove = await admin.request('DELETE', `/api/members/${self}`);
    assert.equal(remove.json().error.code, 'last_admin');
  });

  it('checks roles on the server: viewers and agents cannot manage, only admins read the audit log', async () => {
    for (const role of ['viewer', 'agent', 'supervisor'] as const) {
      await admin.request('POST', '/api/members', { name: role, email: `${role}@a.nl`, role, password: PASSWORD });
      const c = await signIn(server.app, `${role}@a.nl`, PASSWORD);
      assert.equal((await c.request('GET', '/api/members')).statusCode, 200, `${role} reads members`);
      for (const [method, url, body] of [
        ['POST', '/api/members', { name: 'x', email: `x-${role}@a.nl`, role: 'admin', password: PASSWORD }],
        ['PATCH', '/api/account', { name: 'taken over' }],
        ['POST', '/api/tokens', { name: 't', role: 'admin' }],
        ['GET', '/api/audit', undefined],
        ['GET', '/api/jobs/failed', undefined],
      ] as const) {
        const res = await c.request(method, url, body);
        assert.equal(res.statusCode, 403, `${role} ${method} ${url}`);
        assert.equal(res.json().error.code, 'forbidden');
      }
    }
  });

  it('takes a removed member out at once: their open session stops working', async () => {
    const added = (
      await admin.request('POST', '/api/members', { name: 'Weg', email: 'weg@a.nl', role: 'agent', password: PASSWORD })
    ).json();
    const c = await signIn(server.app, 'weg@a.nl', PASSWORD);
    await admin.request('DELETE', `/api/members/${added.userId}`);
    assert.equal((await c.request('GET', '/api/members')).statusCode, 401);
  });

  describe('tenant isolation', () => {
    it("answers 404 for another account's id on every route that takes an id", async () => {
      const other = await addTenant(server, 'Concurrent BV', 'admin@b.nl');
      const bMember = (
        await other.request('POST', '/api/members', { name: 'B agent', email: 'agent@b.nl', role: 'agent', password: PASSWORD })
      ).json();
      const bToken = (await other.request('POST', '/api/tokens', { name: 'B token', role: 'agent' })).json();
      const bJob = await enqueueJob({ tx: server.storage.database.db, queue: 'b.job', accountId: other.session.account.id });
      await server.storage.database.db.execute(sql`update jobs set status = 'dead' where id = ${bJob}`);

      const bConnection = (await other.request('POST', '/api/connections', { kind: 'whatsapp', name: 'B WhatsApp' })).json();
      const bLabel = (await other.request('POST', '/api/labels', { name: 'B label' })).json();
      const bCategory = (await other.request('POST', '/api/categories', { name: 'B categorie' })).json();
      const bInbound = await recordInbound({
        db: server.storage.database.db,
        accountId: other.session.account.id,
        input: {
          connectionId: bConnection.id,
          externalId: 'b-1',
          threadKey: 'b',
          visibility: 'private',
          body: 'geheim van B',
          sender: { externalId: 'b-klant' },
        },
      });
      const bConv = bInbound.conversationId;
      const bContact = (await other.request('GET', `/api/conversations/${bConv}`)).json().contact.id;
      const bSecond = await recordInbound({
        db: server.storage.database.db,
        accountId: other.session.account.id,
        input: {
          connectionId: bConnection.id,
          externalId: 'b-2',
          threadKey: 'b2',
          visibility: 'private',
          body: 'ook B',
          sender: { externalId: 'b-klant-2' },
        },
      });
      const bSecondContact = (await other.request('GET', `/api/conversations/${bSecond.conversationId}`)).json().contact.id;
      const bNote = (await other.request('POST', `/api/conversations/${bConv}/notes`, { body: '@B kijk even' })).json();
      const bMention = (await server.storage.database.db.execute(sql`select id from mentions where message_id = ${bNote.id}`))
        .rows[0]?.id;
      const bAttachment = (
        await server.app.inject({
          method: 'POST',
          url: `/api/conversations/${bConv}/attachments?filename=b.png`,
          headers: { cookie: other.cookie, 'x-csrf-token': other.session.csrfToken, 'content-type': 'image/png' },
          payload: PNG,
        })
      ).json().id;
      const bMerge = (await other.request('POST', `/api/contacts/${bContact}/merge`, { sourceContactId: bSecondContact })).json()
        .merge.id;
      const bApi = (await other.request('POST', '/api/connections', { kind: 'api', name: 'B API' })).json();
      const bRaw = (
        await server.app.inject({
          method: 'POST',
          url: '/api/channels/api/messages',
          headers: { authorization: `Bearer ${bApi.secrets.token}`, 'content-type': 'application/json' },
          payload: { messageId: 'b-raw', user: { id: 'b' }, text: 'B' },
        })
      ).json().rawEventId;
      const bReply = (await other.request('POST', `/api/conversations/${bConv}/reply`, { body: 'B antwoordt' })).json().id;
      const bHook = (
        await other.request('POST', '/api/webhooks', { url: 'https://b.example/hook', eventTypes: ['message.created'] })
      ).json().id;

      const bWidget = (await other.request('POST', '/api/widgets', { name: 'B widget' })).json();
      const requests: Record<string, [string, unknown?, string?]> = {
        'GET /api/conversations/:id': [`/api/conversations/${bConv}`],
        'GET /api/conversations/:id/messages': [`/api/conversations/${bConv}/messages`],
        'POST /api/conversations/:id/reply': [`/api/conversations/${bConv}/reply`, { body: 'hoi' }],
        'POST /api/conversations/:id/notes': [`/api/conversations/${bConv}/notes`, { body: 'hoi' }],
        'POST /api/conversations/:id/assign': [`/api/conversations/${bConv}/assign`, { assigneeId: null }],
        'POST /api/conversations/:id/urgency': [`/api/conversations/${bConv}/urgency`, { urgency: 'urgent' }],
        'PUT /api/conversations/:id/labels': [`/api/conversations/${bConv}/labels`, { labelIds: [] }],
        'POST /api/conversations/:id/snooze': [
          `/api/conversations/${bConv}/snooze`,
          { until: new Date(Date.now() + 60_000).toISOString() },
        ],
        'POST /api/conversations/:id/pending': [`/api/conversations/${bConv}/pending`, {}],
        'POST /api/conversations/:id/resolve': [`/api/conversations/${bConv}/resolve`, { categoryId: bCategory.id }],
        'POST /api/conversations/:id/reopen': [`/api/conversations/${bConv}/reopen`, {}],
        'POST /api/conversations/:id/merge': [
          `/api/conversations/${bConv}/merge`,
          { sourceConversationId: bSecond.conversationId },
        ],
        'POST /api/mentions/:id/read': [`/api/mentions/${bMention}/read`],
        'POST /api/conversations/:id/attachments': [`/api/conversations/${bConv}/attachments?filename=a.png`, PNG],
        'GET /api/attachments/:id': [`/api/attachments/${bAttachment}`],
        'GET /api/messages/:id/revisions': [`/api/messages/${bInbound.messageId}/revisions`],
        'POST /api/messages/:id/analysis/corrections': [
          `/api/messages/${bInbound.messageId}/analysis/corrections`,
          { field: 'sentiment', value: 'negative' },
        ],
        'GET /api/contacts/:id': [`/api/contacts/${bContact}`],
        'GET /api/contacts/:id/conversations': [`/api/contacts/${bContact}/conversations`],
        'PATCH /api/contacts/:id': [`/api/contacts/${bContact}`, { name: 'overgenomen' }],
        'POST /api/contacts/:id/identities': [`/api/contacts/${bContact}/identities`, { channel: 'x', externalId: 'steal' }],
        'POST /api/contacts/:id/merge': [`/api/contacts/${bContact}/merge`, { sourceContactId: bSecondContact }],
        'POST /api/contact-merges/:id/undo': [`/api/contact-merges/${bMerge}/undo`],
        'POST /api/contacts/:id/notes': [`/api/contacts/${bContact}/notes`, { body: 'hoi' }],
        'PATCH /api/members/:id': [`/api/members/${bMember.userId}`, { role: 'admin' }],
        'DELETE /api/members/:id': [`/api/members/${bMember.userId}`],
        'DELETE /api/tokens/:id': [`/api/tokens/${bToken.id}`],
        'POST /api/jobs/:id/retry': [`/api/jobs/${bJob}/retry`, {}],
        'GET /api/raw-events/:id': [`/api/raw-events/${bRaw}`],
        'POST /api/raw-events/:id/replay': [`/api/raw-events/${bRaw}/replay`],
        'GET /api/connections/:id/deliveries': [`/api/connections/${bApi.id}/deliveries`],
        'POST /api/messages/:id/retry-send': [`/api/messages/${bReply}/retry-send`],
        'PATCH /api/webhooks/:id': [`/api/webhooks/${bHook}`, { enabled: false }],
        'DELETE /api/webhooks/:id': [`/api/webhooks/${bHook}`],
        'GET /api/webhooks/:id/deliveries': [`/api/webhooks/${bHook}/deliveries`],
        // Public: the sender proves itself with the connection's signature, not a session.
        'GET /api/widgets/:id': [`/api/widgets/${bWidget.connectionId}`],
        'PUT /api/widgets/:id/settings': [`/api/widgets/${bWidget.connectionId}/settings`, {}],
        'POST /api/widgets/:id/identity-secret': [`/api/widgets/${bWidget.connectionId}/identity-secret`],
        // Public: a visitor proves themselves with a widget token and a visitor token, not a session.
        // The widget's built files: names, not ids; there is nothing of an account to reach.
        'GET /widget/app/assets/:name': ['/widget/app/assets/nope.js', undefined, 'route_not_found'],
        'GET /widget/attachments/:id': [`/widget/attachments/${bWidget.connectionId}`, undefined, 'widget_not_found'],
        'GET /webhooks/:connectionId': [`/webhooks/${bApi.id}`, undefined, 'invalid_signature'],
        'POST /webhooks/:connectionId': [`/webhooks/${bApi.id}`, {}, 'invalid_signature'],
        // Public: the API channel's token names the connection; a session reaches no message through it
        // (another connection's messageId is not_found: channel-reach.test.ts).
        'POST /api/channels/api/messages/:messageId/reach': [
          `/api/channels/api/messages/${bInbound.messageId}/reach`,
          { likes: 1 },
          'invalid_channel_token',
        ],
      };
      const idRoutes = server.app.routeTable.filter((r) => r.url.includes(':')).map((r) => `${r.method} ${r.url}`);
      assert.deepEqual(idRoutes.sort(), Object.keys(requests).sort(), 'every route with an id is covered here');
      for (const [route, [url, body, code = 'not_found']] of Object.entries(requests)) {
        const res = Buffer.isBuffer(body)
          ? await server.app.inject({
              method: 'POST',
              url,
              headers: { cookie: admin.cookie, 'x-csrf-token': admin.session.csrfToken, 'content-type': 'image/png' },
              payload: body,
            })
          : await admin.request(route.split(' ')[0] as 'GET', url, body);
        assert.equal(res.json().error.code, code, route);
        if (code === 'not_found') assert.equal(res.statusCode, 404, route);
      }
      // B's labels, categories and members cannot be used on A's conversations either.
      const aConnection = (await admin.request('POST', '/api/connections', { kind: 'x', name: 'A X' })).json();
      const aConv = (
        await recordInbound({
          db: server.storage.database.db,
          accountId: admin.session.account.id,
          input: {
            connectionId: aConnection.id,
            externalId: 'a-1',
            threadKey: 'a',
            visibility: 'private',
            body: 'vraag',
            sender: { externalId: 'a-klant' },
          },
        })
      ).conversationId;
      assert.equal((await admin.request('PUT', `/api/conversations/${aConv}/labels`, { labelIds: [bLabel.id] })).statusCode, 404);
      assert.equal(
        (await admin.request('POST', `/api/conversations/${aConv}/resolve`, { categoryId: bCategory.id })).statusCode,
        404,
      );
      const foreignAssignee = await admin.request('POST', `/api/conversations/${aConv}/assign`, { assigneeId: bMember.userId });
      assert.equal(foreignAssignee.json().error.code, 'not_a_member');
      // A conversation of B's connection cannot be fed into A's account.
      await assert.rejects(
        recordInbound({
          db: server.storage.database.db,
          accountId: admin.session.account.id,
          input: {
            connectionId: bConnection.id,
            externalId: 'x',
            threadKey: 'x',
            visibility: 'private',
            body: 'x',
            sender: { externalId: 'x' },
          },
        }),
        /Unknown channel connection/,
      );

      // And nothing of B changed.
      assert.equal(
        (await other.request('GET', '/api/members')).json().items.find((m: { userId: string }) => m.userId === bMember.userId)
          .role,
        'agent',
      );
      assert.equal((await other.request('GET', '/api/tokens')).json().items.length, 1);
      assert.equal((await other.request('GET', '/api/jobs/failed')).json().items.length, 1);
    });

    it("never lists another account's members, tokens, audit entries, jobs or events", async () => {
      const lists = [
        '/api/members',
        '/api/tokens',
        '/api/audit',
        '/api/jobs/failed',
        '/api/events',
        '/api/conversations',
        '/api/conversations?tab=resolved',
        '/api/connections',
        '/api/labels',
        '/api/categories',
        '/api/teams',
      ];
      for (const url of lists) {
        const body = (await admin.request('GET', url)).body;
        assert.ok(
          !body.includes('@b.nl') && !body.includes('Concurrent BV') && !body.includes('B token') && !body.includes('b.job'),
          url,
        );
      }
    });
  });
});
