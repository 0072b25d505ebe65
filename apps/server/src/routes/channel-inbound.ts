import { createHash } from 'node:crypto';
import { adapterFor, hashChannelToken, type AnyChannelAdapter, type RawRequest } from '@balie/channels';
import { ApiChannelAccepted, ApiChannelMessage, ApiChannelReachReport, ApiChannelReachResult, AppError } from '@balie/contracts';
import {
  findConnectionByTokenHash,
  loadConnection,
  recordReach,
  storeRawEvent,
  type ChannelConnectionRow,
  type StoredRawEvent,
} from '@balie/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteDeps } from './types';

declare module 'fastify' {
  interface FastifyRequest {
    /** The exact bytes received: signatures are computed over them, and they are what we store. */
    rawBody?: Buffer;
    channelConnection?: ChannelConnectionRow;
  }
}

function rawRequestOf(req: FastifyRequest): RawRequest {
  const headers: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(req.headers)) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return {
    method: req.method,
    headers,
    query: req.query as Record<string, string | undefined>,
    rawBody: req.rawBody ?? Buffer.alloc(0),
    receivedAt: new Date(),
  };
}

/**
 * verify → store → acknowledge. The answer goes out only after the raw event (and its ingest
 * job) committed; nothing is parsed before that. A redelivery finds the stored row: a no-op.
 */
type Received = { respond: { status: number; contentType: string; body: string } } | { stored: StoredRawEvent };

async function receive(
  deps: RouteDeps,
  conn: ChannelConnectionRow,
  adapter: AnyChannelAdapter,
  raw: RawRequest,
): Promise<Received> {
  const config = adapter.configSchema.safeParse(conn.config);
  if (!config.success) throw new AppError('channel_not_connectable', 'The connection settings are incomplete.');
  const verified = adapter.verify(raw, config.data);
  if (!verified.ok) throw new AppError('invalid_signature');
  if (verified.respond) return { respond: verified.respond };
  const providerEventId =
    adapter.eventId?.(raw, config.data) ?? `sha256:${createHash('sha256').update(raw.rawBody).digest('hex')}`;
  const stored = await storeRawEvent({
    db: deps.database.db,
    accountId: conn.accountId,
    connectionId: conn.id,
    providerEventId,
    contentType: raw.headers['content-type'],
    headers: raw.headers,
    body: raw.rawBody.toString('utf8'),
  });
  return { stored };
}

/** The webhook receiver of every channel, and the API channel's documented REST endpoint. */
export async function channelInboundRoutes(app: FastifyInstance, deps: RouteDeps) {
  // Platforms post JSON, forms or text: keep the bytes, parse nothing before the acknowledgement.
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (req, body, done) => {
      req.rawBody = body as Buffer;
      done(null, undefined);
    });
    const r = scope.withTypeProvider<ZodTypeProvider>();
    const schema = { tags: ['channels'], params: z.strictObject({ connectionId: z.string().max(100) }), hide: true };
    // POST for deliveries; GET for handshakes (Meta's hub.challenge, X's CRC).
    r.route({
      method: ['GET', 'POST'],
      url: '/webhooks/:connectionId',
      schema,
      handler: async (req, reply) => {
        const conn = await loadConnection({ db: deps.database.db, connectionId: req.params.connectionId });
        if (!conn) throw new AppError('not_found', 'Unknown channel connection.');
        const adapter = adapterFor(conn.kind);
        if (!adapter) throw new AppError('channel_not_connectable', `Balie has no adapter for ${conn.kind} connections yet.`);
        const result = await receive(deps, conn, adapter, rawRequestOf(req));
        if ('respond' in result)
          return reply.code(result.respond.status).type(result.respond.contentType).send(result.respond.body);
        return reply.code(200).send({ received: true, duplicate: result.stored.duplicate });
      },
    });
  });

  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, body, done) => {
      req.rawBody = body as Buffer;
      try {
        done(null, JSON.parse((body as Buffer).toString('utf8')));
      } catch {
        done(new AppError('malformed_json'), undefined);
      }
    });
    const r = scope.withTypeProvider<ZodTypeProvider>();
    // The token is checked before the body is read: an unknown caller learns nothing about the shape.
    const apiConnection = async (req: FastifyRequest) => {
      const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
      const conn = token
        ? await findConnectionByTokenHash({ db: deps.database.db, tokenHash: hashChannelToken(token) })
        : undefined;
      if (!conn || conn.kind !== 'api') throw new AppError('invalid_channel_token');
      req.channelConnection = conn;
    };
    r.post(
      '/api/channels/api/messages',
      {
        config: { public: true },
        schema: {
          tags: ['API channel'],
          summary: 'A message from your source into the inbox',
          description:
            'Authenticate with the connection token (`Authorization: Bearer balie_ch_…`). Idempotent on `messageId`: ' +
            'sending the same message again answers `duplicate: true` and changes nothing. Agent replies are posted ' +
            "to the connection's reply URL, signed with `x-balie-signature: v1=<hex HMAC-SHA256(reply secret, " +
            '"<x-balie-timestamp>.<raw body>")>`. A post anyone can see is sent with `visibility: "public"` (its ' +
            "replies are then public too) and may carry its `reach`: the author's followers and the likes, replies " +
            'and reshares so far (whole numbers, 0 … 10,000,000,000). A negative public post with a large audience ' +
            'is more urgent; later figures go to `POST /api/channels/api/messages/{messageId}/reach`.',
          security: [{ bearer: [] }],
          body: ApiChannelMessage,
          response: { 202: ApiChannelAccepted },
        },
        onRequest: apiConnection,
      },
      async (req, reply) => {
        const conn = req.channelConnection!;
        const result = await receive(deps, conn, adapterFor('api')!, rawRequestOf(req));
        if ('respond' in result) throw new AppError('internal');
        return reply
          .code(202)
          .send({ accepted: !result.stored.duplicate, duplicate: result.stored.duplicate, rawEventId: result.stored.rawEventId });
      },
    );
    r.post(
      '/api/channels/api/messages/:messageId/reach',
      {
        config: { public: true },
        schema: {
          tags: ['API channel'],
          summary: "New reach figures for a public post you sent before (it keeps gaining likes, it's reshared)",
          description:
            'Same token as for messages; `messageId` is your id of the message. Figures left out keep their last ' +
            'reported value. Urgency is re-scored from the text (never below what the text alone gives) and the ' +
            "agents' queues re-sort at once; an urgency an agent set by hand stays. Idempotent: the same figures " +
            'again answer `unchanged`; with `observedAt`, a report older than the stored one answers `stale` and ' +
            'changes nothing. 404 `not_found` for a message this connection has not delivered, or not yet taken in ' +
            '(messages are taken in within moments of the 202: try again shortly). Bad figures: 400 `validation_failed`.',
          security: [{ bearer: [] }],
          params: z.strictObject({ messageId: z.string().trim().min(1).max(200) }),
          body: ApiChannelReachReport,
          response: { 200: ApiChannelReachResult },
        },
        onRequest: apiConnection,
      },
      async (req) => {
        const conn = req.channelConnection!;
        const { observedAt, ...figures } = req.body;
        const { outcome } = await recordReach({
          db: deps.database.db,
          accountId: conn.accountId,
          report: { connectionId: conn.id, externalId: req.params.messageId, figures, observedAt },
        });
        return { messageId: req.params.messageId, outcome };
      },
    );
  });
}
