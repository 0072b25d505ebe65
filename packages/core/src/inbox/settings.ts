import { AppError, type ChannelKind } from '@balie/contracts';
import { sql } from '@balie/db';
import type { Ctx } from '../context';
import { iso, arrayLiteral } from '../db-util';
import { assertCan } from '../auth/assert-can';
import { recordAudit } from '../audit/record-audit';
import { createAudited } from './create-audited';

/** The inbox's account settings: channel connections, labels, resolution categories, teams. */

export async function listConnections(opts: Ctx) {
  assertCan(opts.actor, 'conversations.read');
  const r = await opts.db.execute(sql`select id, kind, name, created_at from channel_connections
    where account_id = ${opts.actor.accountId} order by created_at, id`);
  return {
    items: r.rows.map((c) => ({
      id: c.id as string,
      kind: c.kind as ChannelKind,
      name: c.name as string,
      createdAt: iso(c.created_at as Date),
    })),
  };
}

/**
 * A channel connection. `config` comes from the channel's adapter (validated there); `tokenHash`
 * is the SHA-256 of the token a source authenticates with. Neither is ever listed again.
 */
export async function createConnection(
  opts: Ctx & {
    kind: ChannelKind;
    name: string;
    config?: Record<string, unknown>;
    tokenHash?: string | undefined;
    allowPrivateNetwork?: boolean | undefined;
  },
) {
  assertCan(opts.actor, 'account.manage');
  return opts.db.transaction(async (tx) => {
    const r =
      await tx.execute(sql`insert into channel_connections (account_id, kind, name, config, token_hash, allow_private_network)
      values (${opts.actor.accountId}, ${opts.kind}, ${opts.name}, ${JSON.stringify(opts.config ?? {})}::jsonb,
        ${opts.tokenHash ?? null}, ${opts.allowPrivateNetwork ?? false}) returning id, created_at`);
    const row = r.rows[0]!;
    await recordAudit({
      tx,
      actor: opts.actor,
      action: 'connection.created',
      targetType: 'connection',
      targetId: row.id as string,
      changes: { kind: opts.kind, name: opts.name, allowPrivateNetwork: opts.allowPrivateNetwork ?? false },
    });
    return { id: row.id as string, kind: opts.kind, name: opts.name, createdAt: iso(row.created_at as Date) };
  });
}

export async function listLabels(opts: Ctx) {
  assertCan(opts.actor, 'conversations.read');
  const r = await opts.db.execute(
    sql`select id, name, color from labels where account_id = ${opts.actor.accountId} order by lower(name)`,
  );
  return { items: r.rows.map((l) => ({ id: l.id as string, name: l.name as string, color: l.color as string })) };
}

export async function createLabel(opts: Ctx & { name: string; color: string }) {
  assertCan(opts.actor, 'inbox.settings');
  return createAudited(opts, 'label', { name: opts.name }, async (tx) =>
    tx.execute(
      sql`insert into labels (account_id, name, color) values (${opts.actor.accountId}, ${opts.name}, ${opts.color}) returning id`,
    ),
  ).then((id) => ({ id, name: opts.name, color: opts.color }));
}

export async function listCategories(opts: Ctx) {
  assertCan(opts.actor, 'conversations.read');
  const r = await opts.db.execute(
    sql`select id, name from resolution_categories where account_id = ${opts.actor.accountId} order by lower(name)`,
  );
  return { items: r.rows.map((c) => ({ id: c.id as string, name: c.name as string })) };
}

export async function createCategory(opts: Ctx & { name: string }) {
  assertCan(opts.actor, 'inbox.settings');
  return createAudited(opts, 'category', { name: opts.name }, async (tx) =>
    tx.execute(
      sql`insert into resolution_categories (account_id, name) values (${opts.actor.accountId}, ${opts.name}) returning id`,
    ),
  ).then((id) => ({ id, name: opts.name }));
}

export async function listTeams(opts: Ctx) {
  assertCan(opts.actor, 'conversations.read');
  const r = await opts.db
    .execute(sql`select t.id, t.name, coalesce(array_agg(tm.user_id) filter (where tm.user_id is not null), '{}') as member_ids
    from teams t left join team_members tm on tm.team_id = t.id
    where t.account_id = ${opts.actor.accountId} group by t.id order by lower(t.name)`);
  return {
    items: r.rows.map((t) => ({ id: t.id as string, name: t.name as string, memberIds: (t.member_ids as string[]) ?? [] })),
  };
}

export async function createTeam(opts: Ctx & { name: string; memberIds: string[] }) {
  assertCan(opts.actor, 'inbox.settings');
  const memberIds = [...new Set(opts.memberIds)];
  const id = await createAudited(opts, 'team', { name: opts.name }, async (tx) => {
    const r = await tx.execute(
      sql`insert into teams (account_id, name) values (${opts.actor.accountId}, ${opts.name}) returning id`,
    );
    const teamId = (r.rows[0] as { id: string }).id;
    if (memberIds.length > 0) {
      const added = await tx.execute(sql`insert into team_members (team_id, user_id, account_id)
        select ${teamId}, m.user_id, m.account_id from memberships m
        where m.account_id = ${opts.actor.accountId} and m.user_id = any(${arrayLiteral(memberIds)}::uuid[]) returning user_id`);
      if (added.rows.length !== memberIds.length) throw new AppError('not_a_member');
    }
    return r;
  });
  return { id, name: opts.name, memberIds };
}
