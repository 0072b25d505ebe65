import type { DeliveryAttempt } from '@balie/contracts';
import { AppError } from '@balie/contracts';
import { sql, type Db } from '@balie/db';
import type { Ctx } from '../context';
import { iso } from '../db-util';
import { assertCan } from '../auth/assert-can';

/** One outbound call, written by the send and webhook jobs: the delivery log admins read. */
export async function recordDeliveryAttempt(opts: {
  db: Db;
  accountId: string;
  subscriptionId?: string | undefined;
  connectionId?: string | undefined;
  messageId?: string | undefined;
  eventId?: number | undefined;
  eventType: string;
  url: string;
  attempt: number;
  ok: boolean;
  responseStatus?: number | undefined;
  error?: string | undefined;
  durationMs: number;
}): Promise<void> {
  await opts.db.execute(sql`insert into delivery_attempts
      (account_id, subscription_id, connection_id, message_id, event_id, event_type, url, attempt, ok, response_status, error, duration_ms)
    values (${opts.accountId}, ${opts.subscriptionId ?? null}, ${opts.connectionId ?? null}, ${opts.messageId ?? null},
      ${opts.eventId ?? null}, ${opts.eventType}, ${opts.url}, ${opts.attempt}, ${opts.ok}, ${opts.responseStatus ?? null},
      ${opts.error?.slice(0, 1000) ?? null}, ${Math.round(opts.durationMs)})`);
}

function toAttempt(r: Record<string, unknown>): DeliveryAttempt {
  return {
    id: Number(r.id),
    eventType: r.event_type as string,
    url: r.url as string,
    attempt: r.attempt as number,
    ok: r.ok as boolean,
    responseStatus: (r.response_status as number | null) ?? null,
    error: (r.error as string | null) ?? null,
    durationMs: r.duration_ms as number,
    messageId: (r.message_id as string | null) ?? null,
    createdAt: iso(r.created_at as Date),
  };
}

/** The log of a webhook subscription or of a connection's outbound calls, newest first. */
export async function listDeliveryAttempts(
  opts: Ctx & { subscriptionId?: string; connectionId?: string; cursor?: string | undefined; limit: number },
): Promise<{ items: DeliveryAttempt[]; nextCursor: string | null }> {
  assertCan(opts.actor, opts.subscriptionId ? 'webhooks.manage' : 'channels.manage');
  const accountId = opts.actor.accountId;
  const owner = opts.subscriptionId
    ? await opts.db.execute(
        sql`select id from webhook_subscriptions where id = ${opts.subscriptionId} and account_id = ${accountId}`,
      )
    : await opts.db.execute(
        sql`select id from channel_connections where id = ${opts.connectionId!} and account_id = ${accountId}`,
      );
  if (!owner.rows[0]) throw new AppError('not_found');
  const before = opts.cursor ? Number(opts.cursor) : undefined;
  if (before !== undefined && !Number.isSafeInteger(before)) throw new AppError('validation_failed', 'Invalid cursor.');
  const r = await opts.db.execute(sql`select id::bigint as id, event_type, url, attempt, ok, response_status, error, duration_ms,
      message_id, created_at from delivery_attempts
    where account_id = ${accountId}
      and ${opts.subscriptionId ? sql`subscription_id = ${opts.subscriptionId}` : sql`connection_id = ${opts.connectionId!}`}
      ${before !== undefined ? sql`and id < ${before}` : sql``}
    order by id desc limit ${opts.limit + 1}`);
  const items = r.rows.slice(0, opts.limit).map(toAttempt);
  return { items, nextCursor: r.rows.length > opts.limit ? String(items[items.length - 1]!.id) : null };
}
