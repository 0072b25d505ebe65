import { sql, type Db } from '@balie/db';
import type { VisitorScope } from './visitor-message-row';

/** Which widget and visitor a conversation belongs to (null: not a widget conversation). */
export async function conversationThread(opts: {
  db: Db;
  accountId: string;
  conversationId: string;
}): Promise<{ connectionId: string; threadKey: string } | null> {
  const r = await opts.db.execute(sql`select connection_id, thread_key from conversations
    where id = ${opts.conversationId} and account_id = ${opts.accountId}`);
  const row = r.rows[0];
  return row ? { connectionId: row.connection_id as string, threadKey: row.thread_key as string } : null;
}

/** The visitor's current conversation and contact (for typing), if they have written. */
export async function currentVisitorConversation(
  opts: { db: Db } & VisitorScope,
): Promise<{ conversationId: string; contactId: string; contactName: string } | undefined> {
  const r = await opts.db.execute(sql`select c.id, c.contact_id, ct.name from conversations c
    join contacts ct on ct.id = c.contact_id
    where c.account_id = ${opts.accountId} and c.connection_id = ${opts.connectionId} and c.thread_key = ${opts.visitorId}
      and c.status <> 'merged'
    order by c.created_at desc limit 1`);
  const row = r.rows[0];
  return row
    ? { conversationId: row.id as string, contactId: row.contact_id as string, contactName: row.name as string }
    : undefined;
}
