import { AppError } from '@balie/contracts';
import { sql, type Db } from '@balie/db';
import { isUniqueViolation } from '../db-util';
import { createAccountWithAdmin } from '../accounts/create-account';
import { hashPassword } from '../auth/password';
import { createSession, type NewSession } from '../auth/sessions';

export async function isSetupNeeded(db: Db): Promise<boolean> {
  const r = await db.execute(sql`select exists (select 1 from installation) as done`);
  return !(r.rows[0] as { done: boolean }).done;
}

export interface NewAccountInput {
  db: Db;
  accountName: string;
  name: string;
  email: string;
  password: string;
  language: 'nl' | 'en';
  ip?: string | undefined;
  userAgent?: string | undefined;
}

/**
 * First run: creates the first account and its admin and signs them in. The singleton
 * `installation` row makes a second attempt (or two at once) fail with setup_done.
 */
export async function setupInstance(opts: NewAccountInput): Promise<{ accountId: string; userId: string; session: NewSession }> {
  const passwordHash = await hashPassword(opts.password);
  try {
    return await opts.db.transaction(async (tx) => {
      await tx.execute(sql`insert into installation (id) values (1)`);
      const { accountId, userId } = await createAccountWithAdmin({ tx, ...opts, passwordHash });
      const session = await createSession({ tx, userId, accountId, ip: opts.ip, userAgent: opts.userAgent });
      return { accountId, userId, session };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('setup_done');
    throw err;
  }
}

/** The operator's command: the first account when none exists (completing setup), or a further tenant. */
export async function createAccount(opts: NewAccountInput): Promise<{ accountId: string; userId: string }> {
  const passwordHash = await hashPassword(opts.password);
  return opts.db.transaction(async (tx) => {
    await tx.execute(sql`insert into installation (id) values (1) on conflict do nothing`);
    const { accountId, userId } = await createAccountWithAdmin({ tx, ...opts, passwordHash });
    return { accountId, userId };
  });
}
