import { adapterFor, type OutboundMessage, type SendResult } from '@balie/channels';
import {
  backoffDelayMs,
  loadOutboundMessage,
  markDelivery,
  readAttachmentData,
  RetryLaterError,
  takeSendSlot,
  type Database,
  type JobContext,
} from '@balie/core';
import { loggedHttpClient } from './http-log';

export const SEND_MAX_ATTEMPTS = 8;

/**
 * The "send" job: an agent's reply → adapter.send. Never twice: a reply that is already sent is
 * skipped, and the idempotency key (stable per message) lets the receiver drop the one repeat a
 * crash between its answer and our commit can cause. Retryable errors wait (the platform's
 * Retry-After, or back-off); final ones mark the message failed with the reason.
 */
export function sendHandler(database: Database, opts: { retryBaseMs: number; timeoutMs: number }) {
  return async (job: JobContext): Promise<void> => {
    const { messageId } = job.payload as { messageId: string };
    const db = database.db;
    const accountId = job.accountId ?? '';
    const out = await loadOutboundMessage({ db, accountId, messageId });
    if (!out || out.deliveryStatus !== 'queued') return;
    const final = (reason: string) => markDelivery({ db, accountId, messageId, status: 'failed', reason }).then(() => undefined);

    const adapter = adapterFor(out.kind);
    if (!adapter) return final(`channel_not_connectable: Balie cannot send to ${out.kind} connections yet`);
    const config = adapter.configSchema.safeParse(out.config);
    if (!config.success) return final('the connection settings are invalid');
    const max = adapter.capabilities.maxTextLength;
    if (max !== undefined && out.body.length > max) return final(`the text is longer than ${max} characters`);

    const limit = adapter.capabilities.sendsPerSecond;
    if (limit !== undefined && !(await takeSendSlot({ db, accountId, connectionId: out.connectionId, limit }))) {
      throw new RetryLaterError('rate limit of the connection reached', 1000 - (Date.now() % 1000) + Math.random() * 200, false);
    }

    const message: OutboundMessage = {
      messageId,
      idempotencyKey: `balie-msg-${messageId}`,
      conversationId: out.conversationId,
      threadKey: out.threadKey,
      visibility: out.visibility,
      body: out.body,
      recipient: out.recipient,
      replyToExternalId: out.replyToExternalId,
      author: out.author,
      attachments: out.attachments,
      createdAt: out.createdAt,
    };
    let result: SendResult;
    try {
      result = await adapter.send(message, {
        config: config.data,
        connection: { id: out.connectionId, accountId, name: out.connectionName },
        http: loggedHttpClient({
          db,
          accountId,
          allowPrivate: out.allowPrivateNetwork,
          timeoutMs: opts.timeoutMs,
          attempt: job.attempt,
          eventType: 'message.reply',
          connectionId: out.connectionId,
          messageId,
        }),
        readAttachment: (id) => readAttachmentData({ db, accountId, attachmentId: id }),
        signal: job.signal,
        now: () => new Date(),
      });
    } catch (err) {
      // The contract says never throw; an adapter that does is treated as a retryable failure.
      result = { ok: false, retryable: true, reason: err instanceof Error ? err.message : String(err) };
    }
    if (result.ok) {
      await markDelivery({ db, accountId, messageId, status: result.status, externalId: result.externalId });
      return;
    }
    if (!result.retryable) return final(result.reason);
    if (job.attempt >= SEND_MAX_ATTEMPTS) return final(`gave up after ${job.attempt} attempts: ${result.reason}`);
    throw new RetryLaterError(result.reason, result.retryAfterMs ?? backoffDelayMs(job.attempt, opts.retryBaseMs, 3_600_000));
  };
}
