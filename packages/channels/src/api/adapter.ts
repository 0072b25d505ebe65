import { createHash, randomBytes } from 'node:crypto';
import { ApiChannelMessage, AppError, type ApiChannelReply } from '@balie/contracts';
import { z } from 'zod';
import type { ChannelAdapter, RawRequest } from '../contract';
import { classifyHttpResult, classifyHttpFailure } from '../http/classify';
import { safeEqualText, signatureHeaders } from '../http/signing';

/**
 * The API channel: for sources Balie has no adapter for (a forum, an app, a CRM). They post
 * messages with the connection's token (`Authorization: Bearer balie_ch_…`, stored as SHA-256);
 * agent replies go to the configured URL as signed webhook calls. A public post may carry its
 * audience (reach), and later reports of it re-score urgency (core's recordReach).
 */
export const ApiChannelConfig = z.object({
  /** SHA-256 (hex) of the connection's inbound token. */
  tokenHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** Where replies are posted; without it replies fail with a clear reason. */
  replyUrl: z
    .url({ protocol: /^https?$/ })
    .nullable()
    .default(null),
  /** Signs the reply webhooks (HMAC-SHA256); shown once when the connection is created. */
  replySecret: z.string().min(32),
});
export type ApiChannelConfig = z.infer<typeof ApiChannelConfig>;

/** What an admin chooses; the token and the reply secret are generated. */
export const ApiChannelSettings = z.strictObject({
  replyUrl: z
    .url({ protocol: /^https?$/ })
    .nullable()
    .optional(),
});

export function hashChannelToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function bearer(req: RawRequest): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
}

export const apiChannel: ChannelAdapter<ApiChannelConfig> = {
  kind: 'api',
  configSchema: ApiChannelConfig,
  secretFields: ['tokenHash', 'replySecret'],
  capabilities: { publicReplies: true, privateReplies: true, attachments: false, maxTextLength: 20_000, sendsPerSecond: 20 },

  createConfig(settings) {
    const parsed = ApiChannelSettings.safeParse(settings);
    if (!parsed.success) {
      throw new AppError('validation_failed', undefined, {
        issues: parsed.error.issues.map((i) => ({ path: `/settings/${i.path.join('/')}`, message: i.message })),
      });
    }
    const token = `balie_ch_${randomBytes(32).toString('base64url')}`;
    const replySecret = `whsec_${randomBytes(32).toString('base64url')}`;
    const tokenHash = hashChannelToken(token);
    return {
      config: { tokenHash, replyUrl: parsed.data.replyUrl ?? null, replySecret },
      tokenHash,
      shownOnce: { token, replySecret },
    };
  },

  verify(req, config) {
    const token = bearer(req);
    if (!token) return { ok: false, reason: 'no bearer token' };
    return safeEqualText(hashChannelToken(token), config.tokenHash)
      ? { ok: true }
      : { ok: false, reason: 'token does not match' };
  },

  eventId(req) {
    try {
      const body = JSON.parse(req.rawBody.toString('utf8')) as { messageId?: unknown };
      return typeof body.messageId === 'string' && body.messageId.trim() ? `msg:${body.messageId.trim()}` : undefined;
    } catch {
      return undefined;
    }
  },

  parse(body) {
    const parsed = ApiChannelMessage.safeParse(body);
    if (!parsed.success) return { ignored: `not an API-channel message: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
    const m = parsed.data;
    return {
      events: [
        {
          kind: 'message',
          message: {
            externalId: m.messageId,
            threadKey: m.threadId ?? m.user.id,
            visibility: m.visibility ?? 'private',
            body: m.text,
            sender: {
              externalId: m.user.id,
              ...(m.user.name ? { displayName: m.user.name } : {}),
              ...(m.user.email ? { email: m.user.email } : {}),
            },
            ...(m.sentAt ? { sentAt: m.sentAt } : {}),
            ...(m.reach ? { reach: m.reach } : {}),
          },
        },
      ],
    };
  },

  async send(message, ctx) {
    if (!ctx.config.replyUrl)
      return { ok: false, retryable: false, reason: 'no reply URL is configured for this API connection' };
    const reply: ApiChannelReply = {
      type: 'message.reply',
      id: message.idempotencyKey,
      threadId: message.threadKey,
      visibility: message.visibility,
      user: { id: message.recipient.externalId },
      text: message.body,
      author: { name: message.author.name },
      replyToMessageId: message.replyToExternalId,
      createdAt: message.createdAt,
    };
    const body = JSON.stringify(reply);
    try {
      const res = await ctx.http({
        url: ctx.config.replyUrl,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': message.idempotencyKey,
          ...signatureHeaders(ctx.config.replySecret, body, ctx.now()),
        },
        body,
      });
      return classifyHttpResult(res);
    } catch (err) {
      return classifyHttpFailure(err);
    }
  },
};
