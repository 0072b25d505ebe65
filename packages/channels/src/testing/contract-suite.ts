/**
 * The shared contract suite: every adapter's test calls `channelContractSuite` with its own
 * recorded fixtures. It checks what the rest of Balie relies on: signatures, parse results that
 * are events or an explicit reason, stable external ids, and send errors classified as retryable
 * or final against a real HTTP receiver on 127.0.0.1.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type {
  ChannelAdapter,
  HttpClient,
  InboundEvent,
  OutboundMessage,
  ParseResult,
  RawRequest,
  SendContext,
} from '../contract';
import { createSafeHttpClient } from '../http/safe-http';
import { adapterFor } from '../registry';

export interface NamedRequest {
  name: string;
  request: RawRequest;
}

export interface PayloadFixture {
  name: string;
  /** As the ingest job hands it over: parsed JSON, or the text of a non-JSON body. */
  body: unknown;
  /** What the payload must become; unspecified: events or ignored, either is fine. */
  expect?: 'events' | 'ignored';
}

export interface SendCase {
  name: string;
  /** What the local receiver answers. */
  status: number;
  body?: string;
  headers?: Record<string, string>;
  expect: 'sent' | 'retryable' | 'final';
}

export interface ContractSuiteOptions<Config> {
  adapter: ChannelAdapter<Config>;
  /** A valid config; its secrets are the ones the `signed` fixtures were signed with. */
  config: Config;
  signed: NamedRequest[];
  forged: NamedRequest[];
  payloads: PayloadFixture[];
  send:
    | { via: 'http'; message: OutboundMessage; configFor(receiverUrl: string): Config; cases: SendCase[] }
    /** Adapters that deliver without calling out (the website chat reads from the database). */
    | { via: 'none'; message: OutboundMessage };
}

/** Every external id a parse produced, in order. */
export function externalIds(result: ParseResult): string[] {
  if ('ignored' in result) return [];
  return result.events.map((e: InboundEvent) => (e.kind === 'message' ? e.message.externalId : `${e.kind}:${e.externalId}`));
}

function parseSafely<Config>(adapter: ChannelAdapter<Config>, body: unknown, config: Config): ParseResult {
  try {
    return adapter.parse(body, config);
  } catch (err) {
    assert.fail(`parse threw instead of returning events or { ignored }: ${String(err)}`);
  }
}

const refuseNetwork: HttpClient = () => Promise.reject(new Error('this adapter must not call the network'));

function sendContext<Config>(config: Config, http: HttpClient): SendContext<Config> {
  return {
    config,
    connection: { id: '00000000-0000-4000-8000-000000000001', accountId: '00000000-0000-4000-8000-000000000002', name: 'test' },
    http,
    readAttachment: () => Promise.resolve(Buffer.alloc(0)),
    signal: new AbortController().signal,
    now: () => new Date(),
  };
}

export function channelContractSuite<Config>(opts: ContractSuiteOptions<Config>): void {
  const { adapter, config } = opts;
  describe(`the channel contract for ${adapter.kind}`, () => {
    it('is the adapter the registry gives for its kind, and accepts its own config', () => {
      assert.equal(adapterFor(adapter.kind), adapter);
      assert.ok(adapter.configSchema.safeParse(config).success);
    });

    it('declares its capabilities', () => {
      const c = adapter.capabilities;
      for (const key of ['publicReplies', 'privateReplies', 'attachments'] as const) assert.equal(typeof c[key], 'boolean', key);
      assert.ok(c.publicReplies || c.privateReplies, 'replies go somewhere');
      for (const key of ['maxTextLength', 'replyWindowHours', 'sendsPerSecond'] as const) {
        if (c[key] !== undefined) assert.ok(Number.isFinite(c[key]) && c[key]! > 0, key);
      }
    });

    it('accepts every correctly signed request', () => {
      assert.ok(opts.signed.length > 0, 'at least one signed fixture');
      for (const { name, request } of opts.signed) assert.deepEqual(adapter.verify(request, config).ok, true, name);
    });

    it('refuses every forged or unsigned request, with a reason', () => {
      assert.ok(opts.forged.length > 0, 'at least one forged fixture');
      for (const { name, request } of opts.forged) {
        const result = adapter.verify(request, config);
        assert.equal(result.ok, false, name);
        if (!result.ok) assert.ok(result.reason.length > 0, name);
      }
    });

    it('turns every payload into events or an explicit reason to ignore it, never a throw', () => {
      assert.ok(opts.payloads.length > 0, 'at least one payload fixture');
      for (const { name, body, expect } of opts.payloads) {
        const result = parseSafely(adapter, body, config);
        if ('ignored' in result) {
          assert.ok(typeof result.ignored === 'string' && result.ignored.length > 0, `${name}: a reason`);
          assert.notEqual(expect, 'events', `${name} should give events, was ignored: ${result.ignored}`);
        } else {
          assert.ok(result.events.length > 0, `${name}: no events and no reason is silence`);
          assert.notEqual(expect, 'ignored', `${name} should be ignored`);
        }
      }
    });

    it('gives the same external ids when the same payload is parsed twice', () => {
      for (const { name, body } of opts.payloads) {
        const first = externalIds(parseSafely(adapter, body, config));
        const second = externalIds(parseSafely(adapter, structuredClone(body), config));
        assert.deepEqual(second, first, name);
        assert.equal(new Set(first).size, first.length, `${name}: ids are unique within a payload`);
      }
    });

    const send = opts.send;
    if (send.via === 'none') {
      it('sends without calling the network', async () => {
        const result = await adapter.send(send.message, sendContext(config, refuseNetwork));
        assert.equal(result.ok, true, JSON.stringify(result));
      });
      return;
    }

    describe('send, against a receiver on 127.0.0.1', () => {
      let server: Server;
      let url: string;
      const answers: SendCase[] = [];
      before(async () => {
        server = createServer((req, res) => {
          req.resume();
          req.on('end', () => {
            const c = answers.shift();
            res.writeHead(c?.status ?? 500, { 'content-type': 'application/json', ...c?.headers });
            res.end(c?.body ?? '{}');
          });
        });
        await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
        url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
      });
      after(() => new Promise<void>((r) => server.close(() => r())));

      it('maps the platform answers to sent, retryable or final', async () => {
        const kinds = new Set(send.cases.map((c) => c.expect));
        for (const k of ['sent', 'retryable', 'final'] as const) assert.ok(kinds.has(k), `a ${k} case`);
        const http = createSafeHttpClient({ allowPrivate: true });
        for (const c of send.cases) {
          answers.push(c);
          const result = await adapter.send(send.message, sendContext(send.configFor(url), http));
          const got = result.ok ? 'sent' : result.retryable ? 'retryable' : 'final';
          assert.equal(got, c.expect, `${c.name}: ${JSON.stringify(result)}`);
          if (!result.ok) assert.ok(result.reason.length > 0, c.name);
        }
      });

      it('treats an unreachable receiver as retryable and a refused private address as final', async () => {
        const closed = createServer();
        await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
        const deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/`;
        await new Promise<void>((r) => closed.close(() => r()));
        const down = await adapter.send(
          send.message,
          sendContext(send.configFor(deadUrl), createSafeHttpClient({ allowPrivate: true })),
        );
        assert.deepEqual([down.ok, !down.ok && down.retryable], [false, true]);
        const guarded = await adapter.send(
          send.message,
          sendContext(send.configFor(url), createSafeHttpClient({ allowPrivate: false })),
        );
        assert.deepEqual([guarded.ok, !guarded.ok && guarded.retryable], [false, false]);
      });
    });
  });
}
