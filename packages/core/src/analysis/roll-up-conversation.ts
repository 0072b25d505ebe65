import { sql, type Db } from '@balie/db';
import { parseJson } from './setup';
import { rollUp, type StoredAnalysis } from './roll-up';

/** The newest customer messages a roll-up looks at: enough for any real conversation's trend. */
const WINDOW = 50;

/**
 * Writes the roll-up of a conversation's analysed customer messages onto the conversation. The
 * urgency level follows the analysis until an agent sets it by hand.
 */
export async function rollUpConversation(tx: Db, conversationId: string): Promise<void> {
  const r = await tx.execute(sql`select m.analysis, m.created_at >= coalesce(c.waiting_since, 'infinity') as waiting
    from messages m join conversations c on c.id = m.conversation_id
    where m.conversation_id = ${conversationId} and m.direction = 'inbound' and m.analysis is not null and m.deleted_at is null
    order by m.created_at desc, m.id desc limit ${WINDOW}`);
  const rolled = rollUp(
    r.rows.reverse().map((row) => ({ analysis: parseJson(row.analysis) as StoredAnalysis, waiting: row.waiting === true })),
  );
  if (!rolled) return;
  await tx.execute(sql`update conversations set language = ${rolled.language}, sentiment = ${rolled.sentiment},
      sentiment_score = ${rolled.sentimentScore}, sentiment_trend = ${rolled.sentimentTrend}, intent = ${rolled.intent},
      needs_reply = ${rolled.needsReply}, urgency_score = ${rolled.urgencyScore},
      urgency = case when urgency_manual then urgency else ${rolled.urgencyLevel} end
    where id = ${conversationId}`);
}
