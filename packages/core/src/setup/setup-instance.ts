import { AppError } from '@balie/contracts';
import { sql, type Db } from '@balie/db';
import type { Actor } from '../context';
import { isUniqueViolation } from '../db-util';
import { recordAudit } from '../audit/record-audit';
import { hashPassword } from '../auth/password';
import { createSession, type NewSession } from '../auth/sessions';

export async function isSetupNeeded(db: Db): Promise<boolean> {
  const r = await db.execute(sql`select exists (select 1 from installation) as done`);
  return !(r.rows[0] as { done: boolean }).done;
}

/**
 * First run: creates the first account and its admin. The singleton `installation` row makes a
 * second attempt (or two at once) fail with setup_done rather than create a second admin.
 */
export async function setupInstance(opts: {
  db: Db;
  accountName: string;
  name: string;
  email: string;
  password: string;
  language: 'nl' | 'en';
  ip?: string | undefined;
  userAgent?: string | undefined;
  /** The CLI creates the admin without a browser session. */
  withSession?: boolean;
}): Promise<{ accountId: string; userId: string; session: NewSession | null }> {
  const passwordHash = await hashPassword(opts.password);
  try {
    return await opts.db.transaction(async (tx) => {
      await tx.execute(sql`insert into installation (id) values (1)`);
      const account = await tx.execute(sql`insert into accounts (name, default_language)
        values (${opts.accountName}, ${opts.language}) returning id`);
      const accountId = (account.rows[0] as { id: string }).id;
      const user = await tx.execute(sql`insert into users (email, name, password_hash)
        values (${opts.email.trim()}, ${opts.name}, ${passwordHash}) returning id`);
      const userId = (user.rows[0] as { id: string }).id;
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
      const session =
        opts.withSession === false
          ? null
          : await createSession({ tx, userId, accountId, ip: opts.ip, userAgent: opts.userAgent });
      return { accountId, userId, session };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('setup_done');
    throw err;
  }
}
