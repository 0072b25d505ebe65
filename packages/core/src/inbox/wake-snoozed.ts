import { sql, type Db } from '@balie/db';
import { emitEvent } from '../events/emit-event';

export const WAKE_SNOOZED_QUEUE = 'inbox.wake-snoozed';

/** Snoozed conversations whose time has come go back to the open queue. */
export async function wakeSnoozed(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    const r = await tx.execute(sql`update conversations set status = 'open', snoozed_until = null, updated_at = now()
      where status = 'snoozed' and snoozed_until <= now() returning id, account_id`);
    for (const row of r.rows) {
      await emitEvent({
        tx,
        accountId: row.account_id as string,
        type: 'conversation.updated',
        payload: { conversationId: row.id as string, changes: ['status'] },
      });
    }
    return r.rows.length;
  });
}
