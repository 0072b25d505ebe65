import { AppError } from '@balie/contracts';
import { sql, type Db } from '@balie/db';
import type { Ctx } from '../context';
import { iso, isUniqueViolation } from '../db-util';
import { assertCan } from '../auth/assert-can';
import { recordAudit } from '../audit/record-audit';
import { emitEvent } from '../events/emit-event';
import { enqueueJob } from '../jobs/enqueue-job';
import { SEND_QUEUE } from './queues';

/** The send job per reply: one per message (dedupe key), so a double enqueue sends once. */
export async function enqueueSend(opts: { tx: Db; accountId: string; messageId: string; retry?: number }): Promise<void> {
  await enqueueJob({
    tx: opts.tx,
    queue: SEND_QUEUE,
    payload: { messageId: opts.messageId },
    accountId: opts.accountId,
    dedupeKey: opts.retry ? `send:${opts.messageId}:retry:${opts.retry}` : `send:${opts.messageId}`,
    maxAttempts: 8,
  });
}

export interface OutboundForSend {
  messageId: string;
  accountId: string;
  conversationId: string;
  connectionId: string;
  connectionName: string;
  kind: string;
  config: Record<string, unknown>;
  allowPrivateNetwork: boolean;
  deliveryStatus: string;
  threadKey: string;
  visibility: 'public' | 'private';
  body: string;
  recipient: { externalId: string; handle: string | null; displayName: string | null };
  replyToExternalId: string | null;
  author: { id: string | null; name: string };
  attachments: Array<{ id: string; filename: string; contentType: string; size: number }>;
  createdAt: string;
}

/** Everything a send needs, or undefined when the message is gone or not an outbound reply. */
export async function loadOutboundMessage(opts: {
  db: Db;
  accountId: string;
  messageId: string;
}): Promise<OutboundForSend | undefined> {
  const r = await opts.db
    .execute(sql`select m.id, m.account_id, m.conversation_id, m.connection_id, m.delivery_status, m.visibility,
      m.body, m.author_id, m.created_at, cc.name as connection_name, cc.kind, cc.config, cc.allow_private_network, c.thread_key,
      coalesce(u.name, 'Balie') as author_name,
      ci.external_id as recipient_id, ci.handle as recipient_handle, ci.display_name as recipient_name,
      (select external_id from messages i where i.conversation_id = m.conversation_id and i.direction = 'inbound'
        and i.external_id is not null order by i.created_at desc, i.id desc limit 1) as reply_to
    from messages m
    join conversations c on c.id = m.conversation_id
    join channel_connections cc on cc.id = m.connection_id
    left join users u on u.id = m.author_id
    left join lateral (select external_id, handle, display_name from contact_identities
      where contact_id = c.contact_id and channel = cc.kind order by created_at limit 1) ci on true
    where m.id = ${opts.messageId} and m.account_id = ${opts.accountId} and m.direction = 'outbound'`);
  const row = r.rows[0];
  if (!row) return undefined;
  const files = await opts.db.execute(sql`select id, filename, content_type, size from attachments
    where message_id = ${opts.messageId} and account_id = ${opts.accountId} order by created_at, id`);
  return {
    messageId: row.id as string,
    accountId: row.account_id as string,
    conversationId: row.conversation_id as string,
    connectionId: row.connection_id as string,
    connectionName: row.connection_name as string,
    kind: row.kind as string,
    config: (row.config ?? {}) as Record<string, unknown>,
    allowPrivateNetwork: row.allow_private_network as boolean,
    deliveryStatus: row.delivery_status as string,
    threadKey: row.thread_key as string,
    visibility: row.visibility as 'public' | 'private',
    body: row.body as string,
    recipient: {
      externalId: (row.recipient_id as string | null) ?? '',
      handle: (row.recipient_handle as string | null) ?? null,
      displayName: (row.recipient_name as string | null) ?? null,
    },
    replyToExternalId: (row.reply_to as string | null) ?? null,
    author: { id: (row.author_id as string | null) ?? null, name: row.author_name as string },
    attachments: files.rows.map((f) => ({
      id: f.id as string,
      filename: f.filename as string,
      contentType: f.content_type as string,
      size: f.size as number,
    })),
    createdAt: iso(row.created_at as Date),
  };
}

/**
 * Delivery only moves forward: queued → sent → delivered → read (`received` is an inbound message's
 * and never changes). `failed` is aside: from queued or sent only, and back to `queued` only from
 * `failed` (an agent's retry). So a late "sent" from the send job, or a platform's late
 * "delivered", never undoes a read receipt that came first.
 */
export type DeliveryStatus = 'queued' | 'sent' | 'delivered' | 'read' | 'failed';
const FORWARD: DeliveryStatus[] = ['queued', 'sent', 'delivered', 'read'];
export function deliveryMovesFrom(to: DeliveryStatus): DeliveryStatus[] {
  if (to === 'queued') return ['failed'];
  if (to === 'failed') return ['queued', 'sent'];
  return FORWARD.slice(0, FORWARD.indexOf(to));
}

/** A reply's delivery moved on (see `deliveryMovesFrom`). Emits `message.delivery` so agents see it live. */
export async function markDelivery(opts: {
  db: Db;
  accountId: string;
  messageId: string;
  status: DeliveryStatus;
  reason?: string | null;
  externalId?: string | undefined;
}): Promise<boolean> {
  return opts.db.transaction(async (tx) => {
    const from = `{${deliveryMovesFrom(opts.status).join(',')}}`;
    const r = await tx.execute(sql`update messages set delivery_status = ${opts.status},
        failure_reason = ${opts.status === 'failed' ? (opts.reason ?? 'sending failed').slice(0, 500) : null}
      where id = ${opts.messageId} and account_id = ${opts.accountId} and delivery_status = any(${from}::text[])
      returning conversation_id`);
    const row = r.rows[0];
    if (!row) return false;
    if (opts.externalId) {
      // The platform's id, for its later status reports; a clash with another message's id keeps none.
      await tx
        .execute(sql`savepoint ext`)
        .then(() => tx.execute(sql`update messages set external_id = ${opts.externalId!} where id = ${opts.messageId}`))
        .then(() => tx.execute(sql`release savepoint ext`))
        .catch(async (err) => {
          if (!isUniqueViolation(err)) throw err;
          await tx.execute(sql`rollback to savepoint ext`);
        });
    }
    await emitEvent({
      tx,
      accountId: opts.accountId,
      type: 'message.delivery',
      payload: {
        conversationId: row.conversation_id as string,
        messageId: opts.messageId,
        status: opts.status,
        reason: opts.status === 'failed' ? (opts.reason ?? 'sending failed') : null,
      },
    });
    return true;
  });
}

/** A platform's status report about a message we sent, found by the platform's id for it. */
export async function recordPlatformStatus(opts: {
  db: Db;
  accountId: string;
  connectionId: string;
  externalId: string;
  status: 'delivered' | 'read' | 'failed';
  reason?: string | undefined;
}): Promise<boolean> {
  const r = await opts.db.execute(sql`select id from messages where connection_id = ${opts.connectionId}
    and external_id = ${opts.externalId} and account_id = ${opts.accountId} and direction = 'outbound'`);
  const id = r.rows[0]?.id as string | undefined;
  if (!id) return false;
  await markDelivery({ db: opts.db, accountId: opts.accountId, messageId: id, status: opts.status, reason: opts.reason ?? null });
  return true;
}

/** An agent sends a failed reply again: back to queued, a new send job. */
export async function retrySend(opts: Ctx & { messageId: string }): Promise<{ messageId: string; deliveryStatus: 'queued' }> {
  assertCan(opts.actor, 'conversations.work');
  const { actor } = opts;
  await opts.db.transaction(async (tx) => {
    const r = await tx.execute(sql`select delivery_status, direction from messages
      where id = ${opts.messageId} and account_id = ${actor.accountId}`);
    const row = r.rows[0];
    if (!row) throw new AppError('not_found');
    if (row.direction !== 'outbound' || row.delivery_status !== 'failed') throw new AppError('message_not_failed');
    await markDelivery({ db: tx, accountId: actor.accountId, messageId: opts.messageId, status: 'queued' });
    await enqueueSend({ tx, accountId: actor.accountId, messageId: opts.messageId, retry: Date.now() });
    await recordAudit({ tx, actor, action: 'message.send_retried', targetType: 'message', targetId: opts.messageId });
  });
  return { messageId: opts.messageId, deliveryStatus: 'queued' };
}

/**
 * Takes a send slot in this second for the connection; false when `limit` are taken (the job
 * waits for the next second). One row per connection, so every process shares the count.
 */
export async function takeSendSlot(opts: { db: Db; accountId: string; connectionId: string; limit: number }): Promise<boolean> {
  const r = await opts.db.execute(sql`insert into channel_send_windows (connection_id, account_id, window_start, used)
    values (${opts.connectionId}, ${opts.accountId}, date_trunc('second', clock_timestamp()), 1)
    on conflict (connection_id) do update set
      used = case when channel_send_windows.window_start = excluded.window_start then channel_send_windows.used + 1 else 1 end,
      window_start = excluded.window_start
    returning used`);
  return (r.rows[0]!.used as number) <= opts.limit;
}

/** An attachment's bytes for a send job (system use, scoped to the account). */
export async function readAttachmentData(opts: { db: Db; accountId: string; attachmentId: string }): Promise<Buffer> {
  const r = await opts.db.execute(
    sql`select data from attachments where id = ${opts.attachmentId} and account_id = ${opts.accountId}`,
  );
  if (!r.rows[0]) throw new AppError('not_found');
  return Buffer.from(r.rows[0].data as Uint8Array);
}
