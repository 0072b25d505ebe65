import { AppError } from '@balie/contracts';
import { sql, type Db } from '@balie/db';

const FREE_FAILURES = 5;
const FIRST_LOCK_SECONDS = 30;
const MAX_LOCK_SECONDS = 3600;

/** Refuses a sign-in while the address is locked; the lock doubles with each further failure. */
export async function assertNotLocked(db: Db, key: string): Promise<void> {
  const result = await db.execute(sql`
    select ceil(extract(epoch from locked_until - now()))::int as wait from login_throttle
    where key = ${key} and locked_until > now()`);
  const row = result.rows[0] as { wait: number } | undefined;
  if (row) throw new AppError('login_locked', undefined, { retryAfterSeconds: row.wait });
}

export async function recordLoginFailure(db: Db, key: string): Promise<void> {
  await db.execute(sql`
    insert into login_throttle (key, failures, last_failure_at) values (${key}, 1, now())
    on conflict (key) do update set
      failures = case when login_throttle.last_failure_at < now() - interval '1 day' then 1
                      else login_throttle.failures + 1 end,
      last_failure_at = now(),
      locked_until = case when login_throttle.failures + 1 >= ${FREE_FAILURES}
        then now() + make_interval(secs => least(${MAX_LOCK_SECONDS},
               ${FIRST_LOCK_SECONDS} * power(2, login_throttle.failures + 1 - ${FREE_FAILURES})))
        else null end`);
}

export async function clearLoginFailures(db: Db, key: string): Promise<void> {
  await db.execute(sql`delete from login_throttle where key = ${key}`);
}
