import { sql } from '@balie/db';
import type { Ctx } from '../context';
import { recordAudit } from '../audit/record-audit';

/** Ends one session (this browser). */
export async function signOut(opts: Ctx & { sessionId: string }): Promise<void> {
  await opts.db.transaction(async (tx) => {
    await tx.execute(sql`delete from sessions where id = ${opts.sessionId} and user_id = ${opts.actor.id}`);
    await recordAudit({ tx, actor: opts.actor, action: 'session.ended', targetType: 'session', targetId: opts.sessionId });
  });
}

/** Ends every session of the signed-in user, on every device and in every account. */
export async function signOutEverywhere(opts: Ctx): Promise<number> {
  return opts.db.transaction(async (tx) => {
    const r = await tx.execute(sql`delete from sessions where user_id = ${opts.actor.id} returning id`);
    await recordAudit({
      tx,
      actor: opts.actor,
      action: 'session.ended_everywhere',
      targetType: 'user',
      targetId: opts.actor.id,
      changes: { sessions: r.rows.length },
    });
    return r.rows.length;
  });
}
