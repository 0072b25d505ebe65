import { AppError } from '@balie/contracts';
import { sql, type Db } from '@balie/db';
import { SUMMARY_COLUMNS, SUMMARY_FROM, toSummary, type ConversationRow } from './conversation-row';

/** One conversation of the account, locked for update when asked; another account's id is "not found". */
export async function loadConversationRow(
  db: Db,
  accountId: string,
  conversationId: string,
  lock = false,
): Promise<ConversationRow> {
  const r = await db.execute(sql`select ${SUMMARY_COLUMNS} from ${SUMMARY_FROM}
    where c.id = ${conversationId} and c.account_id = ${accountId} ${lock ? sql`for update of c` : sql``}`);
  const row = r.rows[0];
  if (!row) throw new AppError('not_found');
  return row;
}

export async function loadConversation(db: Db, accountId: string, conversationId: string) {
  return toSummary(await loadConversationRow(db, accountId, conversationId));
}
