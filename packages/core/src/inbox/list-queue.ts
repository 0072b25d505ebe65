import type { QueueQuery, QueueTab } from '@balie/contracts';
import { sql, type SQL } from '@balie/db';
import type { Actor, Ctx } from '../context';
import { assertCan } from '../auth/assert-can';
import { SUMMARY_COLUMNS, SUMMARY_FROM, toSummary } from './conversation-row';
import { decodeCursor, encodeCursor } from './cursor';

/** The urgency part of the generated queue_rank column (schema/inbox.ts). */
const URGENCY_RANK = { urgent: 0, high: 1, normal: 2, low: 3 } as const;

export type QueueFilters = Omit<QueueQuery, 'tab' | 'cursor' | 'limit'>;

/** The WHERE clause of a tab: each matches a leading part of a queue index. */
function tabCondition(tab: QueueTab, actor: Actor): SQL {
  switch (tab) {
    case 'mine':
      return sql`c.assignee_id = ${actor.id} and c.status = 'open'`;
    case 'unassigned':
      return sql`c.assignee_id is null and c.status = 'open'`;
    case 'open':
      return sql`c.status = 'open'`;
    default:
      return sql`c.status = ${tab}`;
  }
}

export function filterConditions(f: QueueFilters): SQL[] {
  const out: SQL[] = [];
  if (f.channel) out.push(sql`cc.kind = ${f.channel}`);
  if (f.connectionId) out.push(sql`c.connection_id = ${f.connectionId}`);
  if (f.teamId) out.push(sql`c.team_id = ${f.teamId}`);
  if (f.assigneeId) out.push(sql`c.assignee_id = ${f.assigneeId}`);
  if (f.labelId) out.push(sql`c.label_ids @> ${`{${f.labelId}}`}::uuid[]`);
  // Through queue_rank (urgency rank, +10 when nobody waits) the queue index serves this filter too.
  if (f.urgency) out.push(sql`c.queue_rank in (${URGENCY_RANK[f.urgency]}, ${URGENCY_RANK[f.urgency] + 10})`);
  if (f.visibility) out.push(sql`c.visibility = ${f.visibility}`);
  if (f.language) out.push(sql`c.language = ${f.language}`);
  if (f.sentiment) out.push(sql`c.sentiment = ${f.sentiment}`);
  if (f.intent) out.push(sql`c.intent = ${f.intent}`);
  if (f.needsReply !== undefined) out.push(sql`c.needs_reply = ${f.needsReply}`);
  if (f.since) out.push(sql`c.created_at >= ${f.since}::timestamptz`);
  if (f.until) out.push(sql`c.created_at < ${f.until}::timestamptz`);
  return out;
}

export function scope(actor: Actor, tab: QueueTab, filters: QueueFilters): SQL[] {
  return [sql`c.account_id = ${actor.accountId}`, tabCondition(tab, actor), ...filterConditions(filters)];
}

const isoKey = (v: unknown) => (v instanceof Date ? (Number.isFinite(v.getTime()) ? v.toISOString() : 'infinity') : String(v));

/**
 * One page of a queue tab, keyset-paginated: customers who wait first, by urgency and then the
 * longest wait; then conversations where nobody waits; resolved ones newest first.
 */
export async function listQueue(opts: Ctx & { query: QueueQuery }) {
  assertCan(opts.actor, 'conversations.read');
  const { tab, limit } = opts.query;
  const r = await opts.db.execute(queueQuery(opts.actor, opts.query));
  const resolved = tab === 'resolved';
  const rows = r.rows.slice(0, limit);
  const last = rows.at(-1);
  const nextCursor =
    r.rows.length > limit && last
      ? encodeCursor(resolved ? [isoKey(last.resolved_at), last.id] : [last.queue_rank, isoKey(last.queue_at), last.id])
      : null;
  return { items: rows.map(toSummary), nextCursor };
}

/** The page query itself (one row more than asked, to know whether another page follows). */
export function queueQuery(actor: Actor, query: QueueQuery): SQL {
  const { tab, cursor, limit, ...filters } = query;
  const where = scope(actor, tab, filters);
  const resolved = tab === 'resolved';
  if (cursor) {
    if (resolved) {
      const [at, id] = decodeCursor(cursor, 2);
      where.push(sql`(c.resolved_at, c.id) < (${String(at)}::timestamptz, ${String(id)}::uuid)`);
    } else {
      const [rank, at, id] = decodeCursor(cursor, 3);
      where.push(sql`(c.queue_rank, c.queue_at, c.id) > (${Number(rank)}, ${String(at)}::timestamptz, ${String(id)}::uuid)`);
    }
  }
  const order = resolved ? sql`c.resolved_at desc, c.id desc` : sql`c.queue_rank, c.queue_at, c.id`;
  return sql`select ${SUMMARY_COLUMNS} from ${SUMMARY_FROM}
    where ${sql.join(where, sql` and `)} order by ${order} limit ${limit + 1}`;
}

const COUNT_CAP = 10_000;

/** Counts per tab, exact up to 10,000 ("10,000+" above): never a count over the whole account. */
export async function countTabs(opts: Ctx & { filters: QueueFilters }) {
  assertCan(opts.actor, 'conversations.read');
  const tabs: QueueTab[] = ['mine', 'unassigned', 'open', 'pending', 'snoozed', 'resolved'];
  // Counting needs no contact names: only the channel filter needs a join.
  const from = opts.filters.channel
    ? sql`conversations c join channel_connections cc on cc.id = c.connection_id`
    : sql`conversations c`;
  const parts = tabs.map(
    (tab) => sql`(select count(*)::int from (select 1 from ${from}
      where ${sql.join(scope(opts.actor, tab, opts.filters), sql` and `)} limit ${COUNT_CAP + 1}) s) as ${sql.identifier(tab)}`,
  );
  const row = (await opts.db.execute(sql`select ${sql.join(parts, sql`, `)}`)).rows[0] as Record<QueueTab, number>;
  return Object.fromEntries(
    tabs.map((tab) => [tab, { count: Math.min(row[tab], COUNT_CAP), capped: row[tab] > COUNT_CAP }]),
  ) as Record<QueueTab, { count: number; capped: boolean }>;
}
