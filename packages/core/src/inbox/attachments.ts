import { createHash } from 'node:crypto';
import { AppError, type Attachment } from '@balie/contracts';
import { sql, type Db } from '@balie/db';
import { fileTypeFromBuffer } from 'file-type';
import type { Actor, Ctx } from '../context';
import { assertCan } from '../auth/assert-can';
import { loadConversationRow } from './load-conversation';
import { arrayLiteral } from '../db-util';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** No SVG or HTML: they can carry script. The type is read from the bytes, not from the name. */
export const ALLOWED_ATTACHMENT_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf'];

/** Stores a file for a reply in this conversation; it joins a message when the reply is sent. */
export async function storeAttachment(
  opts: Ctx & { conversationId: string; filename: string; declaredType: string | undefined; data: Buffer },
): Promise<Attachment> {
  assertCan(opts.actor, 'conversations.work');
  const { actor } = opts;
  const detected = await inspectUpload(opts.data, opts.declaredType);
  await loadConversationRow(opts.db, actor.accountId, opts.conversationId);
  const filename = safeFilename(opts.filename);
  const r = await opts.db.execute(sql`insert into attachments
      (account_id, conversation_id, filename, content_type, size, sha256, data, uploaded_by)
    values (${actor.accountId}, ${opts.conversationId}, ${filename}, ${detected}, ${opts.data.length},
      ${createHash('sha256').update(opts.data).digest('hex')}, ${opts.data}, ${actor.type === 'user' ? actor.id : null})
    returning id`);
  return { id: r.rows[0]!.id as string, filename, contentType: detected, size: opts.data.length };
}

/**
 * The file's type as read from its bytes, if it is allowed and matches what the sender declared;
 * otherwise the coded refusal. The widget passes a narrower list (images) and limit.
 */
export async function inspectUpload(
  data: Buffer,
  declaredType: string | undefined,
  allowed: readonly string[] = ALLOWED_ATTACHMENT_TYPES,
  maxBytes = MAX_ATTACHMENT_BYTES,
): Promise<string> {
  if (data.length > maxBytes) throw new AppError('attachment_too_large');
  const detected = (await fileTypeFromBuffer(data))?.mime;
  const declared = declaredType?.split(';')[0]?.trim().toLowerCase();
  if (!detected || !allowed.includes(detected) || (declared && declared !== detected)) {
    throw new AppError('attachment_type_refused');
  }
  return detected;
}

/** Path separators and control characters never reach a Content-Disposition header. */
export function safeFilename(name: string): string {
  return [...name].map((c) => (c === '/' || c === '\\' || c.charCodeAt(0) < 32 ? '_' : c)).join('');
}

export async function readAttachment(opts: Ctx & { attachmentId: string }) {
  assertCan(opts.actor, 'conversations.read');
  const r = await opts.db.execute(sql`select filename, content_type, data from attachments
    where id = ${opts.attachmentId} and account_id = ${opts.actor.accountId}`);
  const row = r.rows[0];
  if (!row) throw new AppError('not_found');
  const data = row.data as Buffer | Uint8Array;
  return { filename: row.filename as string, contentType: row.content_type as string, data: Buffer.from(data) };
}

/** Links uploaded files to the message that carries them; files of other conversations are refused. */
export async function attachToMessage(tx: Db, actor: Actor, conversationId: string, messageId: string, ids: string[]) {
  if (ids.length === 0) return;
  const r = await tx.execute(sql`update attachments set message_id = ${messageId}
    where id = any(${arrayLiteral(ids)}::uuid[]) and account_id = ${actor.accountId}
      and conversation_id = ${conversationId} and message_id is null returning id`);
  if (r.rows.length !== new Set(ids).size) throw new AppError('not_found', 'Unknown or already used attachment.');
}
