import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { channelContractSuite, type NamedRequest } from '../testing/contract-suite';
import type { OutboundMessage, RawRequest } from '../contract';
import { verifySignature } from '../http/signing';
import { apiChannel, hashChannelToken, type ApiChannelConfig } from './adapter';

const fixtures = new URL('./fixtures/', import.meta.url);
const files = readdirSync(fixtures).filter((f) => f.endsWith('.json'));
const token = 'balie_ch_test-token-0123456789abcdefghijklmnopqrstuvwxyz';
const config: ApiChannelConfig = {
  tokenHash: hashChannelToken(token),
  replyUrl: null,
  replySecret: 'whsec_test_secret_that_is_long_enough_1234',
};

function request(file: string, authorization?: string): RawRequest {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    query: {},
    rawBody: readFileSync(new URL(file, fixtures)),
    receivedAt: new Date(),
  };
}

const message: OutboundMessage = {
  messageId: '7d3c1c5e-8f57-4f6a-9d3c-7a8f2b9e0c11',
  idempotencyKey: 'balie-msg-7d3c1c5e-8f57-4f6a-9d3c-7a8f2b9e0c11',
  conversationId: '0b8a7e2c-1111-4c4c-8d8d-222233334444',
  threadKey: 'ticket-55120',
  visibility: 'private',
  body: 'Dag Fatma, we kijken ernaar.',
  recipient: { externalId: 'cust-99120', handle: null, displayName: 'Fatma Yılmaz' },
  replyToExternalId: 'app-msg-2026-11-22-000917',
  author: { id: null, name: 'Sanne' },
  attachments: [],
  createdAt: '2026-11-22T12:05:00.000Z',
};

const signed: NamedRequest[] = files.map((f) => ({ name: f, request: request(f, `Bearer ${token}`) }));
const forged: NamedRequest[] = [
  { name: 'no token', request: request(files[0]!) },
  { name: 'another token', request: request(files[0]!, `Bearer ${token}x`) },
  { name: 'not a bearer', request: request(files[0]!, `Basic ${token}`) },
];

channelContractSuite({
  adapter: apiChannel,
  config,
  signed,
  forged,
  payloads: files.map((f) => ({
    name: f,
    body: JSON.parse(readFileSync(new URL(f, fixtures), 'utf8')),
    expect: f.startsWith('not-a-message') ? ('ignored' as const) : ('events' as const),
  })),
  send: {
    via: 'http',
    message,
    configFor: (url) => ({ ...config, replyUrl: url }),
    cases: [
      { name: 'accepted', status: 200, body: '{"id":"r-1"}', expect: 'sent' },
      { name: 'accepted without a body', status: 204, expect: 'sent' },
      { name: 'too many requests', status: 429, headers: { 'retry-after': '3' }, expect: 'retryable' },
      { name: 'server error', status: 503, expect: 'retryable' },
      { name: 'refused payload', status: 422, expect: 'final' },
      { name: 'gone', status: 410, expect: 'final' },
      { name: 'redirect (not followed)', status: 301, headers: { location: 'http://169.254.169.254/' }, expect: 'final' },
    ],
  },
});

describe('the API channel', () => {
  it('keeps the caller as the contact: user id as identity, name and e-mail', () => {
    const result = apiChannel.parse(JSON.parse(readFileSync(new URL('message-full.json', fixtures), 'utf8')), config);
    assert.ok(!('ignored' in result));
    const [event] = result.events;
    assert.equal(event?.kind, 'message');
    if (event?.kind !== 'message') return;
    assert.deepEqual(event.message.sender, { externalId: 'cust-99120', displayName: 'Fatma Yılmaz', email: 'fatma@example.nl' });
    assert.equal(event.message.threadKey, 'ticket-55120');
    assert.equal(event.message.externalId, 'app-msg-2026-11-22-000917');
  });

  it('passes a public post on as public, with its audience', () => {
    const result = apiChannel.parse(JSON.parse(readFileSync(new URL('message-public-reach.json', fixtures), 'utf8')), config);
    assert.ok(!('ignored' in result));
    const [event] = result.events;
    if (event?.kind !== 'message') return assert.fail('a message');
    assert.equal(event.message.visibility, 'public');
    assert.deepEqual(event.message.reach, { followers: 12400, likes: 38, replies: 9, reshares: 4 });
    const plain = apiChannel.parse(JSON.parse(readFileSync(new URL('message-full.json', fixtures), 'utf8')), config);
    assert.ok('events' in plain && plain.events[0]?.kind === 'message');
    assert.equal(plain.events[0].message.visibility, 'private');
    assert.equal('reach' in plain.events[0].message, false);
  });

  it('ignores a message whose reach figures are not whole non-negative numbers, or unknown', () => {
    const base = { messageId: 'm-1', user: { id: 'u' }, text: 'hoi', visibility: 'public' };
    for (const reach of [{ likes: -1 }, { likes: 1.5 }, { likes: '3' }, { views: 10 }, { likes: 1e11 }])
      assert.ok('ignored' in apiChannel.parse({ ...base, reach }, config), JSON.stringify(reach));
  });

  it('stores a request once per caller message id', () => {
    assert.equal(apiChannel.eventId?.(request('message-minimal.json'), config), 'msg:forum-post-81723');
    assert.equal(apiChannel.eventId?.({ ...request('message-minimal.json'), rawBody: Buffer.from('{oops') }, config), undefined);
  });

  it('creates a connection with a token and a reply secret shown once, and only the token hash kept', () => {
    const created = apiChannel.createConfig({ replyUrl: 'https://example.nl/balie' });
    assert.match(created.shownOnce.token!, /^balie_ch_/);
    assert.equal(created.tokenHash, hashChannelToken(created.shownOnce.token!));
    assert.ok(!JSON.stringify(created.config).includes(created.shownOnce.token!));
    assert.equal(created.config.replySecret, created.shownOnce.replySecret);
    assert.throws(() => apiChannel.createConfig({ replyUrl: 'ftp://example.nl' }), /does not match/);
  });

  it('signs replies so that the receiver can check them', async () => {
    let seen: { body: string; headers: Record<string, string> } | undefined;
    const result = await apiChannel.send(message, {
      config: { ...config, replyUrl: 'https://example.nl/hook' },
      connection: { id: 'c', accountId: 'a', name: 'n' },
      http: async (req) => {
        seen = { body: String(req.body), headers: req.headers ?? {} };
        return { status: 200, headers: {}, body: '' };
      },
      readAttachment: async () => Buffer.alloc(0),
      signal: new AbortController().signal,
      now: () => new Date(),
    });
    assert.equal(result.ok, true);
    const h = seen!.headers;
    assert.equal(h['idempotency-key'], message.idempotencyKey);
    assert.ok(
      verifySignature({
        secret: config.replySecret,
        body: seen!.body,
        signature: h['x-balie-signature'],
        timestamp: h['x-balie-timestamp'],
      }),
    );
    assert.ok(
      !verifySignature({
        secret: 'wrong',
        body: seen!.body,
        signature: h['x-balie-signature'],
        timestamp: h['x-balie-timestamp'],
      }),
    );
    assert.equal(JSON.parse(seen!.body).text, message.body);
  });
});
