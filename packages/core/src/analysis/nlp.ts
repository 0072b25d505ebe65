/**
 * The one place core calls packages/nlp: the analysis of a message with the account's setup, and
 * teaching the account's intent model. Analysis is pure and takes microseconds, so it runs inside
 * the transaction that stores the message.
 */
import type { MessageAnalysis, ReachFigures } from '@balie/contracts';
import {
  analyzeMessage,
  createIntentModel,
  learnIntent,
  rescoreUrgency,
  type AnalysisContext,
  type BrandProfile,
  type IntentModelState,
  type PiiPattern,
} from '@balie/nlp';

export interface AnalysisSetup {
  brand: BrandProfile;
  /** The account's intent codes; null: the default taxonomy. */
  intents: string[] | null;
  piiPatterns: PiiPattern[];
  model: IntentModelState | null;
  /** The account's language: messages in a language PostgreSQL does not stem are searched in it. */
  defaultLanguage: string;
}

export function analyze(
  setup: AnalysisSetup,
  text: string,
  message: { channel: string; visibility: 'public' | 'private'; reach?: ReachFigures | null },
): MessageAnalysis {
  // Built as a typed object (not spread in) so a renamed option is a compile error, not ignored.
  const context: AnalysisContext = {
    brand: setup.brand,
    channel: message.channel,
    public: message.visibility === 'public',
    piiPatterns: setup.piiPatterns,
  };
  if (setup.intents) context.intents = setup.intents;
  if (setup.model) context.intentModel = setup.model;
  if (message.reach) context.reach = message.reach;
  return analyzeMessage(text, context);
}

/**
 * The urgency of an analysed message with new reach figures, without analysing the text again.
 * It starts from the text-only score (`base`), so reach can raise urgency but never take it below
 * what the text gives. Null for an analysis stored before `base` existed: re-analysis applies it.
 */
export function rescore(
  analysis: MessageAnalysis,
  reach: ReachFigures,
  visibility: 'public' | 'private',
): MessageAnalysis['urgency'] | null {
  if (typeof analysis.urgency.base !== 'number') return null;
  return rescoreUrgency(analysis, reach, visibility === 'public');
}

export function teachIntent(model: IntentModelState | null, text: string, intent: string): IntentModelState {
  return learnIntent(model ?? createIntentModel(), text, intent);
}

/** The search configuration follows the detected language when it is one PostgreSQL stems. */
export function searchLanguage(analysis: MessageAnalysis, setup: AnalysisSetup): string {
  const { code, confidence } = analysis.language;
  return (code === 'nl' || code === 'en') && confidence >= 0.5 ? code : setup.defaultLanguage;
}
