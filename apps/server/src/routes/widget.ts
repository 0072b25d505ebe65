import {
  AppError,
  WidgetHistory,
  WidgetIdentified,
  WidgetIdentifyRequest,
  WidgetImageQuery,
  WidgetPublicConfig,
  WidgetReadRequest,
  WidgetSendAnswer,
  WidgetSendRequest,
  WidgetSession,
  WidgetTokenQuery,
  isWithinBusinessHours,
  IdParam,
} from '@balie/contracts';
import { VISITOR_HEADER, signVisitorToken, verifyIdentityHash, webChatChannel, type WebChatPayload } from '@balie/channels';
import { MAX_ATTACHMENT_BYTES } from '@balie/core';
import {
  WIDGET_IMAGE_TYPES,
  identifyVisitor,
  listVisitorMessages,
  markVisitorRead,
  readVisitorAttachment,
  recordVisitorMessage,
} from '@balie/core/widget';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RouteDeps } from './types';
import { WindowLimiter, pageOrigin, requireVisitor, requireWidget, WIDGET_HEADER, type Visitor } from './widget-guard';

/** Limits per visitor and per address; a flood gets `rate_limited` (429) with Retry-After. */
export const WIDGET_LIMITS = {
  sendsPerVisitor: { max: 10, windowMs: 10_000 },
  requestsPerIp: { max: 600, windowMs: 60_000 },
  sessionsPerIp: { max: 60, windowMs: 60_000 },
};

/**
 * The website chat's public API, used by the loader (config) and the chat app in its iframe
 * (session, messages, images, identify, read receipts). No cookies, no CSRF: a request is the
 * widget's public token, an allowed page origin and, for a visitor, their signed visitor token.
 */
export async function widgetRoutes(app: FastifyInstance, deps: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;
  const tags = ['widget'];
  const perVisitor = new WindowLimiter(WIDGET_LIMITS.sendsPerVisitor.max, WIDGET_LIMITS.sendsPerVisitor.windowMs);
  const perIp = new WindowLimiter(WIDGET_LIMITS.requestsPerIp.max, WIDGET_LIMITS.requestsPerIp.windowMs);
  const sessionsPerIp = new WindowLimiter(WIDGET_LIMITS.sessionsPerIp.max, WIDGET_LIMITS.sessionsPerIp.windowMs);

  app.addHook('onRequest', async (req) => perIp.take(req.ip));
  app.addContentTypeParser(WIDGET_IMAGE_TYPES, { parseAs: 'buffer', bodyLimit: MAX_ATTACHMENT_BYTES }, (_req, body, done) =>
    done(null, body),
  );

  r.get(
    '/widget/config',
    { schema: { tags, querystring: WidgetTokenQuery, response: { 200: WidgetPublicConfig } } },
    async (req, reply) => {
      const origin = pageOrigin(req);
      const widget = await requireWidget(db, req, req.query.token, origin);
      // The loader fetches this from the customer's page: CORS for that (allowed) page only.
      if (req.headers.origin === origin) void reply.header('access-control-allow-origin', origin).header('vary', 'origin');
      const s = widget.config.settings;
      return {
        primaryColour: s.primaryColour,
        textColour: s.textColour,
        position: s.position,
        defaultLanguage: s.defaultLanguage,
        texts: s.texts,
        proactiveDelaySeconds: s.proactiveDelaySeconds,
        open: isWithinBusinessHours(s.businessHours, new Date()),
        askEmail: s.businessHours.enabled && s.businessHours.askEmail,
        maxImageBytes: MAX_ATTACHMENT_BYTES,
        imageTypes: WIDGET_IMAGE_TYPES,
      };
    },
  );

  r.post('/widget/session', { schema: { tags, response: { 201: WidgetSession } } }, async (req, reply) => {
    const widget = await requireWidget(db, req, header(req, WIDGET_HEADER));
    sessionsPerIp.take(req.ip);
    return reply.code(201).send(signVisitorToken(widget.config.visitorSecret));
  });

  r.get('/widget/messages', { schema: { tags, response: { 200: WidgetHistory } } }, async (req) => {
    const v = await requireVisitor(db, req);
    return listVisitorMessages({ db, ...scope(v) });
  });

  r.post('/widget/messages', { schema: { tags, body: WidgetSendRequest, response: { 200: WidgetSendAnswer } } }, async (req) => {
    const v = await requireVisitor(db, req);
    perVisitor.take(`${v.connectionId}:${v.visitorId}`);
    const { clientMessageId, text, email } = req.body;
    return receive(req, v, { type: 'message', visitorId: v.visitorId, clientMessageId, text, ...(email ? { email } : {}) });
  });

  r.post(
    '/widget/images',
    { bodyLimit: MAX_ATTACHMENT_BYTES, schema: { tags, querystring: WidgetImageQuery, response: { 200: WidgetSendAnswer } } },
    async (req) => {
      const v = await requireVisitor(db, req);
      perVisitor.take(`${v.connectionId}:${v.visitorId}`);
      if (!Buffer.isBuffer(req.body)) throw new AppError('attachment_type_refused');
      const payload: WebChatPayload = {
        type: 'message',
        visitorId: v.visitorId,
        clientMessageId: req.query.clientMessageId,
        text: '',
      };
      return receive(req, v, payload, {
        data: req.body,
        declaredType: req.headers['content-type'],
        filename: req.query.filename,
      });
    },
  );

  r.get('/widget/attachments/:id', { schema: { tags, params: IdParam } }, async (req, reply) => {
    const v = await requireVisitor(db, req);
    const file = await readVisitorAttachment({ db, ...scope(v), attachmentId: req.params.id });
    return sendFile(reply, file);
  });

  r.post(
    '/widget/identify',
    { schema: { tags, body: WidgetIdentifyRequest, response: { 200: WidgetIdentified } } },
    async (req) => {
      const v = await requireVisitor(db, req);
      perVisitor.take(`${v.connectionId}:${v.visitorId}`);
      const { userId, hash, name, email, customerNumber } = req.body;
      if (!verifyIdentityHash(v.config.identitySecret, userId, hash)) throw new AppError('identity_hash_invalid');
      return identifyVisitor({ db, ...scope(v), userId, name, email, customerNumber });
    },
  );

  r.post('/widget/read', { schema: { tags, body: WidgetReadRequest } }, async (req, reply) => {
    const v = await requireVisitor(db, req);
    await markVisitorRead({ db, ...scope(v), messageId: req.body.messageId });
    return reply.code(204).send();
  });

  /** The same gate and parser as every channel: the adapter verifies, parses, and core stores. */
  async function receive(
    req: FastifyRequest,
    v: Visitor,
    payload: WebChatPayload,
    image?: Parameters<typeof recordVisitorMessage>[0]['image'],
  ) {
    const raw = Buffer.from(JSON.stringify(payload));
    const verdict = webChatChannel.verify(
      {
        method: 'POST',
        headers: { origin: pageOrigin(req), [VISITOR_HEADER]: v.visitorToken },
        query: {},
        rawBody: raw,
        receivedAt: new Date(),
      },
      v.config,
    );
    if (!verdict.ok) throw new AppError('invalid_visitor_token', verdict.reason);
    const parsed = webChatChannel.parse(payload, v.config);
    const event = 'ignored' in parsed ? undefined : parsed.events[0];
    if (event?.kind !== 'message') throw new AppError('validation_failed', 'ignored' in parsed ? parsed.ignored : undefined);
    const stored = await recordVisitorMessage({
      db,
      accountId: v.accountId,
      input: { ...event.message, connectionId: v.connectionId },
      ...(image ? { image } : {}),
    });
    return { message: stored.message, duplicate: stored.duplicate };
  }
}

function scope(v: Visitor) {
  return { accountId: v.accountId, connectionId: v.connectionId, visitorId: v.visitorId };
}

function header(req: FastifyRequest, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}

function sendFile(reply: FastifyReply, file: { filename: string; contentType: string; data: Buffer }) {
  return reply
    .type(file.contentType)
    .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, max-age=3600')
    .send(file.data);
}
