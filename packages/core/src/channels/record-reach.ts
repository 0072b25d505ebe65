import { AppError, type ReachFigures } from '@balie/contracts';
import { sql, type Db } from '@balie/db';
import { recordAudit } from '../audit/record-audit';
import { emitEvent } from '../events/emit-event';
import { rescore } from '../analysis/nlp';
import { mergeFigures, readReach, sameFigures, storedReach } from '../analysis/reach';
import type { StoredAnalysis } from '../analysis/roll-up';
import { parseJson } from '../analysis/setup';
import { rollUpConversation } from '../analysis/roll-up-conversation';

export interface ReachReport {
  connectionId: string;
  /** The channel's id of the message (the API channel's `messageId`). */
  externalId: string;
  figures: ReachFigures;
  /** When the channel counted these figures; a report older than the stored one is ignored. */
  observedAt?: string | undefined;
}

export type ReachOutcome = 'updated' | 'unchanged' | 'stale';

/**
 * New reach figures for a customer's message that a channel delivered before (a public complaint
 * gaining likes). The figures are stored; the message's urgency is re-scored from its text-only
 * base (no re-analysis, so reach never takes it below what the text gives) and rolled up onto the
 * conversation, where a level an agent set by hand stays. When the urgency moved, the change is
 * audited and `conversation.updated` re-sorts the agents' queues, in the same transaction.
 * Idempotent: the same figures again, or older ones, change nothing. Another connection's or
 * account's message is "not found".
 */
export async function recordReach(opts: {
  db: Db;
  accountId: string;
  report: ReachReport;
}): Promise<{ outcome: ReachOutcome; messageId: string }> {
  const { accountId, report } = opts;
  return opts.db.transaction(async (tx) => {
    const row = (
      await tx.execute(sql`select m.id, m.conversation_id, m.visibility, m.analysis, m.reach, cc.name as connection_name
        from messages m join channel_connections cc on cc.id = m.connection_id and cc.account_id = ${accountId}
        where m.connection_id = ${report.connectionId} and m.external_id = ${report.externalId} and m.direction = 'inbound'
        for update of m`)
    ).rows[0];
    if (!row) throw new AppError('not_found', 'No message with this messageId was received on this connection (yet).');
    const messageId = row.id as string;
    const stored = readReach(row.reach);
    const observedAt = report.observedAt ?? null;
    if (observedAt && stored?.observedAt && Date.parse(observedAt) < Date.parse(stored.observedAt))
      return { outcome: 'stale', messageId };

    const figures = mergeFigures(stored?.figures, report.figures);
    const unchanged = stored !== null && sameFigures(stored.figures, figures);
    const newerTime = observedAt ?? stored?.observedAt ?? null;
    if (unchanged && newerTime === stored.observedAt) return { outcome: 'unchanged', messageId };

    const analysis = parseJson(row.analysis) as StoredAnalysis | null;
    const urgency = analysis ? rescore(analysis, figures, row.visibility as 'public' | 'private') : null;
    const moved = analysis !== null && urgency !== null && JSON.stringify(urgency) !== JSON.stringify(analysis.urgency);
    await tx.execute(sql`update messages set reach = ${storedReach(figures, newerTime)}::jsonb
        ${moved ? sql`, analysis = ${JSON.stringify({ ...analysis, urgency })}::jsonb` : sql``}
      where id = ${messageId}`);
    if (unchanged) return { outcome: 'unchanged', messageId };
    if (!moved) return { outcome: 'updated', messageId };

    const conversationId = row.conversation_id as string;
    await rollUpConversation(tx, conversationId);
    await recordAudit({
      tx,
      actor: { type: 'system', id: null, name: row.connection_name as string, accountId },
      action: 'message.reach_rescored',
      targetType: 'message',
      targetId: messageId,
      changes: {
        reach: figures,
        urgency: {
          from: { score: analysis.urgency.score, level: analysis.urgency.level },
          to: { score: urgency.score, level: urgency.level },
        },
      },
    });
    await emitEvent({ tx, accountId, type: 'conversation.updated', payload: { conversationId, changes: ['urgency'] } });
    return { outcome: 'updated', messageId };
  });
}
