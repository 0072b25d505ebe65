import { sql, type Db } from '@balie/db';
import type { Ctx } from '../context';
import { iso } from '../db-util';
import { assertCan } from '../auth/assert-can';
import { toSummary } from './conversation-row';
import { contactConversations, loadContact } from './contacts';
import { loadConversationRow } from './load-conversation';
import { MESSAGE_SELECT, toMessage } from './message-row';
import { decodeTimeIdCursor, encodeCursor } from './cursor';

/** A page of the thread, oldest first, ending before `before` (or at the newest message). */
async function messagePage(db: Db, conversationId: string, before: string | undefined, limit: number) {
  const keyset = before
    ? (() => {
        const [at, id] = decodeTimeIdCursor(before);
        return sql`and (m.created_at, m.id) < (${at}::timestamptz, ${id}::uuid)`;
      })()
    : sql``;
  const r = await db.execute(sql`${MESSAGE_SELECT} where m.conversation_id = ${conversationId} ${keyset}
    order by m.created_at desc, m.id desc limit ${limit + 1}`);
  const rows = r.rows.slice(0, limit);
  const oldest = rows.at(-1);
  return {
    items: rows.reverse().map(toMessage),
    olderCursor: r.rows.length > limit && oldest ? encodeCursor([iso(oldest.created_at as Date), oldest.id as string]) : null,
  };
}

/** Everything an agent needs to work a conversation: the thread, the customer and their history. */
export async function getConversation(opts: Ctx & { conversationId: string }) {
  assertCan(opts.actor, 'conversations.read');
  const { db, actor } = opts;
  const row = await loadConversationRow(db, actor.accountId, opts.conversationId);
  const [page, contact, history] = await Promise.all([
    messagePage(db, opts.conversationId, undefined, 50),
    loadContact(db, actor.accountId, row.contact_id as string),
    contactConversations(db, actor.accountId, row.contact_id as string, opts.conversationId),
  ]);
  return {
    conversation: {
      ...toSummary(row),
      handoverNote: (row.handover_note as string | null) ?? null,
      mergedInto: (row.merged_into as string | null) ?? null,
    },
    messages: page.items,
    olderCursor: page.olderCursor,
    contact,
    history,
  };
}

export async function listMessages(opts: Ctx & { conversationId: string; before?: string | undefined; limit: number }) {
  assertCan(opts.actor, 'conversations.read');
  await loadConversationRow(opts.db, opts.actor.accountId, opts.conversationId);
  return messagePage(opts.db, opts.conversationId, opts.before, opts.limit);
}
