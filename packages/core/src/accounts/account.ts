import { AppError } from '@balie/contracts';
import { sql } from '@balie/db';
import type { Ctx } from '../context';
import { iso } from '../db-util';
import { recordAudit } from '../audit/record-audit';
import { emitEvent } from '../events/emit-event';
import { assertCan } from '../auth/assert-can';

interface AccountRow {
  id: string;
  name: string;
  default_language: 'nl' | 'en';
  crm_url_template: string | null;
  created_at: Date | string;
}

export async function getAccount(opts: Ctx) {
  const r = await opts.db.execute(
    sql`select id, name, default_language, crm_url_template, created_at from accounts where id = ${opts.actor.accountId}`,
  );
  const row = r.rows[0] as AccountRow | undefined;
  if (!row) throw new AppError('not_found');
  return {
    id: row.id,
    name: row.name,
    defaultLanguage: row.default_language,
    crmUrlTemplate: row.crm_url_template,
    createdAt: iso(row.created_at),
  };
}

export async function updateAccount(
  opts: Ctx & {
    name?: string | undefined;
    defaultLanguage?: 'nl' | 'en' | undefined;
    crmUrlTemplate?: string | null | undefined;
  },
) {
  assertCan(opts.actor, 'account.manage');
  const { actor } = opts;
  return opts.db.transaction(async (tx) => {
    const before = await tx.execute(
      sql`select name, default_language, crm_url_template from accounts where id = ${actor.accountId} for update`,
    );
    const old = before.rows[0] as { name: string; default_language: 'nl' | 'en'; crm_url_template: string | null };
    const next = { name: opts.name ?? old.name, defaultLanguage: opts.defaultLanguage ?? old.default_language };
    const crm = opts.crmUrlTemplate === undefined ? old.crm_url_template : opts.crmUrlTemplate;
    const changes: Record<string, { from: string | null; to: string | null }> = {};
    if (crm !== old.crm_url_template) changes.crmUrlTemplate = { from: old.crm_url_template, to: crm };
    if (next.name !== old.name) changes.name = { from: old.name, to: next.name };
    if (next.defaultLanguage !== old.default_language)
      changes.defaultLanguage = { from: old.default_language, to: next.defaultLanguage };
    if (Object.keys(changes).length > 0) {
      await tx.execute(
        sql`update accounts set name = ${next.name}, default_language = ${next.defaultLanguage}, crm_url_template = ${crm}
          where id = ${actor.accountId}`,
      );
      await recordAudit({ tx, actor, action: 'account.updated', targetType: 'account', targetId: actor.accountId, changes });
      await emitEvent({ tx, accountId: actor.accountId, type: 'account.updated', payload: next, actorId: actor.id });
    }
    return getAccount({ db: tx, actor });
  });
}

/** The accounts a user belongs to, for the account switcher. */
export async function listUserAccounts(opts: Ctx) {
  const r = await opts.db.execute(sql`select a.id, a.name, m.role from memberships m join accounts a on a.id = m.account_id
    where m.user_id = ${opts.actor.id} order by a.name, a.id`);
  return r.rows as Array<{ id: string; name: string; role: 'admin' | 'supervisor' | 'agent' | 'viewer' }>;
}
