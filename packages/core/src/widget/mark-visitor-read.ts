import { sql, type Db } from '@balie/db';
import { deliveryMovesFrom } from '../channels/delivery';
import { emitEvent } from '../events/emit-event';
import { visitorMessagesWhere, type VisitorScope } from './visitor-message-row';

/**
 * The visitor has read the replies up to this one: they become `read` (the agent sees it in the
 * conversation). Only the visitor's own threads; a message id from elsewhere changes nothing.
 */
export async function markVisitorRead(opts: { db: Db; messageId: string } & VisitorScope): Promise<number> {
  const from = `{${deliveryMovesFrom('read').join(',')}}`;
  return opts.db.transaction(async (tx) => {
    const r = await tx.execute(sql`update messages m set delivery_status = 'read'
      from conversations c, (select created_at, conversation_id from messages where id = ${opts.messageId}) upto
      where c.id = m.conversation_id and m.conversation_id = upto.conversation_id and ${visitorMessagesWhere(opts)}
        and m.direction = 'outbound' and m.delivery_status = any(${from}::text[]) and m.created_at <= upto.created_at
      returning m.conversation_id`);
    const conversationId = r.rows[0]?.conversation_id as string | undefined;
    if (conversationId) {
      await emitEvent({
        tx,
        accountId: opts.accountId,
        type: 'conversation.updated',
        payload: { conversationId, changes: ['read'] },
      });
    }
    return r.rows.length;
  });
}
