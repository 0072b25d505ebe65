/** Channel shapes shared by server and web app: the API channel's inbound message and its replies. */
import { z } from 'zod';
import { ChannelConnection, ReachFigures, Visibility } from './inbox';

/** A message a source Balie has no adapter for (a forum, an app, a CRM) posts to the API channel. */
export const ApiChannelMessage = z.strictObject({
  /** The caller's id of this message: sending it again is a no-op. */
  messageId: z.string().trim().min(1).max(200),
  /** Groups messages into one conversation; defaults to the user's id (one thread per user). */
  threadId: z.string().trim().min(1).max(200).optional(),
  user: z.strictObject({
    id: z.string().trim().min(1).max(200),
    name: z.string().trim().min(1).max(200).optional(),
    email: z.email().max(200).optional(),
  }),
  text: z.string().trim().min(1).max(20_000),
  sentAt: z.iso.datetime({ offset: true }).optional(),
  /** `public`: a post anyone can see (a forum topic, a review); replies are then public too. Default `private`. */
  visibility: Visibility.optional(),
  /** The audience of a public post when it was sent: followers of the author, likes, replies, reshares. */
  reach: ReachFigures.optional(),
});
export type ApiChannelMessage = z.infer<typeof ApiChannelMessage>;

/**
 * New audience figures for a message sent before (a public complaint gaining likes). Figures left
 * out keep their last reported value. `observedAt` lets a late retry of an older report be
 * recognised and ignored.
 */
export const ApiChannelReachReport = ReachFigures.extend({
  observedAt: z.iso.datetime({ offset: true }).optional(),
}).refine((r) => r.followers !== undefined || r.likes !== undefined || r.replies !== undefined || r.reshares !== undefined, {
  message: 'Report at least one of followers, likes, replies, reshares.',
});
export type ApiChannelReachReport = z.infer<typeof ApiChannelReachReport>;

export const ApiChannelReachResult = z.object({
  messageId: z.string(),
  /**
   * `updated`: the figures were stored (and urgency re-scored); `unchanged`: the same figures as
   * before (a repeat); `stale`: observed before the figures already stored, so ignored.
   */
  outcome: z.enum(['updated', 'unchanged', 'stale']),
});
export type ApiChannelReachResult = z.infer<typeof ApiChannelReachResult>;

export const ApiChannelAccepted = z.object({
  /** False when this messageId was received before (nothing changed). */
  accepted: z.boolean(),
  duplicate: z.boolean(),
  rawEventId: z.string(),
});

/** What Balie posts to the API channel's reply URL when an agent answers (signed, see docs). */
export const ApiChannelReply = z.object({
  type: z.literal('message.reply'),
  /** Stable per reply: a retried delivery carries the same id (deduplicate on it). */
  id: z.string(),
  threadId: z.string(),
  /** `public` when the customer's post was public: post the reply where everyone sees it. */
  visibility: Visibility,
  user: z.object({ id: z.string() }),
  text: z.string(),
  author: z.object({ name: z.string() }),
  replyToMessageId: z.string().nullable(),
  createdAt: z.string(),
});
export type ApiChannelReply = z.infer<typeof ApiChannelReply>;

export const RawEventStatus = z.enum(['pending', 'processed', 'ignored', 'failed']);
export const RawEventSummary = z.object({
  id: z.uuid(),
  connectionId: z.uuid(),
  connectionName: z.string(),
  kind: z.string(),
  providerEventId: z.string(),
  status: RawEventStatus,
  /** Why it was ignored, or the processing error. */
  detail: z.string().nullable(),
  eventCount: z.number().int().nullable(),
  receivedAt: z.string(),
  processedAt: z.string().nullable(),
});
export type RawEventSummary = z.infer<typeof RawEventSummary>;
export const RawEventDetail = RawEventSummary.extend({
  contentType: z.string().nullable(),
  headers: z.record(z.string(), z.string()),
  body: z.string(),
});
export type RawEventDetail = z.infer<typeof RawEventDetail>;
export const RawEventList = z.object({ items: z.array(RawEventSummary), nextCursor: z.string().nullable() });
export const RawEventQuery = z.strictObject({
  connectionId: z.uuid().optional(),
  status: RawEventStatus.optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

/** One outbound call in the delivery log (webhook deliveries and API-channel replies). */
export const DeliveryAttempt = z.object({
  id: z.number().int(),
  eventType: z.string(),
  url: z.string(),
  attempt: z.number().int(),
  ok: z.boolean(),
  responseStatus: z.number().int().nullable(),
  error: z.string().nullable(),
  durationMs: z.number().int(),
  messageId: z.uuid().nullable(),
  createdAt: z.string(),
});
export type DeliveryAttempt = z.infer<typeof DeliveryAttempt>;
export const DeliveryAttemptList = z.object({ items: z.array(DeliveryAttempt), nextCursor: z.string().nullable() });
export const DeliveryQuery = z.strictObject({
  cursor: z.string().max(50).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

/** Domain events an account can subscribe a URL to. */
export const WebhookEventType = z.enum([
  'message.created',
  'message.delivery',
  'conversation.created',
  'conversation.updated',
  'contact.updated',
]);
export type WebhookEventType = z.infer<typeof WebhookEventType>;
const WebhookUrl = z.url({ protocol: /^https?$/ }).max(2000);
export const WebhookSubscription = z.object({
  id: z.uuid(),
  url: z.string(),
  description: z.string(),
  eventTypes: z.array(WebhookEventType),
  allowPrivateNetwork: z.boolean(),
  enabled: z.boolean(),
  consecutiveFailures: z.number().int(),
  disabledAt: z.string().nullable(),
  disabledReason: z.string().nullable(),
  createdAt: z.string(),
});
export type WebhookSubscription = z.infer<typeof WebhookSubscription>;
export const WebhookSubscriptionList = z.object({ items: z.array(WebhookSubscription) });
/** The secret is in this answer only: store it now. */
export const CreatedWebhookSubscription = WebhookSubscription.extend({ secret: z.string() });
export const CreateWebhookSubscriptionRequest = z.strictObject({
  url: WebhookUrl,
  description: z.string().trim().max(200).default(''),
  eventTypes: z.array(WebhookEventType).min(1),
  /** Only for receivers inside your own network: lets deliveries reach private and loopback addresses. */
  allowPrivateNetwork: z.boolean().default(false),
});
export const UpdateWebhookSubscriptionRequest = z.strictObject({
  url: WebhookUrl.optional(),
  description: z.string().trim().max(200).optional(),
  eventTypes: z.array(WebhookEventType).min(1).optional(),
  allowPrivateNetwork: z.boolean().optional(),
  /** true re-enables a subscription disabled after failures (and resets its failure count). */
  enabled: z.boolean().optional(),
});

/** A new connection: its secrets (API channel token, reply secret) are in this answer only. */
export const CreatedChannelConnection = ChannelConnection.extend({ secrets: z.record(z.string(), z.string()).optional() });
