/**
 * analyzeMessage: the whole analysis of one inbound message, pure and synchronous. Bad input
 * (empty, huge, lone surrogates, only emoji, control characters) gives a result, never an
 * exception: text past ANALYSED_CHARS is not looked at (the result says so), and every step is
 * linear in the text it looks at.
 */
import { DEFAULT_INTENTS, type MessageAnalysis } from '@balie/contracts';
import { classifyIntent } from './intent/classify';
import type { IntentModelState } from './intent/model';
import { detectLanguage } from './language/detect';
import { detectPii, type PiiPattern } from './pii/detect';
import { analyzeSentiment } from './sentiment/analyze';
import type { BrandProfile } from './sentiment/targets';
import { detectFormality } from './signals/formality';
import { needsReply } from './signals/needs-reply';
import { textSignals, urgencyBase, withReach, type Reach } from './signals/urgency';
import { tokenize, type TokenKinds } from './text/tokenize';

/** Bumped whenever lexicons or rules change what an analysis says, so stored ones can be redone. */
export const ANALYSIS_VERSION = 2;
/** UTF-16 units analysed; a webcare message is far shorter, an e-mail with a thread below it not always. */
export const ANALYSED_CHARS = 20_000;

export interface AnalysisContext {
  brand?: BrandProfile;
  /** channel kind (x, facebook, instagram, whatsapp, email, web_chat, …) */
  channel?: string;
  /** a public post or comment (as opposed to a DM, chat or e-mail) */
  public?: boolean;
  reach?: Reach;
  /** the account's learnt intent model (see learnIntent) */
  intentModel?: IntentModelState;
  /** account-defined PII, e.g. customer numbers */
  piiPatterns?: readonly PiiPattern[];
  /** the account's intent codes (its taxonomy); defaults to DEFAULT_INTENTS */
  intents?: readonly string[];
}

/** Filled by every tokenize call below (the analysis is synchronous, so one object serves all). */
const kinds: TokenKinds = { hasWords: false, hasEmoji: false, hasUrl: false };

export function analyzeMessage(input: string, context: AnalysisContext = {}): MessageAnalysis {
  const text = typeof input === 'string' ? input : '';
  const truncated = text.length > ANALYSED_CHARS;
  const tokens = tokenize(text, ANALYSED_CHARS, kinds);
  const { hasWords, hasEmoji, hasUrl } = kinds;
  const pii = detectPii(text, tokens, ANALYSED_CHARS, context.piiPatterns);
  const language = hasWords ? detectLanguage(text, tokens) : { code: 'und', confidence: 0 };
  const lexLang = language.code === 'en' ? 'en' : 'nl';
  const sentiment = analyzeSentiment(text, tokens, lexLang, context.brand);
  const publicPost = context.public ?? false;
  const taxonomy = context.intents && context.intents.length > 0 ? context.intents : DEFAULT_INTENTS;
  const intent = classifyIntent(
    {
      tokens,
      brandScore: sentiment.brand.score,
      sarcastic: sentiment.sarcasm.value,
      mixed: sentiment.brand.label === 'mixed',
      hasUrl,
    },
    context.intentModel,
    taxonomy,
  );
  const brandScore = sentiment.brand.score;
  const { signals, danger } = textSignals({ tokens, intent: intent.label, brandScore });
  const urgency = withReach(
    urgencyBase(intent.label, brandScore, signals, danger),
    signals,
    brandScore,
    publicPost,
    context.reach,
  );
  const analysable = hasWords || hasEmoji;
  const reply = analysable
    ? needsReply({
        tokens,
        intent: intent.label,
        brandLabel: sentiment.brand.label,
        public: publicPost,
        sarcastic: sentiment.sarcasm.value,
      })
    : { value: false, reason: 'not_analysable' as const };
  const result: MessageAnalysis = {
    version: ANALYSIS_VERSION,
    analysable,
    truncated,
    language,
    sentiment: {
      brand: sentiment.brand,
      others: sentiment.others,
      overall: sentiment.overall,
      competitors: sentiment.competitors,
    },
    sarcasm: sentiment.sarcasm,
    intent,
    needsReply: reply,
    urgency,
    formality: hasWords ? detectFormality(tokens, language.code) : { value: 'unknown', cues: [] },
    pii,
  };
  return analysable ? result : withReason(result, text.trim() === '' ? 'empty' : 'no_letters');
}

/**
 * The result of a message that cannot be analysed, with the reason right after `analysable` (where
 * readers of stored analyses find it). Rare, so the common result is one literal without a spread.
 */
function withReason(result: MessageAnalysis, notAnalysableReason: 'empty' | 'no_letters'): MessageAnalysis {
  const { version, analysable, ...rest } = result;
  return { version, analysable, notAnalysableReason, ...rest };
}

/** Urgency again with new reach figures (a public complaint gaining likes), without re-analysing. */
export function rescoreUrgency(analysis: MessageAnalysis, reach: Reach, publicPost = true): MessageAnalysis['urgency'] {
  const { base, signals } = analysis.urgency;
  return withReach(base, signals, analysis.sentiment.brand.score, publicPost, reach);
}
