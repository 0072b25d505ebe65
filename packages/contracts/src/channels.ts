/** Channel shapes shared by server and web app: the API channel's inbound message and its replies. */
import { z } from 'zod';

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
});
export type ApiChannelMessage = z.infer<typeof ApiChannelMessage>;

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
  user: z.object({ id: z.string() }),
  text: z.string(),
  author: z.object({ name: z.string() }),
  replyToMessageId: z.string().nullable(),
  createdAt: z.string(),
});
export type ApiChannelReply = z.infer<typeof ApiChannelReply>;
