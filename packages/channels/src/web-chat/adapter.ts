import { createHash, randomBytes } from 'node:crypto';
import { AppError, WidgetSettings, defaultWidgetSettings } from '@balie/contracts';
import { z } from 'zod';
import type { ChannelAdapter, RawRequest } from '../contract';
import { readVisitorToken } from './visitor-token';

/**
 * The website chat: visitors write from the widget on a customer's site. Requests carry a visitor
 * token (signed with the widget's visitor secret) and come from an allowed origin; replies are
 * stored and reach the visitor over the widget's socket, so sending needs no network call.
 */
export const WebChatConfig = z.object({
  /** Public: in the embed snippet; the connection is found by its SHA-256 (`token_hash`). */
  widgetToken: z.string().regex(/^bw_[A-Za-z0-9_-]{20,}$/),
  /** Signs visitor tokens; never leaves the server. */
  visitorSecret: z.string().min(32),
  /** Websites sign their customers' user ids with it (HMAC-SHA256); shown once to the admin. */
  identitySecret: z.string().min(32),
  settings: WidgetSettings,
});
export type WebChatConfig = z.infer<typeof WebChatConfig>;

export const VISITOR_HEADER = 'x-balie-visitor';

/** What the widget route hands to parse: the visitor comes from the verified token, never from the body. */
export const WebChatPayload = z.strictObject({
  type: z.literal('message'),
  visitorId: z.uuid(),
  clientMessageId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  /** Empty only for a message that is just an image. */
  text: z.string().max(5000),
  email: z.email().max(200).optional(),
  sentAt: z.iso.datetime({ offset: true }).optional(),
});
export type WebChatPayload = z.infer<typeof WebChatPayload>;

export function hashWidgetToken(widgetToken: string): string {
  return createHash('sha256').update(widgetToken).digest('hex');
}

/** The external id of a visitor's message: unique per visitor and client message id. */
export function webChatExternalId(visitorId: string, clientMessageId: string): string {
  return `${visitorId}:${clientMessageId}`;
}

export function originAllowed(config: WebChatConfig, origin: string | undefined): boolean {
  return !!origin && config.settings.allowedOrigins.includes(origin.toLowerCase());
}

function bodyVisitorId(raw: Buffer): string | undefined {
  try {
    const body = JSON.parse(raw.toString('utf8')) as { visitorId?: unknown };
    return typeof body.visitorId === 'string' ? body.visitorId : undefined;
  } catch {
    return undefined;
  }
}

export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

export const webChatChannel: ChannelAdapter<WebChatConfig> = {
  kind: 'web_chat',
  configSchema: WebChatConfig,
  secretFields: ['visitorSecret', 'identitySecret'],
  capabilities: { publicReplies: false, privateReplies: true, attachments: true, maxTextLength: 5000 },

  createConfig(settings) {
    const parsed = WidgetSettings.safeParse({ ...defaultWidgetSettings(), ...settings });
    if (!parsed.success) {
      throw new AppError('validation_failed', undefined, {
        issues: parsed.error.issues.map((i) => ({ path: `/settings/${i.path.join('/')}`, message: i.message })),
      });
    }
    const widgetToken = newSecret('bw_');
    const identitySecret = newSecret('bwid_');
    return {
      config: { widgetToken, visitorSecret: newSecret('bwv_'), identitySecret, settings: parsed.data },
      tokenHash: hashWidgetToken(widgetToken),
      shownOnce: { identitySecret },
    };
  },

  verify(req: RawRequest, config) {
    if (!originAllowed(config, req.headers.origin)) return { ok: false, reason: 'origin not allowed for this widget' };
    const visitorId = readVisitorToken(config.visitorSecret, req.headers[VISITOR_HEADER], req.receivedAt);
    if (!visitorId) return { ok: false, reason: 'visitor token missing, forged or expired' };
    // The body speaks for the token's visitor only: nobody writes in another visitor's name.
    if (bodyVisitorId(req.rawBody) !== visitorId) return { ok: false, reason: "the message is not from the token's visitor" };
    return { ok: true };
  },

  eventId(req, config) {
    const visitorId = readVisitorToken(config.visitorSecret, req.headers[VISITOR_HEADER], req.receivedAt);
    try {
      const body = JSON.parse(req.rawBody.toString('utf8')) as { clientMessageId?: unknown };
      return visitorId && typeof body.clientMessageId === 'string'
        ? webChatExternalId(visitorId, body.clientMessageId)
        : undefined;
    } catch {
      return undefined;
    }
  },

  parse(body) {
    if (body && typeof body === 'object' && 'type' in body && body.type === 'typing') {
      return { ignored: 'typing is presence: it goes over the socket and is never stored' };
    }
    const parsed = WebChatPayload.safeParse(body);
    if (!parsed.success) return { ignored: `not a widget message: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
    const m = parsed.data;
    return {
      events: [
        {
          kind: 'message',
          message: {
            externalId: webChatExternalId(m.visitorId, m.clientMessageId),
            // One visitor, one thread: a resolved chat reopens when they write again (within 7 days).
            threadKey: m.visitorId,
            visibility: 'private',
            body: m.text,
            sender: {
              externalId: m.visitorId,
              // Until the website identifies them, the inbox names the visitor by this.
              handle: `visitor-${m.visitorId.slice(0, 8)}`,
              ...(m.email ? { email: m.email } : {}),
            },
            ...(m.sentAt ? { sentAt: m.sentAt } : {}),
          },
        },
      ],
    };
  },

  send(message) {
    // The reply is already stored; the visitor's socket streams it from the events table (and
    // catches up after a reconnect), so there is nothing to call and nothing that can fail here.
    return Promise.resolve({ ok: true, status: 'sent', externalId: `web:${message.messageId}` });
  },
};
