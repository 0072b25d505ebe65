import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { identityHash } from '@balie/channels';
import { markDelivery, recordInbound } from '@balie/core';
import type { LightMyRequestResponse } from 'fastify';
import { connect } from '../ws-test-client';
import { setupFirstAccount, startTestServer, TINY_PNG, type Client, type TestServer } from '../test-support';

const SITE = 'https://www.winkel.nl';

describe('the website chat widget API', () => {
  let server: TestServer;
  let admin: Client;
  let widget: { connectionId: string; widgetToken: string; identitySecret: string };
  let n = 0;
  const clientId = () => `c-${Date.now().toString(36)}-${++n}`;

  before(async () => {
    server = await startTestServer();
    admin = await setupFirstAccount(server.app);
    const res = await admin.request('POST', '/api/widgets', { name: 'Website', settings: { allowedOrigins: [SITE] } });
    assert.equal(res.statusCode, 201, res.body);
    widget = res.json();
  });
  after(() => server.close());

  const headers = (visitorToken?: string, origin = SITE) => ({
    origin,
    'x-balie-widget': widget.widgetToken,
    ...(visitorToken ? { 'x-balie-visitor': visitorToken } : {}),
  });
  async function newVisitor(): Promise<{ visitorToken: string; visitorId: string }> {
    const res = await server.app.inject({ method: 'POST', url: '/widget/session', headers: headers() });
    assert.equal(res.statusCode, 201, res.body);
    return res.json();
  }
  const send = (visitorToken: string, body: unknown, origin = SITE) =>
    server.app.inject({
      method: 'POST',
      url: '/widget/messages',
      headers: headers(visitorToken, origin),
      payload: body as object,
    });
  const refused = (res: LightMyRequestResponse, status: number, code: string) => {
    assert.equal(res.statusCode, status, res.body);
    assert.equal(res.json().error.code, code);
  };
  const inboxMessages = async () => {
    const r = await server.storage.database.db.execute(
      `select count(*)::int as n from messages where connection_id = '${widget.connectionId}'` as never,
    );
    return (r.rows[0] as { n: number }).n;
  };

  describe('when an admin creates a widget', () => {
    it('shows the identity secret once and never again', async () => {
      assert.match(widget.identitySecret, /^bwid_/);
      const again = await admin.request('GET', `/api/widgets/${widget.connectionId}`);
      assert.equal(again.statusCode, 200);
      assert.ok(!again.body.includes(widget.identitySecret));
      assert.ok(!again.body.includes('visitorSecret'));
      assert.deepEqual(again.json().settings.allowedOrigins, [SITE]);
    });
  });

  describe('the loader config', () => {
    it('gives an allowed page the public settings with CORS, and no secrets or origins', async () => {
      const res = await server.app.inject({ url: `/widget/config?token=${widget.widgetToken}`, headers: { origin: SITE } });
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.headers['access-control-allow-origin'], SITE);
      assert.equal(res.json().open, true);
      for (const secret of ['identitySecret', 'visitorSecret', 'allowedOrigins', widget.identitySecret])
        assert.ok(!res.body.includes(secret));
    });

    it("serves the chat app framed by allowed pages only, without the browser test's hooks", async () => {
      const res = await server.app.inject({ url: `/widget/app?token=${widget.widgetToken}&page=${encodeURIComponent(SITE)}` });
      assert.equal(res.statusCode, 200, res.body);
      assert.match(String(res.headers['content-security-policy']), new RegExp(`frame-ancestors ${SITE};`));
      assert.doesNotMatch(res.body, /balie-test-hooks/);
    });

    it('refuses other origins and unknown tokens', async () => {
      const other = await server.app.inject({
        url: `/widget/config?token=${widget.widgetToken}`,
        headers: { origin: 'https://evil.example' },
      });
      refused(other, 403, 'origin_not_allowed');
      assert.equal(other.headers['access-control-allow-origin'], undefined);
      refused(
        await server.app.inject({ url: '/widget/config?token=bw_unknown_token_0123456789abc', headers: { origin: SITE } }),
        404,
        'widget_not_found',
      );
      refused(await server.app.inject({ url: `/widget/config?token=${widget.widgetToken}` }), 403, 'origin_not_allowed');
    });
  });

  describe('a visitor writing', () => {
    it('stores the message in the inbox once, however often the app retries it', async () => {
      const v = await newVisitor();
      const id = clientId();
      const first = await send(v.visitorToken, { clientMessageId: id, text: 'Waar blijft mijn pakket?' });
      assert.equal(first.statusCode, 200, first.body);
      assert.equal(first.json().duplicate, false);
      const again = await send(v.visitorToken, { clientMessageId: id, text: 'Waar blijft mijn pakket?' });
      assert.equal(again.json().duplicate, true);
      assert.equal(again.json().message.id, first.json().message.id);
      const queue = (await admin.request('GET', '/api/conversations?tab=open')).json();
      const mine = queue.items.filter((c: { lastMessagePreview: string }) => c.lastMessagePreview === 'Waar blijft mijn pakket?');
      assert.equal(mine.length, 1);
    });

    it('refuses forged tokens, wrong origins, malformed payloads and unknown widgets, and stores nothing', async () => {
      const v = await newVisitor();
      const before = await inboxMessages();
      const forged = v.visitorToken.replace(/.$/, (c) => (c === 'a' ? 'b' : 'a'));
      refused(await send(forged, { clientMessageId: clientId(), text: 'x' }), 401, 'invalid_visitor_token');
      refused(await send('v1.not-a-token', { clientMessageId: clientId(), text: 'x' }), 401, 'invalid_visitor_token');
      refused(
        await send(v.visitorToken, { clientMessageId: clientId(), text: 'x' }, 'https://evil.example'),
        403,
        'origin_not_allowed',
      );
      refused(await send(v.visitorToken, { clientMessageId: clientId(), text: '' }), 400, 'validation_failed');
      refused(
        await send(v.visitorToken, { clientMessageId: clientId(), text: 'x', visitorId: v.visitorId }),
        400,
        'validation_failed',
      );
      refused(await send(v.visitorToken, { clientMessageId: 'no', text: 'x' }), 400, 'validation_failed');
      const broken = await server.app.inject({
        method: 'POST',
        url: '/widget/messages',
        headers: { ...headers(v.visitorToken), 'content-type': 'application/json' },
        payload: '{"clientMessageId":',
      });
      refused(broken, 400, 'malformed_json');
      const unknown = await server.app.inject({
        method: 'POST',
        url: '/widget/messages',
        headers: { ...headers(v.visitorToken), 'x-balie-widget': 'bw_unknown_token_0123456789abc' },
        payload: { clientMessageId: clientId(), text: 'x' },
      });
      refused(unknown, 404, 'widget_not_found');
      assert.equal(await inboxMessages(), before);
    });

    it('turns a flood from one visitor away with rate_limited', async () => {
      const v = await newVisitor();
      const codes: number[] = [];
      for (let i = 0; i < 14; i++)
        codes.push((await send(v.visitorToken, { clientMessageId: clientId(), text: `flood ${i}` })).statusCode);
      assert.deepEqual(codes.slice(0, 10), Array(10).fill(200));
      const last = await send(v.visitorToken, { clientMessageId: clientId(), text: 'more' });
      refused(last, 429, 'rate_limited');
      assert.ok(Number(last.headers['retry-after']) > 0);
      // Another visitor is not held back by the first one's flood.
      assert.equal((await send((await newVisitor()).visitorToken, { clientMessageId: clientId(), text: 'hoi' })).statusCode, 200);
    });
  });

  describe('images from a visitor', () => {
    const upload = (visitorToken: string, type: string, data: Buffer) =>
      server.app.inject({
        method: 'POST',
        url: `/widget/images?clientMessageId=${clientId()}&filename=foto.png`,
        headers: { ...headers(visitorToken), 'content-type': type },
        payload: data,
      });

    it('stores an image as a message the visitor can fetch back, and other visitors cannot', async () => {
      const v = await newVisitor();
      const res = await upload(v.visitorToken, 'image/png', TINY_PNG);
      assert.equal(res.statusCode, 200, res.body);
      const [file] = res.json().message.attachments;
      assert.equal(file.contentType, 'image/png');
      const back = await server.app.inject({ url: `/widget/attachments/${file.id}`, headers: headers(v.visitorToken) });
      assert.equal(back.statusCode, 200);
      assert.deepEqual(back.rawPayload, TINY_PNG);
      const other = await newVisitor();
      refused(
        await server.app.inject({ url: `/widget/attachments/${file.id}`, headers: headers(other.visitorToken) }),
        404,
        'not_found',
      );
    });

    it('refuses files that are too large or not images, and stores nothing', async () => {
      const v = await newVisitor();
      const before = await inboxMessages();
      refused(
        await upload(v.visitorToken, 'image/png', Buffer.concat([TINY_PNG, Buffer.alloc(11 * 1024 * 1024)])),
        413,
        'body_too_large',
      );
      refused(
        await upload(v.visitorToken, 'application/pdf', Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF')),
        415,
        'unsupported_media_type',
      );
      refused(
        await upload(v.visitorToken, 'image/png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')),
        415,
        'attachment_type_refused',
      );
      refused(await upload(v.visitorToken, 'image/gif', TINY_PNG), 415, 'attachment_type_refused');
      assert.equal(await inboxMessages(), before);
    });
  });

  describe('identifying a signed-in customer', () => {
    it('refuses a forged hash and joins the customer record on a genuine one', async () => {
      const v = await newVisitor();
      await send(v.visitorToken, { clientMessageId: clientId(), text: 'Ik ben ingelogd' });
      // The same customer wrote before on another channel, with their e-mail address.
      const api = (await admin.request('POST', '/api/connections', { kind: 'email', name: 'Mail' })).json();
      const earlier = await recordInbound({
        db: server.storage.database.db,
        accountId: admin.session.account.id,
        input: {
          connectionId: api.id,
          externalId: 'mail-1',
          threadKey: 'mail-1',
          visibility: 'private',
          body: 'mail',
          sender: { externalId: 'noor@example.nl', displayName: 'Noor', email: 'noor@example.nl' },
        },
      });
      const identify = (hash: string) =>
        server.app.inject({
          method: 'POST',
          url: '/widget/identify',
          headers: headers(v.visitorToken),
          payload: { userId: 'klant-1001', hash, name: 'Noor de Vries', email: 'noor@example.nl', customerNumber: '1001' },
        });
      refused(await identify(identityHash('a-guessed-secret', 'klant-1001')), 403, 'identity_hash_invalid');
      refused(await identify(identityHash(widget.identitySecret, 'klant-1002')), 403, 'identity_hash_invalid');
      const ok = await identify(identityHash(widget.identitySecret, 'klant-1001'));
      assert.equal(ok.statusCode, 200, ok.body);
      const mailConv = (await admin.request('GET', `/api/conversations/${earlier.conversationId}`)).json();
      assert.equal(ok.json().contactId, mailConv.conversation.contact.id);
      const history = await server.app.inject({ url: '/widget/messages', headers: headers(v.visitorToken) });
      assert.equal(history.json().messages.length, 1);
    });
  });

  /** Another widget on the same site, with these settings. */
  async function widgetWith(settings: object): Promise<{ connectionId: string; widgetToken: string }> {
    const res = await admin.request('POST', '/api/widgets', { name: 'Other', settings: { allowedOrigins: [SITE], ...settings } });
    assert.equal(res.statusCode, 201, res.body);
    return res.json();
  }
  const query = async <T>(text: string): Promise<T[]> => (await server.storage.database.db.execute(text as never)).rows as T[];
  const conversationsOf = async (connectionId: string) =>
    (await query<{ n: number }>(`select count(*)::int as n from conversations where connection_id = '${connectionId}'`))[0]!.n;
  async function visitorOf(w: { widgetToken: string }) {
    const h = { origin: SITE, 'x-balie-widget': w.widgetToken };
    const session = (await server.app.inject({ method: 'POST', url: '/widget/session', headers: h })).json();
    const hv = { ...h, 'x-balie-visitor': session.visitorToken as string };
    return {
      config: async () => (await server.app.inject({ url: `/widget/config?token=${w.widgetToken}`, headers: h })).json(),
      send: (body: object) => server.app.inject({ method: 'POST', url: '/widget/messages', headers: hv, payload: body }),
      history: async () => (await server.app.inject({ url: '/widget/messages', headers: hv })).json(),
      read: (messageId: string) =>
        server.app.inject({ method: 'POST', url: '/widget/read', headers: hv, payload: { messageId } }),
    };
  }
  // Every minute of the week: each day 00:00–23:59 and 23:59 to midnight.
  const ALWAYS = [0, 1, 2, 3, 4, 5, 6].flatMap((day) => [
    { day, open: '00:00', close: '23:59' },
    { day, open: '23:59', close: '00:00' },
  ]);

  describe('business hours', () => {
    it('inside the hours: open, no e-mail asked', async () => {
      const w = await widgetWith({ businessHours: { enabled: true, timeZone: 'Europe/Amsterdam', days: ALWAYS } });
      const config = await (await visitorOf(w)).config();
      assert.equal(config.open, true);
      assert.equal(config.askEmail, true);
    });

    it('outside the hours: closed with the away message, and an e-mail the visitor leaves lands on their contact', async () => {
      const w = await widgetWith({
        businessHours: { enabled: true, timeZone: 'America/New_York', days: [], askEmail: true },
        texts: { nl: { awayMessage: 'We zijn er morgen weer' }, en: {} },
      });
      const v = await visitorOf(w);
      const config = await v.config();
      assert.equal(config.open, false);
      assert.equal(config.askEmail, true);
      assert.equal(config.texts.nl.awayMessage, 'We zijn er morgen weer');
      const res = await v.send({ clientMessageId: clientId(), text: 'Bel me terug', email: 'Laat@Example.nl' });
      assert.equal(res.statusCode, 200, res.body);
      const [contact] = await query<{
        email: string;
      }>(`select ct.email from conversations c join contacts ct on ct.id = c.contact_id
        where c.connection_id = '${w.connectionId}'`);
      assert.equal(contact?.email?.toLowerCase(), 'laat@example.nl');
      refused(await v.send({ clientMessageId: clientId(), text: 'x', email: 'geen-adres' }), 400, 'validation_failed');
      // Without e-mail capture the widget does not ask.
      const quiet = await widgetWith({ businessHours: { enabled: true, days: [], askEmail: false } });
      assert.equal((await (await visitorOf(quiet)).config()).askEmail, false);
    });

    it('refuses an unknown time zone with validation_failed naming the field, and keeps the old one', async () => {
      const w = await widgetWith({ businessHours: { enabled: true, timeZone: 'Europe/Amsterdam', days: [] } });
      const current = (await admin.request('GET', `/api/widgets/${w.connectionId}`)).json().settings;
      for (const timeZone of ['Europe/Amsterdm', 'Mars/Olympus', 'GMT+01:00 Amsterdam', '']) {
        const put = await admin.request('PUT', `/api/widgets/${w.connectionId}/settings`, {
          ...current,
          businessHours: { ...current.businessHours, timeZone },
        });
        refused(put, 400, 'validation_failed');
        assert.ok(
          put.json().error.details.issues.some((i: { path: string }) => i.path.includes('businessHours/timeZone')),
          put.body,
        );
      }
      refused(
        await admin.request('POST', '/api/widgets', {
          name: 'Wrong',
          settings: { allowedOrigins: [SITE], businessHours: { timeZone: 'Amsterdam' } },
        }),
        400,
        'validation_failed',
      );
      assert.equal(
        (await admin.request('GET', `/api/widgets/${w.connectionId}`)).json().settings.businessHours.timeZone,
        'Europe/Amsterdam',
      );
      const ok = await admin.request('PUT', `/api/widgets/${w.connectionId}/settings`, {
        ...current,
        businessHours: { ...current.businessHours, timeZone: 'America/Argentina/Buenos_Aires' },
      });
      assert.equal(ok.statusCode, 200, ok.body);
    });
  });

  describe('the proactive greeting', () => {
    it('is in the config, and no conversation exists until the visitor answers; then exactly one', async () => {
      const w = await widgetWith({ proactiveDelaySeconds: 5, texts: { nl: { proactiveMessage: 'Hulp nodig?' }, en: {} } });
      const v = await visitorOf(w);
      const config = await v.config();
      assert.equal(config.proactiveDelaySeconds, 5);
      assert.equal(config.texts.nl.proactiveMessage, 'Hulp nodig?');
      assert.deepEqual((await v.history()).messages, []);
      assert.equal(await conversationsOf(w.connectionId), 0);
      assert.equal((await v.send({ clientMessageId: clientId(), text: 'Ja graag' })).statusCode, 200);
      assert.equal((await v.send({ clientMessageId: clientId(), text: 'Over mijn bestelling' })).statusCode, 200);
      assert.equal(await conversationsOf(w.connectionId), 1);
    });
  });

  describe('read receipts and the send job', () => {
    it('a late "sent" or "delivered" never undoes the visitor\'s read receipt; the status only moves forward', async () => {
      const w = await widgetWith({});
      const v = await visitorOf(w);
      await v.send({ clientMessageId: clientId(), text: 'Hallo?' });
      const [conv] = await query<{ id: string }>(`select id from conversations where connection_id = '${w.connectionId}'`);
      const reply = await admin.request('POST', `/api/conversations/${conv!.id}/reply`, { body: 'Hoi!' });
      assert.equal(reply.statusCode < 300, true, reply.body);
      const replyId = (await v.history()).messages.find((m: { from: string }) => m.from === 'agent').id as string;
      const status = async () =>
        (await query<{ s: string }>(`select delivery_status as s from messages where id = '${replyId}'`))[0]!.s;
      const accountId = admin.session.account.id;
      const db = server.storage.database.db;

      // The visitor reads it; the send job (or a platform report) comes later.
      assert.equal((await v.read(replyId)).statusCode, 204);
      assert.equal(await status(), 'read');
      for (const late of ['sent', 'delivered', 'failed', 'queued'] as const)
        assert.equal(await markDelivery({ db, accountId, messageId: replyId, status: late }), false, late);
      assert.equal(await status(), 'read');
      assert.equal((await v.history()).messages.find((m: { id: string }) => m.id === replyId).status, 'read');

      // Forward moves still happen: a second reply goes sent → delivered → read, never back.
      await admin.request('POST', `/api/conversations/${conv!.id}/reply`, { body: 'Nog iets?' });
      const second = (await v.history()).messages.at(-1).id as string;
      await markDelivery({ db, accountId, messageId: second, status: 'sent' });
      assert.equal(await markDelivery({ db, accountId, messageId: second, status: 'delivered' }), true);
      assert.equal(await markDelivery({ db, accountId, messageId: second, status: 'sent' }), false);
      assert.equal((await v.read(second)).statusCode, 204);
      assert.equal(
        (await query<{ s: string }>(`select delivery_status as s from messages where id = '${second}'`))[0]!.s,
        'read',
      );
    });
  });

  describe('the visitor socket', () => {
    let base: string;
    before(async () => {
      base = (await server.app.listen({ port: 0, host: '127.0.0.1' })).replace('http', 'ws');
    });
    const socketUrl = (visitorToken: string, after?: number) =>
      `${base}/widget/socket?token=${widget.widgetToken}&visitor=${encodeURIComponent(visitorToken)}${after === undefined ? '' : `&after=${after}`}`;
    const received = (c: ReturnType<typeof connect>) =>
      c.messages as unknown as Array<{
        kind: string;
        seq?: number;
        message?: { body: string; authorName: string | null; from: string };
      }>;
    async function waitFor(c: ReturnType<typeof connect>, count: number) {
      const deadline = Date.now() + 10_000;
      while (received(c).filter((m) => m.kind === 'message').length < count) {
        if (Date.now() > deadline) throw new Error(`got ${JSON.stringify(received(c))}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return received(c).filter((m) => m.kind === 'message');
    }

    it('refuses other origins, forged visitor tokens and unknown widgets', async () => {
      const v = await newVisitor();
      assert.equal(await connect(socketUrl(v.visitorToken), { origin: 'https://evil.example' }).closed, 4403);
      assert.equal(await connect(socketUrl(`${v.visitorToken}0`), { origin: SITE }).closed, 4401);
      assert.equal(
        await connect(`${base}/widget/socket?token=bw_nope_0123456789abcdefghij&visitor=x`, { origin: SITE }).closed,
        4403,
      );
    });

    it("streams only this visitor's replies with the agent's name, never notes or other chats, and catches up after a drop", async () => {
      const a = await newVisitor();
      const b = await newVisitor();
      const first = (await send(a.visitorToken, { clientMessageId: clientId(), text: 'Vraag van A' })).json();
      await send(b.visitorToken, { clientMessageId: clientId(), text: 'Vraag van B' });
      const history = (await server.app.inject({ url: '/widget/messages', headers: headers(a.visitorToken) })).json();
      assert.deepEqual(
        history.messages.map((m: { id: string }) => m.id),
        [first.message.id],
      );
      const socket = connect(socketUrl(a.visitorToken, history.lastSeq), { origin: SITE });
      await socket.hello();
      const convOf = async (token: string) => {
        const t = (await server.app.inject({ url: '/widget/messages', headers: headers(token) })).json();
        const q = (await admin.request('GET', '/api/conversations?tab=open')).json();
        return q.items.find((c: { lastMessagePreview: string }) => c.lastMessagePreview === t.messages.at(-1).body).id as string;
      };
      const convA = await convOf(a.visitorToken);
      const convB = await convOf(b.visitorToken);
      await admin.request('POST', `/api/conversations/${convA}/notes`, { body: 'interne notitie: klant is lastig' });
      await admin.request('POST', `/api/conversations/${convB}/reply`, { body: 'antwoord aan B' });
      await admin.request('POST', `/api/conversations/${convA}/reply`, { body: 'antwoord aan A' });
      const got = await waitFor(socket, 1);
      assert.deepEqual(
        got.map((m) => [m.message!.body, m.message!.from, m.message!.authorName]),
        [['antwoord aan A', 'agent', 'Admin A']],
      );

      // The network drops; three replies go out meanwhile; the app reconnects after the last seq it saw.
      const lastSeen = got.at(-1)!.seq!;
      await socket.close();
      for (const body of ['een', 'twee', 'drie']) await admin.request('POST', `/api/conversations/${convA}/reply`, { body });
      const again = connect(socketUrl(a.visitorToken, lastSeen), { origin: SITE });
      const caught = await waitFor(again, 3);
      await new Promise((r) => setTimeout(r, 300));
      assert.deepEqual(
        received(again)
          .filter((m) => m.kind === 'message')
          .map((m) => m.message!.body),
        ['een', 'twee', 'drie'],
      );
      assert.ok(caught.every((m) => !m.message!.body.includes('notitie') && m.message!.body !== 'antwoord aan B'));
      await again.close();
    });
  });
});
