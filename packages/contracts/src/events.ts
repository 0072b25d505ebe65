/**
 * Every named domain event, in one file: its name and the shape of its payload. Events are
 * written in the same transaction as the change they describe, numbered per account, pushed to
 * agents over WebSocket and handed to job listeners.
 */
import { z } from 'zod';
import { Role } from './roles';

export const eventPayloads = {
  'account.updated': z.object({ name: z.string(), defaultLanguage: z.string() }),
  'member.added': z.object({ userId: z.uuid(), name: z.string(), email: z.string(), role: Role }),
  'member.updated': z.object({ userId: z.uuid(), role: Role }),
  'member.removed': z.object({ userId: z.uuid() }),
  'api_token.created': z.object({ tokenId: z.uuid(), name: z.string(), role: Role }),
  'api_token.revoked': z.object({ tokenId: z.uuid() }),
  'conversation.created': z.object({ conversationId: z.uuid() }),
  'conversation.updated': z.object({ conversationId: z.uuid(), changes: z.array(z.string()) }),
  'message.created': z.object({
    conversationId: z.uuid(),
    messageId: z.uuid(),
    direction: z.enum(['inbound', 'outbound', 'note']),
  }),
  'contact.updated': z.object({ contactId: z.uuid() }),
  /** A reply's delivery moved on: sent, delivered, failed (with the reason), or queued again. */
  'message.delivery': z.object({
    conversationId: z.uuid(),
    messageId: z.uuid(),
    status: z.enum(['queued', 'sent', 'delivered', 'read', 'failed']),
    reason: z.string().nullable(),
  }),
  /** A webhook subscription was switched off after failing again and again. */
  'webhook.disabled': z.object({ subscriptionId: z.uuid(), reason: z.string() }),
  'mention.created': z.object({ mentionId: z.uuid(), userId: z.uuid(), conversationId: z.uuid(), messageId: z.uuid() }),
  'job.failed': z.object({ jobId: z.number(), queue: z.string(), error: z.string() }),
  'job.retried': z.object({ jobId: z.number(), queue: z.string() }),
} as const;

export type EventType = keyof typeof eventPayloads;
export const eventTypes = Object.keys(eventPayloads) as EventType[];
export type EventPayload<T extends EventType> = z.infer<(typeof eventPayloads)[T]>;

export const DomainEvent = z.object({
  seq: z.number().int(),
  type: z.string(),
  payload: z.unknown(),
  actorId: z.uuid().nullable(),
  createdAt: z.string(),
});
export type DomainEvent = z.infer<typeof DomainEvent>;

/** Who is looking at or typing in a conversation: ephemeral, never stored. */
export const PresenceState = z.enum(['viewing', 'typing', 'left']);
export const Presence = z.object({
  conversationId: z.uuid(),
  userId: z.uuid(),
  userName: z.string(),
  state: PresenceState,
});
export type Presence = z.infer<typeof Presence>;

/** Messages the server sends over the realtime WebSocket. */
export const RealtimeServerMessage = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('hello'), lastSeq: z.number().int() }),
  z.object({ kind: z.literal('event'), event: DomainEvent }),
  z.object({ kind: z.literal('presence'), presence: Presence }),
]);

/**
 * Messages an agent's app sends: "I am viewing / typing in / have left this conversation".
 * Clients repeat `viewing` every 20 s; others forget a presence not repeated within 45 s.
 */
export const RealtimeClientMessage = z.strictObject({
  kind: z.literal('presence'),
  conversationId: z.uuid(),
  state: PresenceState,
});
export type RealtimeServerMessage = z.infer<typeof RealtimeServerMessage>;
