import type { ConversationInsight, Message, Urgency } from '@balie/contracts';

export type StoredAnalysis = NonNullable<Message['analysis']>;

export interface RolledUp extends ConversationInsight {
  sentimentScore: number | null;
  urgencyLevel: Urgency;
}

/** A corrected label has no score of its own: these stand in for it in trends. */
const LABEL_SCORE = { negative: -0.6, neutral: 0, positive: 0.6, mixed: 0 } as const;
/** A change in brand sentiment smaller than this between first and latest message is "steady". */
const TREND_STEP = 0.3;

export const effectiveSentiment = (a: StoredAnalysis) => a.corrected?.sentiment ?? a.sentiment.brand.label;
export const effectiveIntent = (a: StoredAnalysis) => a.corrected?.intent ?? a.intent.label;
const score = (a: StoredAnalysis) => (a.corrected?.sentiment ? LABEL_SCORE[a.corrected.sentiment] : a.sentiment.brand.score);

/**
 * The analysis raises a conversation (high, urgent) and lowers one that needs no answer (spam,
 * thanks), but does not rank ordinary questions and complaints against each other: among those
 * the longest wait comes first, as webcare teams work.
 */
function queueLevel(level: Urgency, needsReply: boolean): Urgency {
  if (level === 'high' || level === 'urgent') return level;
  return needsReply ? 'normal' : 'low';
}

/**
 * The conversation's view of its customer messages (oldest first; `waiting`: not yet answered).
 * The latest message decides sentiment and whether a reply is needed; the intent is that of the
 * latest message that needs a reply (a closing "thanks" does not turn a complaint into praise);
 * urgency is the highest among the messages still waiting. Null when nothing was analysable.
 */
export function rollUp(messages: ReadonlyArray<{ analysis: StoredAnalysis; waiting: boolean }>): RolledUp | null {
  const analysable = messages.filter((m) => m.analysis.analysable);
  const latest = analysable.at(-1)?.analysis;
  const first = analysable[0]?.analysis;
  if (!latest || !first) return null;
  const language = analysable.findLast((m) => m.analysis.language.code !== 'und')?.analysis.language.code ?? null;
  const deciding = analysable.findLast((m) => m.analysis.needsReply.value)?.analysis ?? latest;
  const waiting = analysable.filter((m) => m.waiting).map((m) => m.analysis);
  const urgent = (waiting.length > 0 ? waiting : [latest]).reduce((a, b) => (b.urgency.score > a.urgency.score ? b : a));
  const delta = score(latest) - score(first);
  return {
    language,
    sentiment: effectiveSentiment(latest),
    sentimentScore: score(latest),
    sentimentTrend: analysable.length < 2 ? null : delta > TREND_STEP ? 'better' : delta < -TREND_STEP ? 'worse' : 'steady',
    intent: effectiveIntent(deciding),
    needsReply: latest.needsReply.value,
    urgencyScore: urgent.urgency.score,
    urgencyLevel: queueLevel(urgent.urgency.level, latest.needsReply.value),
  };
}
