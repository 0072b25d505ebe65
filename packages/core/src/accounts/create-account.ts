import { AppError } from '@balie/contracts';
import { sql, type Db } from '@balie/db';
import type { Actor } from '../context';
import { isUniqueViolation } from '../db-util';
import { recordAudit } from '../audit/record-audit';

/**
 * Creates an account (a company's webcare team) with its first admin, in the caller's
 * transaction. Used by first-run setup and by the `admin create` command for further tenants.
 */
export async function createAccountWithAdmin(opts: {
  tx: Db;
  accountName: string;
  language: 'nl' | 'en';
  name: string;
  email: string;
  passwordHash: string;
  ip?: string | undefined;
}): Promise<{ accountId: string; userId: string; actor: Actor }> {
  const { tx } = opts;
  const account = await tx.execute(sql`insert into accounts (name, default_language)
    values (${opts.accountName}, ${opts.language}) returning id`);
  const accountId = (account.rows[0] as { id: string }).id;
  let userId: string;
  try {
    const user = await tx.execute(sql`insert into users (email, name, password_hash)
      values (${opts.email.trim()}, ${opts.name}, ${opts.passwordHash}) returning id`);
    userId = (user.rows[0] as { id: string }).id;
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('email_taken');
    throw err;
  }
  await tx.execute(sql`insert into memberships (account_id, user_id, role) values (${accountId}, ${userId}, 'admin')`);
  const actor: Actor = { type: 'user', id: userId, name: opts.name, accountId, role: 'admin', ip: opts.ip };
  await recordAudit({
    tx,
    actor,
    action: 'account.created',
    targetType: 'account',
    targetId: accountId,
    changes: { name: opts.accountName, adminEmail: opts.email },
  });
  return { accountId, userId, actor };
}
