import type { Presence } from '@balie/contracts';
import { sql, type Database } from '@balie/db';

export const PRESENCE_CHANNEL = 'balie_presence';

/**
 * Presence (viewing, typing) is ephemeral: it goes out over NOTIFY to every process and is never
 * stored. A process that restarts simply waits for the next repeat from each client.
 */
export async function publishPresence(database: Database, accountId: string, presence: Presence): Promise<void> {
  await database.db.execute(sql`select pg_notify(${PRESENCE_CHANNEL}, ${JSON.stringify({ accountId, presence })})`);
}

export async function subscribePresence(
  database: Database,
  onPresence: (accountId: string, presence: Presence) => void,
): Promise<() => Promise<void>> {
  return database.listen(PRESENCE_CHANNEL, (payload) => {
    try {
      const { accountId, presence } = JSON.parse(payload) as { accountId: string; presence: Presence };
      onPresence(accountId, presence);
    } catch {
      // A malformed notification is dropped: presence is best-effort by nature.
    }
  });
}
