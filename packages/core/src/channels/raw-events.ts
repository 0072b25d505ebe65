import { AppError, type RawEventSummary, type RawEventDetail } from '@balie/contracts';
import { sql, type Db } from '@balie/db';
import type { Ctx } from '../context';
import { iso, isoOrNull } from '../db-util';
import { assertCan } from '../auth/assert-can';
import { recordAudit } from '../audit/record-audit';
import { enqueueJob } from '../jobs/enqueue-job';
import { decodeTimeIdCursor, encodeCursor } from '../inbox/cursor';
import { INGEST_QUEUE } from './queues';

/** Headers never stored with a raw event: credentials. */
const DROPPED_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization', 'x-csrf-token']);

export interface StoredRawEvent {
  rawEventId: string;
  /** Received before (a redelivery): nothing was stored or enqueued. */
  duplicate: boolean;
}

/**
 * Stores a webhook delivery and enqueues its ingest job in one transaction; the caller answers
 * the platform only after this commits. A redelivery (same connection and provider id) is a no-op.
 */
export async function storeRawEvent(opts: {
  db: Db;
  accountId: string;
  connectionId: string;
  providerEventId: string;
  contentType: string | undefined;
  headers: Record<string, string | undefined>;
  body: string;
}): Promise<StoredRawEvent> {
  const headers = Object.fromEntries(Object.entries(opts.headers).filter(([k, v]) => v !== undefined && !DROPPED_HEADERS.has(k)));
  return opts.db.transaction(async (tx) => {
    const inserted =
      await tx.execute(sql`insert into raw_events (account_id, connection_id, provider_event_id, content_type, headers, body)
      values (${opts.accountId}, ${opts.connectionId}, ${opts.providerEventId}, ${opts.contentType ?? null},
        ${JSON.stringify(headers)}::jsonb, ${opts.body})
      on conflict (connection_id, provider_event_id) do nothing returning id`);
    const id = inserted.rows[0]?.id as string | undefined;
    if (id) {
      await enqueueJob({
        tx,
        queue: INGEST_QUEUE,
        payload: { rawEventId: id },
        accountId: opts.accountId,
        dedupeKey: `raw:${id}`,
      });
      return { rawEventId: id, duplicate: false };
    }
    const existing = await tx.execute(sql`select id from raw_events
      where connection_id = ${opts.connectionId} and provider_event_id = ${opts.providerEventId}`);
    return { rawEventId: existing.rows[0]!.id as string, duplicate: true };
  });
}

export interface RawEventForIngest {
  id: string;
  accountId: string;
  connectionId: string;
  kind: string;
  config: Record<string, unknown>;
  contentType: string | null;
  body: string;
  status: string;
}

export async function loadRawEvent(opts: {
  db: Db;
  rawEventId: string;
  accountId: string;
}): Promise<RawEventForIngest | undefined> {
  const r = await opts.db
    .execute(sql`select r.id, r.account_id, r.connection_id, c.kind, c.config, r.content_type, r.body, r.status
    from raw_events r join channel_connections c on c.id = r.connection_id
    where r.id = ${opts.rawEventId} and r.account_id = ${opts.accountId}`);
  const row = r.rows[0];
  if (!row) return undefined;
  return {
    id: row.id as string,
    accountId: row.account_id as string,
    connectionId: row.connection_id as string,
    kind: row.kind as string,
    config: (row.config ?? {}) as Record<string, unknown>,
    contentType: row.content_type as string | null,
    body: row.body as string,
    status: row.status as string,
  };
}

/** Records how processing ended: processed (with the number of events), ignored (why) or failed (why). */
export async function finishRawEvent(opts: {
  db: Db;
  rawEventId: string;
  status: 'processed' | 'ignored' | 'failed';
  detail?: string | undefined;
  eventCount?: number | undefined;
}): Promise<void> {
  await opts.db.execute(sql`update raw_events set status = ${opts.status}, detail = ${opts.detail?.slice(0, 2000) ?? null},
    event_count = ${opts.eventCount ?? null}, processed_at = now() where id = ${opts.rawEventId}`);
}

/**
 * At start-up: raw events still pending without a pending or running ingest job (its job died,
 * or was lost with a restored backup) get a new one. Returns how many.
 */
export async function requeuePendingRawEvents(opts: { db: Db }): Promise<number> {
  const r = await opts.db.execute(sql`select r.id, r.account_id from raw_events r
    where r.status = 'pending' and not exists (select 1 from jobs j where j.queue = ${INGEST_QUEUE}
      and j.status in ('pending', 'running') and j.payload->>'rawEventId' = r.id::text)
    order by r.received_at limit 10000`);
  for (const row of r.rows) {
    await enqueueJob({
      tx: opts.db,
      queue: INGEST_QUEUE,
      payload: { rawEventId: row.id },
      accountId: row.account_id as string,
      dedupeKey: `raw:${row.id as string}:requeue:${Date.now()}`,
    });
  }
  return r.rows.length;
}

function toSummary(r: Record<string, unknown>): RawEventSummary {
  return {
    id: r.id as string,
    connectionId: r.connection_id as string,
    connectionName: r.connection_name as string,
    kind: r.kind as string,
    providerEventId: r.provider_event_id as string,
    status: r.status as RawEventSummary['status'],
    detail: (r.detail as string | null) ?? null,
    eventCount: (r.event_count as number | null) ?? null,
    receivedAt: iso(r.received_at as Date),
    processedAt: isoOrNull(r.processed_at as Date | null),
  };
}

/** Newest first, keyset-paged; for admins debugging a channel. */
export async function listRawEvents(
  opts: Ctx & { connectionId?: string | undefined; status?: string | undefined; cursor?: string | undefined; limit: number },
): Promise<{ items: RawEventSummary[]; nextCursor: string | null }> {
  assertCan(opts.actor, 'channels.manage');
  const after = opts.cursor ? decodeTimeIdCursor(opts.cursor) : undefined;
  const r = await opts.db.execute(sql`select r.id, r.connection_id, c.name as connection_name, c.kind, r.provider_event_id,
      r.status, r.detail, r.event_count, r.received_at, r.processed_at
    from raw_events r join channel_connections c on c.id = r.connection_id
    where r.account_id = ${opts.actor.accountId}
      ${opts.connectionId ? sql`and r.connection_id = ${opts.connectionId}` : sql``}
      ${opts.status ? sql`and r.status = ${opts.status}` : sql``}
      ${after ? sql`and (r.received_at, r.id) < (${after[0]}::timestamptz, ${after[1]}::uuid)` : sql``}
    order by r.received_at desc, r.id desc limit ${opts.limit + 1}`);
  const items = r.rows.slice(0, opts.limit).map(toSummary);
  const last = items[items.length - 1];
  return { items, nextCursor: r.rows.length > opts.limit && last ? encodeCursor([last.receivedAt, last.id]) : null };
}

export async function getRawEvent(opts: Ctx & { rawEventId: string }): Promise<RawEventDetail> {
  assertCan(opts.actor, 'channels.manage');
  const r = await opts.db.execute(sql`select r.id, r.connection_id, c.name as connection_name, c.kind, r.provider_event_id,
      r.status, r.detail, r.event_count, r.received_at, r.processed_at, r.headers, r.body, r.content_type
    from raw_events r join channel_connections c on c.id = r.connection_id
    where r.id = ${opts.rawEventId} and r.account_id = ${opts.actor.accountId}`);
  const row = r.rows[0];
  if (!row) throw new AppError('not_found');
  return {
    ...toSummary(row),
    contentType: (row.content_type as string | null) ?? null,
    headers: row.headers as Record<string, string>,
    body: row.body as string,
  };
}

/** Runs an event through ingest again (idempotent: messages already stored stay once). */
export async function replayRawEvent(opts: Ctx & { rawEventId: string }): Promise<RawEventDetail> {
  assertCan(opts.actor, 'channels.manage');
  await opts.db.transaction(async (tx) => {
    const r = await tx.execute(sql`update raw_events set status = 'pending', detail = null, processed_at = null
      where id = ${opts.rawEventId} and account_id = ${opts.actor.accountId} returning id`);
    if (!r.rows[0]) throw new AppError('not_found');
    await enqueueJob({
      tx,
      queue: INGEST_QUEUE,
      payload: { rawEventId: opts.rawEventId },
      accountId: opts.actor.accountId,
      dedupeKey: `raw:${opts.rawEventId}:replay:${Date.now()}`,
    });
    await recordAudit({
      tx,
      actor: opts.actor,
      action: 'raw_event.replayed',
      targetType: 'raw_event',
      targetId: opts.rawEventId,
    });
  });
  return getRawEvent(opts);
}
