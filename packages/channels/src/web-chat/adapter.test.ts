import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { defaultWidgetSettings } from '@balie/contracts';
import { channelContractSuite, type NamedRequest } from '../testing/contract-suite';
import type { OutboundMessage, RawRequest } from '../contract';
import { hashWidgetToken, webChatChannel, VISITOR_HEADER, type WebChatConfig } from './adapter';
import { identityHash, readVisitorToken, signVisitorToken, verifyIdentityHash } from './visitor-token';

const fixtures = new URL('./fixtures/', import.meta.url);
const files = readdirSync(fixtures).filter((f) => f.endsWith('.json'));
const visitorId = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b';
const config: WebChatConfig = {
  widgetToken: 'bw_test-widget-token-0123456789abcdef',
  visitorSecret: 'bwv_test-visitor-secret-0123456789abcdefghij',
  identitySecret: 'bwid_test-identity-secret-0123456789abcdefgh',
  settings: { ...defaultWidgetSettings(), allowedOrigins: ['https://www.winkel.nl'] },
};
const { visitorToken } = signVisitorToken(config.visitorSecret, new Date(), visitorId);
const body = (f: string) => readFileSync(new URL(f, fixtures));

function request(file: string, headers: Record<string, string | undefined>): RawRequest {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    query: {},
    rawBody: body(file),
    receivedAt: new Date(),
  };
}
const good = { origin: 'https://www.winkel.nl', [VISITOR_HEADER]: visitorToken };
const messages = files.filter((f) => f.startsWith('message-'));

const signed: NamedRequest[] = messages.map((f) => ({ name: f, request: request(f, good) }));
const other = signVisitorToken(config.visitorSecret, new Date()).visitorToken;
const forged: NamedRequest[] = [
  { name: 'no visitor token', request: request(messages[0]!, { origin: good.origin }) },
  {
    name: 'a tampered token',
    request: request(messages[0]!, { ...good, [VISITOR_HEADER]: visitorToken.replace(/.$/, (c) => (c === '0' ? '1' : '0')) }),
  },
  {
    name: 'a token of another widget',
    request: request(messages[0]!, {
      ...good,
      [VISITOR_HEADER]: signVisitorToken('another-widget-secret-0123456789abcdef', new Date(), visitorId).visitorToken,
    }),
  },
  {
    name: "another visitor writing in this visitor's name",
    request: request(messages[0]!, { ...good, [VISITOR_HEADER]: other }),
  },
  { name: 'a page on another origin', request: request(messages[0]!, { ...good, origin: 'https://evil.example' }) },
  { name: 'no origin', request: request(messages[0]!, { [VISITOR_HEADER]: visitorToken }) },
];

const reply: OutboundMessage = {
  messageId: '7d3c1c5e-8f57-4f6a-9d3c-7a8f2b9e0c11',
  idempotencyKey: 'balie-msg-7d3c1c5e-8f57-4f6a-9d3c-7a8f2b9e0c11',
  conversationId: '0b8a7e2c-1111-4c4c-8d8d-222233334444',
  threadKey: visitorId,
  visibility: 'private',
  body: 'Dag! Ik zoek het voor je op.',
  recipient: { externalId: visitorId, handle: null, displayName: null },
  replyToExternalId: null,
  author: { id: null, name: 'Sanne' },
  attachments: [],
  createdAt: '2026-11-22T12:05:00.000Z',
};

channelContractSuite({
  adapter: webChatChannel,
  config,
  signed,
  forged,
  payloads: files.map((f) => ({
    name: f,
    body: JSON.parse(body(f).toString('utf8')),
    expect: f.startsWith('not-a-message') ? ('ignored' as const) : ('events' as const),
  })),
  send: { via: 'none', message: reply },
});

describe('the website chat channel', () => {
  it('keeps one thread per visitor and the visitor as the sender', () => {
    const result = webChatChannel.parse(JSON.parse(body('message-away-email.json').toString('utf8')), config);
    assert.ok(!('ignored' in result));
    const [event] = result.events;
    assert.ok(event?.kind === 'message');
    assert.equal(event.message.threadKey, visitorId);
    assert.deepEqual(event.message.sender, {
      externalId: visitorId,
      handle: 'visitor-6f1d2c3b',
      email: 'noor.devries@example.nl',
    });
    assert.equal(event.message.externalId, `${visitorId}:m-01JD4QA0PX`);
  });

  it('accepts its own visitor tokens and refuses expired or malformed ones', () => {
    const now = new Date('2026-11-22T12:00:00Z');
    const t = signVisitorToken(config.visitorSecret, now);
    assert.equal(readVisitorToken(config.visitorSecret, t.visitorToken, now), t.visitorId);
    assert.equal(readVisitorToken(config.visitorSecret, t.visitorToken, new Date('2028-01-30T12:00:00Z')), undefined);
    for (const bad of ['', 'v1', `v2.${t.visitorToken.slice(3)}`, `${t.visitorToken}x`]) {
      assert.equal(readVisitorToken(config.visitorSecret, bad, now), undefined, bad);
    }
  });

  it('accepts an identity hash made with the identity secret and refuses any other', () => {
    const hash = identityHash(config.identitySecret, 'klant-1001');
    assert.ok(verifyIdentityHash(config.identitySecret, 'klant-1001', hash));
    assert.ok(verifyIdentityHash(config.identitySecret, 'klant-1001', hash.toUpperCase()));
    assert.ok(!verifyIdentityHash(config.identitySecret, 'klant-1002', hash));
    assert.ok(!verifyIdentityHash(config.identitySecret, 'klant-1001', identityHash('guessed-secret', 'klant-1001')));
  });

  it('creates a widget with a public token, its hash for look-up, and the identity secret shown once', () => {
    const created = webChatChannel.createConfig({ allowedOrigins: ['https://WWW.Winkel.nl'], position: 'left' });
    assert.equal(created.tokenHash, hashWidgetToken(created.config.widgetToken));
    assert.equal(created.shownOnce.identitySecret, created.config.identitySecret);
    assert.deepEqual(created.config.settings.allowedOrigins, ['https://www.winkel.nl']);
    assert.equal(created.config.settings.position, 'left');
    assert.throws(() => webChatChannel.createConfig({ allowedOrigins: ['https://www.winkel.nl/pad'] }), /does not match/);
    assert.throws(() => webChatChannel.createConfig({ primaryColour: 'red' }), /does not match/);
  });
});
