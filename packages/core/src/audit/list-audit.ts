import type { AuditEntry } from '@balie/contracts';
import { sql } from '@balie/db';
import type { Ctx } from '../context';
import { iso } from '../db-util';
import { assertCan } from '../auth/assert-can';

export interface AuditFilter {
  action?: string | undefined;
  actorId?: string | undefined;
  targetType?: string | undefined;
  targetId?: string | undefined;
  since?: string | undefined;
  until?: string | undefined;
  cursor?: number | undefined;
  limit: number;
}

/** The account's audit log, newest first, filtered, keyset-paginated on id. */
export async function listAudit(opts: Ctx & { filter: AuditFilter }) {
  assertCan(opts.actor, 'audit.read');
  const f = opts.filter;
  const conditions = [sql`account_id = ${opts.actor.accountId}`];
  if (f.action) conditions.push(sql`action = ${f.action}`);
  if (f.actorId) conditions.push(sql`actor_id = ${f.actorId}`);
  if (f.targetType) conditions.push(sql`target_type = ${f.targetType}`);
  if (f.targetId) conditions.push(sql`target_id = ${f.targetId}`);
  if (f.since) conditions.push(sql`created_at >= ${f.since}::timestamptz`);
  if (f.until) conditions.push(sql`created_at < ${f.until}::timestamptz`);
  if (f.cursor) conditions.push(sql`id < ${f.cursor}`);
  const result = await opts.db.execute(sql`
    select id::int as id, actor_type, actor_id, actor_name, action, target_type, target_id, changes, ip, created_at
    from audit_log where ${sql.join(conditions, sql` and `)} order by id desc limit ${f.limit + 1}`);
  const rows = result.rows as Array<Record<string, unknown>>;
  const items: AuditEntry[] = rows.slice(0, f.limit).map((r) => ({
    id: r.id as number,
    actorType: r.actor_type as AuditEntry['actorType'],
    actorId: r.actor_id as string | null,
    actorName: r.actor_name as string | null,
    action: r.action as string,
    targetType: r.target_type as string,
    targetId: r.target_id as string | null,
    changes: r.changes as Record<string, unknown>,
    ip: r.ip as string | null,
    createdAt: iso(r.created_at as string),
  }));
  return { items, nextCursor: rows.length > f.limit ? (items.at(-1)?.id ?? null) : null };
}
