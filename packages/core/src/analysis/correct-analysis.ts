import { AppError, DEFAULT_INTENTS, type SentimentLabel } from '@balie/contracts';
import { sql } from '@balie/db';
import type { Ctx } from '../context';
import { assertCan } from '../auth/assert-can';
import { recordAudit } from '../audit/record-audit';
import { emitEvent } from '../events/emit-event';
import { teachIntent } from './nlp';
import { effectiveIntent, effectiveSentiment, type StoredAnalysis } from './roll-up';
import { loadAnalysisSetup, parseJson } from './setup';
import { rollUpConversation } from './roll-up-conversation';

export type Correction = { field: 'sentiment'; value: SentimentLabel } | { field: 'intent'; value: string };

/**
 * An agent's one-click correction of a customer message's sentiment (toward the brand) or intent.
 * The correction is kept beside the analysis (re-analysis applies it again), rolled up on the
 * conversation, and an intent correction teaches the account's intent model, so later messages
 * like this one are labelled as the agent said.
 */
export async function correctAnalysis(opts: Ctx & { messageId: string; correction: Correction }) {
  assertCan(opts.actor, 'conversations.work');
  const { actor, correction } = opts;
  return opts.db.transaction(async (tx) => {
    const row = (
      await tx.execute(sql`select m.conversation_id, m.body, m.analysis from messages m
        where m.id = ${opts.messageId} and m.account_id = ${actor.accountId} and m.direction = 'inbound' for update`)
    ).rows[0];
    if (!row) throw new AppError('not_found', 'Unknown message.');
    if (!row.analysis) throw new AppError('validation_failed', 'This message has no analysis to correct.');
    const analysis = parseJson(row.analysis) as StoredAnalysis;
    // Teachings of one account take turns: two at once would each extend the same model and the
    // second write would drop the first's example. NO KEY UPDATE leaves inserts that refer to the
    // account (its messages) unblocked.
    if (correction.field === 'intent')
      await tx.execute(sql`select 1 from accounts where id = ${actor.accountId} for no key update`);
    const setup = await loadAnalysisSetup(tx, actor.accountId);
    if (correction.field === 'intent' && !(setup.intents ?? (DEFAULT_INTENTS as readonly string[])).includes(correction.value))
      throw new AppError('validation_failed', 'Not an intent of this account.');
    const previous = correction.field === 'sentiment' ? effectiveSentiment(analysis) : effectiveIntent(analysis);
    const corrected: StoredAnalysis = { ...analysis, corrected: { ...analysis.corrected, [correction.field]: correction.value } };
    await tx.execute(sql`update messages set analysis = ${JSON.stringify(corrected)}::jsonb where id = ${opts.messageId}`);
    await tx.execute(sql`insert into analysis_corrections (account_id, message_id, field, value, previous, user_id)
      values (${actor.accountId}, ${opts.messageId}, ${correction.field}, ${correction.value}, ${previous},
        ${actor.type === 'user' ? actor.id : null})`);
    if (correction.field === 'intent') {
      const model = teachIntent(setup.model, row.body as string, correction.value);
      await tx.execute(sql`insert into intent_models (account_id, state, examples) values (${actor.accountId}, ${JSON.stringify(model)}::jsonb, 1)
        on conflict (account_id) do update set state = excluded.state, examples = intent_models.examples + 1, updated_at = now()`);
    }
    const conversationId = row.conversation_id as string;
    await rollUpConversation(tx, conversationId);
    await recordAudit({
      tx,
      actor,
      action: 'analysis.corrected',
      targetType: 'message',
      targetId: opts.messageId,
      changes: { [correction.field]: { from: previous, to: correction.value } },
    });
    await emitEvent({
      tx,
      accountId: actor.accountId,
      type: 'conversation.updated',
      payload: { conversationId, changes: ['analysis'] },
      actorId: actor.id,
    });
    return { messageId: opts.messageId, field: correction.field, value: correction.value, previous };
  });
}
