import { AppError } from '@balie/contracts';
import { sql, type Db } from '@balie/db';
import type { Ctx } from '../context';
import { iso } from '../db-util';
import { assertCan } from '../auth/assert-can';
import { emitEvent } from '../events/emit-event';

export interface PlatformChange {
  connectionId: string;
  /** The platform's id of the message that changed. */
  externalId: string;
  kind: 'edited' | 'deleted';
  /** The new text, for an edit. */
  body?: string;
  changedAt?: string;
}

/**
 * A customer edited or deleted a message on the platform. The message shows the change, and the
 * text as it was is kept as a revision: agents and audits can still see what was said.
 * Idempotent: a redelivered change (same time, same text) records nothing new.
 * Returns false when the message is unknown (it may arrive later; the caller can retry).
 */
export async function recordPlatformChange(opts: { db: Db; accountId: string; change: PlatformChange }): Promise<boolean> {
  const { accountId, change } = opts;
  const at = change.changedAt ?? new Date().toISOString();
  return opts.db.transaction(async (tx) => {
    const r = await tx.execute(sql`select m.id, m.conversation_id, m.body, m.deleted_at from messages m
      join channel_connections cc on cc.id = m.connection_id and cc.account_id = ${accountId}
      where m.connection_id = ${change.connectionId} and m.external_id = ${change.externalId} for update of m`);
    const message = r.rows[0];
    if (!message) return false;
    const unchanged = change.kind === 'deleted' ? message.deleted_at !== null : message.body === change.body;
    if (unchanged) return true;
    await tx.execute(sql`insert into message_revisions (account_id, message_id, kind, previous_body, changed_at)
      values (${accountId}, ${message.id as string}, ${change.kind}, ${message.body as string}, ${at}::timestamptz)`);
    if (change.kind === 'edited') {
      await tx.execute(
        sql`update messages set body = ${change.body ?? ''}, edited_at = ${at}::timestamptz where id = ${message.id as string}`,
      );
    } else {
      await tx.execute(sql`update messages set deleted_at = ${at}::timestamptz where id = ${message.id as string}`);
    }
    await emitEvent({
      tx,
      accountId,
      type: 'conversation.updated',
      payload: { conversationId: message.conversation_id as string, changes: [`message.${change.kind}`] },
    });
    return true;
  });
}

/** Earlier versions of a message, oldest first; another account's message is "not found". */
export async function getMessageRevisions(opts: Ctx & { messageId: string }) {
  assertCan(opts.actor, 'conversations.read');
  const exists = await opts.db.execute(
    sql`select 1 from messages where id = ${opts.messageId} and account_id = ${opts.actor.accountId}`,
  );
  if (exists.rows.length === 0) throw new AppError('not_found');
  const items = await listMessageRevisions(opts.db, opts.actor.accountId, opts.messageId);
  return { items: items.map((r) => ({ ...r, changedAt: iso(r.changedAt as Date) })) };
}

export async function listMessageRevisions(db: Db, accountId: string, messageId: string) {
  const r = await db.execute(sql`select kind, previous_body, changed_at from message_revisions
    where message_id = ${messageId} and account_id = ${accountId} order by changed_at, id`);
  return r.rows.map((x) => ({
    kind: x.kind as 'edited' | 'deleted',
    previousBody: x.previous_body as string,
    changedAt: x.changed_at,
  }));
}
