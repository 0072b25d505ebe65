import { AppError, type Role } from '@balie/contracts';
import { sql, type Db } from '@balie/db';
import type { Actor } from '../context';
import { recordAudit } from '../audit/record-audit';
import { assertNotLocked, clearLoginFailures, recordLoginFailure } from './login-throttle';
import { dummyPasswordHash, verifyPassword } from './password';
import { createSession, type NewSession } from './sessions';

/**
 * Password sign-in. Unknown address and wrong password give the same answer after the same work;
 * repeated failures lock the address with a doubling back-off.
 */
export async function signIn(opts: {
  db: Db;
  email: string;
  password: string;
  ip?: string | undefined;
  userAgent?: string | undefined;
}): Promise<NewSession> {
  const key = opts.email.trim().toLowerCase();
  await assertNotLocked(opts.db, key);
  const found = await opts.db.execute(sql`
    select u.id, u.name, u.password_hash, m.account_id, m.role from users u
    left join memberships m on m.user_id = u.id
    where lower(u.email) = ${key} order by m.created_at limit 1`);
  const user = found.rows[0] as
    { id: string; name: string; password_hash: string; account_id: string | null; role: Role | null } | undefined;
  const ok = await verifyPassword(opts.password, user?.password_hash ?? (await dummyPasswordHash()));
  if (!ok || !user?.account_id || !user.role) {
    await recordLoginFailure(opts.db, key);
    throw new AppError('invalid_credentials');
  }
  await clearLoginFailures(opts.db, key);
  return opts.db.transaction(async (tx) => {
    const session = await createSession({
      tx,
      userId: user.id,
      accountId: user.account_id!,
      ip: opts.ip,
      userAgent: opts.userAgent,
    });
    const actor: Actor = {
      type: 'user',
      id: user.id,
      name: user.name,
      accountId: user.account_id!,
      role: user.role!,
      ip: opts.ip,
    };
    await recordAudit({
      tx,
      actor,
      action: 'session.created',
      targetType: 'session',
      targetId: session.id,
      changes: { userAgent: opts.userAgent ?? null },
    });
    return session;
  });
}
