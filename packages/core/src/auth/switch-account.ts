import { AppError } from '@balie/contracts';
import { sql } from '@balie/db';
import type { Ctx } from '../context';
import { recordAudit } from '../audit/record-audit';

/** Moves the current session to another account the user is a member of. */
export async function switchAccount(opts: Ctx & { sessionId: string; accountId: string }): Promise<void> {
  const r = await opts.db.execute(sql`
    update sessions s set account_id = ${opts.accountId}
    where s.id = ${opts.sessionId} and s.user_id = ${opts.actor.id}
      and exists (select 1 from memberships m where m.user_id = s.user_id and m.account_id = ${opts.accountId})
    returning s.id`);
  if (r.rows.length === 0) throw new AppError('not_found');
  // Recorded in the account being entered, where its admins look.
  await recordAudit({
    tx: opts.db,
    actor: { ...opts.actor, accountId: opts.accountId },
    action: 'session.switched_account',
    targetType: 'session',
    targetId: opts.sessionId,
    changes: { from: opts.actor.accountId },
  });
}
