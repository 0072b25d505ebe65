import { AppError } from '@balie/contracts';
import type { WidgetMessage } from '@balie/contracts';
import { sql, type Db } from '@balie/db';
import { lastEventSeq } from '../events/list-events';
import { VISITOR_MESSAGE_SELECT, toWidgetMessage, visitorMessagesWhere, type VisitorScope } from './visitor-message-row';

const HISTORY = 100;

/**
 * The visitor's recent messages and the event number to stream from. The number is read first:
 * anything stored after it also comes over the socket (the app drops what it already has), so
 * nothing falls between the two.
 */
export async function listVisitorMessages(
  opts: { db: Db } & VisitorScope,
): Promise<{ messages: WidgetMessage[]; lastSeq: number }> {
  const lastSeq = await lastEventSeq({ db: opts.db, accountId: opts.accountId });
  const r = await opts.db.execute(sql`select * from (${VISITOR_MESSAGE_SELECT} where ${visitorMessagesWhere(opts)}
    order by m.created_at desc, m.id desc limit ${HISTORY}) recent order by created_at, id`);
  return { messages: r.rows.map(toWidgetMessage), lastSeq };
}

/** One message, if it is this visitor's to see (the socket's filter). */
export async function loadVisitorMessage(opts: { db: Db; messageId: string } & VisitorScope): Promise<WidgetMessage | undefined> {
  const r = await opts.db.execute(
    sql`${VISITOR_MESSAGE_SELECT} where m.id = ${opts.messageId} and ${visitorMessagesWhere(opts)}`,
  );
  return r.rows[0] ? toWidgetMessage(r.rows[0]) : undefined;
}

/** An image in one of the visitor's own messages; anything else is "not found". */
export async function readVisitorAttachment(opts: { db: Db; attachmentId: string } & VisitorScope) {
  const r = await opts.db.execute(sql`select a.filename, a.content_type, a.data from attachments a
    join messages m on m.id = a.message_id join conversations c on c.id = m.conversation_id
    where a.id = ${opts.attachmentId} and a.account_id = ${opts.accountId} and ${visitorMessagesWhere(opts)}`);
  const row = r.rows[0];
  if (!row) throw new AppError('not_found');
  return { filename: row.filename as string, contentType: row.content_type as string, data: Buffer.from(row.data as Uint8Array) };
}
