import { AppError } from '@balie/contracts';
import { sql } from '@balie/db';
import type { Ctx } from '../context';
import { assertCan } from '../auth/assert-can';
import { recordAudit } from '../audit/record-audit';
import { emitEvent } from '../events/emit-event';
import { loadConversation } from './load-conversation';
import { arrayLiteral } from '../db-util';

/**
 * Two threads about one question (a public mention and the DM that followed): the source's
 * messages move into the target, which keeps the earliest wait and the union of labels; the
 * source stays as an empty 'merged' shell pointing at the target, so old links still lead there.
 */
export async function mergeConversations(opts: Ctx & { targetId: string; sourceId: string }) {
  assertCan(opts.actor, 'conversations.work');
  const { actor } = opts;
  if (opts.targetId === opts.sourceId) throw new AppError('invalid_transition', 'A conversation cannot be merged into itself.');
  return opts.db.transaction(async (tx) => {
    const r = await tx.execute(sql`select id, contact_id, status, waiting_since, label_ids from conversations
      where account_id = ${actor.accountId} and id = any(${arrayLiteral([opts.targetId, opts.sourceId])}::uuid[])
      order by id for update`);
    const target = r.rows.find((c) => c.id === opts.targetId);
    const source = r.rows.find((c) => c.id === opts.sourceId);
    if (!target || !source) throw new AppError('not_found');
    if (target.status === 'merged' || source.status === 'merged') throw new AppError('invalid_transition');
    if (target.contact_id !== source.contact_id) throw new AppError('different_contact');

    await tx.execute(sql`update messages set conversation_id = ${opts.targetId} where conversation_id = ${opts.sourceId}`);
    await tx.execute(sql`update mentions set conversation_id = ${opts.targetId} where conversation_id = ${opts.sourceId}`);
    await tx.execute(sql`update conversations t set
        waiting_since = (select least(t.waiting_since, s.waiting_since) from conversations s where s.id = ${opts.sourceId}),
        label_ids = array(select distinct unnest(t.label_ids || s.label_ids) from conversations s where s.id = ${opts.sourceId}),
        status = case when t.status = 'resolved' and exists (select 1 from conversations s where s.id = ${opts.sourceId}
          and s.status <> 'resolved') then 'open' else t.status end,
        last_message_at = coalesce((select max(created_at) from messages where conversation_id = t.id), t.last_message_at),
        updated_at = now()
      where t.id = ${opts.targetId}`);
    await tx.execute(sql`update conversations set
        last_message_preview = coalesce((select left(regexp_replace(body, '\\s+', ' ', 'g'), 140) from messages
          where conversation_id = ${opts.targetId} and direction <> 'note' order by created_at desc, id desc limit 1), last_message_preview)
      where id = ${opts.targetId}`);
    await tx.execute(sql`update conversations set status = 'merged', merged_into = ${opts.targetId}, waiting_since = null,
        snoozed_until = null, updated_at = now() where id = ${opts.sourceId}`);
    await recordAudit({
      tx,
      actor,
      action: 'conversation.merged',
      targetType: 'conversation',
      targetId: opts.targetId,
      changes: { source: opts.sourceId },
    });
    for (const [conversationId, change] of [
      [opts.targetId, 'messages'],
      [opts.sourceId, 'status'],
    ] as const) {
      await emitEvent({
        tx,
        accountId: actor.accountId,
        type: 'conversation.updated',
        payload: { conversationId, changes: [change] },
        actorId: actor.id,
      });
    }
    return loadConversation(tx, actor.accountId, opts.targetId);
  });
}
