import { AppError, type Message } from '@balie/contracts';
import { sql, type Db } from '@balie/db';
import type { Ctx } from '../context';
import { assertCan } from '../auth/assert-can';
import { emitEvent } from '../events/emit-event';
import { preview } from './conversation-row';
import { loadConversationRow } from './load-conversation';
import { MESSAGE_SELECT, toMessage } from './message-row';
import { recordMentions } from './mentions';
import { attachToMessage } from './attachments';
import { enqueueSend } from '../channels/delivery';

/**
 * An agent's reply, in the conversation's own visibility (public stays public): the customer no
 * longer waits, the first response time is recorded. It is queued for the channel to send.
 */
export async function createReply(
  opts: Ctx & {
    conversationId: string;
    body: string;
    at?: Date;
    seenMessageId?: string | undefined;
    force?: boolean;
    attachmentIds?: string[] | undefined;
  },
): Promise<Message> {
  return writeAgentMessage({ ...opts, direction: 'outbound' });
}

/**
 * Collision check: did someone else reply after the newest message this agent had seen? Then the
 * agent is warned (reply_conflict, with those replies) and sends only if they still want to.
 */
async function assertNoNewerReply(tx: Db, conversationId: string, seenMessageId: string, actorId: string | null) {
  const r = await tx.execute(sql`${MESSAGE_SELECT}
    where m.conversation_id = ${conversationId} and m.direction = 'outbound'
      and m.author_id is distinct from ${actorId}::uuid
      and (m.created_at, m.id) > (select created_at, id from messages where id = ${seenMessageId} and conversation_id = ${conversationId})
    order by m.created_at, m.id limit 5`);
  if (r.rows.length > 0) throw new AppError('reply_conflict', undefined, { replies: r.rows.map(toMessage) });
}

/** An internal note: never sent, never visible to the customer, does not answer them. */
export async function addConversationNote(opts: Ctx & { conversationId: string; body: string; at?: Date }): Promise<Message> {
  return writeAgentMessage({ ...opts, direction: 'note' });
}

async function writeAgentMessage(
  opts: Ctx & {
    conversationId: string;
    body: string;
    at?: Date;
    direction: 'outbound' | 'note';
    seenMessageId?: string | undefined;
    force?: boolean;
    attachmentIds?: string[] | undefined;
  },
) {
  assertCan(opts.actor, 'conversations.work');
  const { actor } = opts;
  const at = (opts.at ?? new Date()).toISOString();
  return opts.db.transaction(async (tx) => {
    const conv = await loadConversationRow(tx, actor.accountId, opts.conversationId, true);
    const isReply = opts.direction === 'outbound';
    if (isReply && opts.seenMessageId && !opts.force)
      await assertNoNewerReply(tx, opts.conversationId, opts.seenMessageId, actor.id);
    const inserted = await tx.execute(sql`insert into messages
        (account_id, conversation_id, connection_id, direction, visibility, author_type, author_id, body, delivery_status, created_at,
         language)
      values (${actor.accountId}, ${opts.conversationId}, ${conv.connection_id as string}, ${opts.direction},
        ${isReply ? (conv.visibility as string) : 'private'}, 'agent', ${actor.id}, ${opts.body},
        ${isReply ? 'queued' : 'sent'}, ${at}::timestamptz, (select default_language from accounts where id = ${actor.accountId}))
      returning id`);
    const messageId = (inserted.rows[0] as { id: string }).id;
    if (!isReply) await recordMentions(tx, actor, opts.conversationId, messageId, opts.body);
    await attachToMessage(tx, actor, opts.conversationId, messageId, opts.attachmentIds ?? []);
    if (isReply) {
      await tx.execute(sql`update conversations set waiting_since = null,
          first_response_at = coalesce(first_response_at, ${at}::timestamptz),
          last_message_at = greatest(last_message_at, ${at}::timestamptz),
          last_message_preview = ${preview(opts.body)}, updated_at = now()
        where id = ${opts.conversationId}`);
    }
    // The reply goes out through its channel's send job (in this transaction: no reply without a job).
    if (isReply) await enqueueSend({ tx, accountId: actor.accountId, messageId });
    await emitEvent({
      tx,
      accountId: actor.accountId,
      type: 'message.created',
      payload: { conversationId: opts.conversationId, messageId, direction: opts.direction },
      actorId: actor.id,
    });
    const row = (await tx.execute(sql`${MESSAGE_SELECT} where m.id = ${messageId}`)).rows[0]!;
    return toMessage(row);
  });
}
