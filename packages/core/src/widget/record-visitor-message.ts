import { createHash } from 'node:crypto';
import type { InboundMessageInput, WidgetMessage } from '@balie/contracts';
import { sql, type Db } from '@balie/db';
import { recordInbound } from '../inbox/record-inbound';
import { inspectUpload, safeFilename } from '../inbox/attachments';
import { loadVisitorMessage } from './list-visitor-messages';

/** Images only from visitors: no PDFs or other documents from anonymous senders. */
export const WIDGET_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];

/**
 * A visitor's message (parsed by the web_chat adapter) enters the inbox through recordInbound, in
 * one transaction with its image, if any: the widget is answered only after both are stored, and
 * a retry with the same client message id is a no-op. An address left outside business hours is
 * kept on the contact.
 */
export async function recordVisitorMessage(opts: {
  db: Db;
  accountId: string;
  input: InboundMessageInput;
  image?: { data: Buffer; declaredType: string | undefined; filename: string };
}): Promise<{ message: WidgetMessage; duplicate: boolean; conversationId: string }> {
  const { accountId, input } = opts;
  // Checked before the transaction: a refused file stores nothing, not even the message.
  const imageType = opts.image ? await inspectUpload(opts.image.data, opts.image.declaredType, WIDGET_IMAGE_TYPES) : undefined;
  const stored = await opts.db.transaction(async (tx) => {
    const recorded = await recordInbound({ db: tx, accountId, input });
    if (recorded.duplicate) return recorded;
    if (opts.image && imageType) {
      const { data } = opts.image;
      await tx.execute(sql`insert into attachments
          (account_id, conversation_id, message_id, filename, content_type, size, sha256, data)
        values (${accountId}, ${recorded.conversationId}, ${recorded.messageId}, ${safeFilename(opts.image.filename)},
          ${imageType}, ${data.length}, ${createHash('sha256').update(data).digest('hex')}, ${data})`);
    }
    if (input.sender.email) {
      await tx.execute(sql`update contacts set email = coalesce(email, ${input.sender.email}), updated_at = now()
        where account_id = ${accountId} and id = (select contact_id from conversations where id = ${recorded.conversationId})`);
    }
    return recorded;
  });
  const message = await loadVisitorMessage({
    db: opts.db,
    accountId,
    connectionId: input.connectionId,
    visitorId: input.threadKey,
    messageId: stored.messageId,
  });
  if (!message) throw new Error('a stored visitor message is not visible to its visitor');
  return { message, duplicate: stored.duplicate, conversationId: stored.conversationId };
}
