import { AppError, type Role } from '@balie/contracts';
import { sql, type Db } from '@balie/db';
import { csrfTokenFor, hashSecret, newSecret } from './secret-token';

export const SESSION_TTL_DAYS = 14;

export interface NewSession {
  id: string;
  /** The cookie value; only its hash is stored. */
  secret: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function createSession(opts: {
  tx: Db;
  userId: string;
  accountId: string;
  ip?: string | undefined;
  userAgent?: string | undefined;
}): Promise<NewSession> {
  const secret = newSecret('bls');
  const result = await opts.tx.execute(sql`
    insert into sessions (token_hash, user_id, account_id, expires_at, ip, user_agent)
    values (${hashSecret(secret)}, ${opts.userId}, ${opts.accountId},
            now() + make_interval(days => ${SESSION_TTL_DAYS}), ${opts.ip ?? null}, ${opts.userAgent?.slice(0, 300) ?? null})
    returning id, expires_at`);
  const row = result.rows[0] as { id: string; expires_at: Date | string };
  return { id: row.id, secret, csrfToken: csrfTokenFor(secret), expiresAt: new Date(row.expires_at) };
}

export interface ResolvedSession {
  sessionId: string;
  userId: string;
  userName: string;
  userEmail: string;
  accountId: string;
  role: Role;
  csrfToken: string;
}

/**
 * Finds the live session for a cookie secret. The membership is joined on every request, so a
 * removed member or a changed role takes effect at once. Expiry slides, renewed at most hourly.
 */
export async function resolveSession(opts: { db: Db; secret: string }): Promise<ResolvedSession> {
  const result = await opts.db.execute(sql`
    select s.id, s.user_id, s.account_id, s.expires_at < now() as expired,
           s.last_seen_at < now() - interval '1 hour' as stale, u.name, u.email, m.role
    from sessions s join users u on u.id = s.user_id
    left join memberships m on m.user_id = s.user_id and m.account_id = s.account_id
    where s.token_hash = ${hashSecret(opts.secret)}`);
  const row = result.rows[0] as
    | {
        id: string;
        user_id: string;
        account_id: string;
        expired: boolean;
        stale: boolean;
        name: string;
        email: string;
        role: Role | null;
      }
    | undefined;
  if (!row) throw new AppError('unauthenticated');
  if (row.expired || !row.role) {
    await opts.db.execute(sql`delete from sessions where id = ${row.id}`);
    throw new AppError('session_expired');
  }
  if (row.stale) {
    await opts.db.execute(sql`update sessions set last_seen_at = now(),
      expires_at = now() + make_interval(days => ${SESSION_TTL_DAYS}) where id = ${row.id}`);
  }
  return {
    sessionId: row.id,
    userId: row.user_id,
    userName: row.name,
    userEmail: row.email,
    accountId: row.account_id,
    role: row.role,
    csrfToken: csrfTokenFor(opts.secret),
  };
}
