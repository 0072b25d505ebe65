/**
 * The analysis of one inbound message as @balie/nlp produces it: language, sentiment toward the
 * account's brand and toward others, sarcasm, intent, needs-reply, urgency, formality and PII.
 * Stored with the message and shown in the agent app. Labels are machine codes; the UI translates.
 */
import { z } from 'zod';
import { ChannelKind, Urgency } from './primitives';

/** Languages the analyzers know words for; anything else is reported as its ISO code or 'und'. */
export const AnalysisLanguage = z.string().min(2).max(3);
export const SentimentLabel = z.enum(['negative', 'neutral', 'positive', 'mixed']);
export type SentimentLabel = z.infer<typeof SentimentLabel>;

/** The default webcare taxonomy; an account may add, rename or drop intents (codes, not text). */
const DEFAULT_INTENT_CODES = [
  'complaint',
  'question',
  'outage',
  'billing',
  'delivery',
  'cancellation',
  'praise',
  'feedback',
  'sales_lead',
  'spam',
  'abuse',
] as const;
export const DefaultIntent = z.enum(DEFAULT_INTENT_CODES);
/** The default taxonomy as a plain list, so an account's own list (string[]) can stand in for it. */
export const DEFAULT_INTENTS: readonly string[] = DEFAULT_INTENT_CODES;
export type DefaultIntent = z.infer<typeof DefaultIntent>;
export const IntentCode = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/)
  .describe('an intent code from the account taxonomy');

export const UrgencySignal = z.enum([
  'outage_many',
  'threat_safety',
  'vulnerable_customer',
  'deadline_today',
  'churn_risk',
  'reach',
]);
export type UrgencySignal = z.infer<typeof UrgencySignal>;

export const PiiType = z.enum([
  'iban',
  'bsn',
  'phone',
  'email',
  'postcode',
  'address',
  'date_of_birth',
  'payment_card',
  'custom',
]);
export type PiiType = z.infer<typeof PiiType>;

export const NeedsReplyReason = z.enum([
  'question',
  'request',
  'complaint',
  'problem_report',
  'private_channel',
  'brand_bashing',
  'spam',
  'thanks_only',
  'not_analysable',
  'no_content',
]);
export type NeedsReplyReason = z.infer<typeof NeedsReplyReason>;

export const Formality = z.enum(['formal', 'informal', 'unknown']);
export type Formality = z.infer<typeof Formality>;

/** Why a message could not be analysed (nothing but emoji is still analysable: sentiment). */
export const NotAnalysableReason = z.enum(['empty', 'no_letters']);

/** A span of the (original) text, UTF-16 offsets, end exclusive. */
export const TextSpan = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });

/** A phrase that moved the sentiment, with the weight it contributed after negation etc. */
export const SentimentPhrase = TextSpan.extend({
  text: z.string(),
  weight: z.number(),
  /** what changed it: negated, intensified, diminished, contrast, sarcasm, emoji */
  modifiers: z.array(z.string()),
});

export const TargetSentiment = z.object({
  label: SentimentLabel,
  /** −1 … +1 */
  score: z.number().min(-1).max(1),
  phrases: z.array(SentimentPhrase),
});
export type TargetSentiment = z.infer<typeof TargetSentiment>;

export const PiiMatch = TextSpan.extend({
  type: PiiType,
  value: z.string(),
  /** for custom patterns: the pattern's name */
  name: z.string().optional(),
});
export type PiiMatch = z.infer<typeof PiiMatch>;

export const MessageAnalysis = z.object({
  /** bumped when lexicons or rules change, so old analyses can be recomputed */
  version: z.number().int(),
  analysable: z.boolean(),
  notAnalysableReason: NotAnalysableReason.optional(),
  /** the text was longer than the analysers look at; what follows the limit was not analysed */
  truncated: z.boolean(),
  language: z.object({ code: AnalysisLanguage, confidence: z.number().min(0).max(1) }),
  sentiment: z.object({
    brand: TargetSentiment,
    others: TargetSentiment,
    /** the whole message regardless of target */
    overall: TargetSentiment,
    /** which competitors (as named in the brand profile) the message is about */
    competitors: z.array(z.string()),
  }),
  sarcasm: z.object({ value: z.boolean(), cues: z.array(z.string()) }),
  intent: z.object({
    label: IntentCode,
    confidence: z.number().min(0).max(1),
    alternatives: z.array(z.object({ label: IntentCode, confidence: z.number().min(0).max(1) })),
    /** rules, model or both agreed */
    source: z.enum(['rules', 'model', 'combined']),
  }),
  needsReply: z.object({ value: z.boolean(), reason: NeedsReplyReason }),
  urgency: z.object({
    /** 0 … 1; the queue maps it to a level */
    score: z.number().min(0).max(1),
    /** the score before reach was added: rescoring with new reach figures starts from it */
    base: z.number().min(0).max(1),
    level: Urgency,
    signals: z.array(UrgencySignal),
  }),
  formality: z.object({ value: Formality, cues: z.array(z.string()) }),
  pii: z.array(PiiMatch),
});
export type MessageAnalysis = z.infer<typeof MessageAnalysis>;

/** One line of `npm run analyze` input. */
export const AnalyzeInputLine = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  channel: ChannelKind.or(z.string()).optional(),
  public: z.boolean().optional(),
  reach: z
    .object({
      followers: z.number().min(0).optional(),
      likes: z.number().min(0).optional(),
      replies: z.number().min(0).optional(),
      reshares: z.number().min(0).optional(),
    })
    .optional(),
});
export type AnalyzeInputLine = z.infer<typeof AnalyzeInputLine>;
