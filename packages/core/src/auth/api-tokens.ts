import { AppError, type Role } from '@balie/contracts';
import { sql } from '@balie/db';
import type { Actor, Ctx } from '../context';
import { iso, isoOrNull } from '../db-util';
import { recordAudit } from '../audit/record-audit';
import { emitEvent } from '../events/emit-event';
import { assertCan } from './assert-can';
import { hashSecret, newSecret } from './secret-token';
import type { Db } from '@balie/db';

interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  role: Role;
  created_at: Date | string;
  last_used_at: Date | string | null;
}

function toToken(r: TokenRow) {
  return {
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    role: r.role,
    createdAt: iso(r.created_at),
    lastUsedAt: isoOrNull(r.last_used_at),
  };
}

export async function listApiTokens(opts: Ctx) {
  assertCan(opts.actor, 'tokens.manage');
  const r = await opts.db.execute(sql`select id, name, prefix, role, created_at, last_used_at from api_tokens
    where account_id = ${opts.actor.accountId} and revoked_at is null order by created_at desc, id`);
  return { items: (r.rows as unknown as TokenRow[]).map(toToken) };
}

/** Creates a token for integrations; the secret is returned once and stored only as a hash. */
export async function createApiToken(opts: Ctx & { name: string; role: Role }) {
  assertCan(opts.actor, 'tokens.manage');
  const { actor } = opts;
  const secret = newSecret('balie');
  return opts.db.transaction(async (tx) => {
    const r = await tx.execute(sql`
      insert into api_tokens (account_id, name, token_hash, prefix, role, created_by)
      values (${actor.accountId}, ${opts.name}, ${hashSecret(secret)}, ${secret.slice(0, 12)}, ${opts.role},
              ${actor.type === 'user' ? actor.id : null})
      returning id, name, prefix, role, created_at, last_used_at`);
    const token = toToken(r.rows[0] as unknown as TokenRow);
    await recordAudit({
      tx,
      actor,
      action: 'api_token.created',
      targetType: 'api_token',
      targetId: token.id,
      changes: { name: opts.name, role: opts.role },
    });
    await emitEvent({
      tx,
      accountId: actor.accountId,
      type: 'api_token.created',
      payload: { tokenId: token.id, name: opts.name, role: opts.role },
      actorId: actor.id,
    });
    return { ...token, token: secret };
  });
}

export async function revokeApiToken(opts: Ctx & { tokenId: string }): Promise<void> {
  assertCan(opts.actor, 'tokens.manage');
  const { actor } = opts;
  await opts.db.transaction(async (tx) => {
    const r = await tx.execute(sql`update api_tokens set revoked_at = now()
      where id = ${opts.tokenId} and account_id = ${actor.accountId} and revoked_at is null returning name`);
    if (r.rows.length === 0) throw new AppError('not_found');
    await recordAudit({ tx, actor, action: 'api_token.revoked', targetType: 'api_token', targetId: opts.tokenId });
    await emitEvent({
      tx,
      accountId: actor.accountId,
      type: 'api_token.revoked',
      payload: { tokenId: opts.tokenId },
      actorId: actor.id,
    });
  });
}

/** Resolves a bearer token to the actor it stands for (its account and role). */
export async function resolveApiToken(opts: { db: Db; secret: string; ip?: string | undefined }): Promise<Actor> {
  const r = await opts.db.execute(sql`
    with t as (
      select id, name, account_id, role, last_used_at from api_tokens
      where token_hash = ${hashSecret(opts.secret)} and revoked_at is null
    ), touch as (
      -- at most one write a minute per token, not one per request
      update api_tokens set last_used_at = now() where id = (select id from t)
        and (last_used_at is null or last_used_at < now() - interval '1 minute')
    )
    select id, name, account_id, role from t`);
  const row = r.rows[0] as { id: string; name: string; account_id: string; role: Role } | undefined;
  if (!row) throw new AppError('invalid_token');
  return { type: 'token', id: row.id, name: row.name, accountId: row.account_id, role: row.role, ip: opts.ip };
}
