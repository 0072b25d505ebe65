/** The API around text analysis: the account's brand profile, agents' corrections, re-analysis runs. */
import { z } from 'zod';
import { IntentCode, SentimentLabel } from './analysis';

const Terms = z.array(z.string().trim().min(1).max(80)).max(50);

export const AnalysisProfile = z.object({
  /** The account's brand names; empty: the account's own name. */
  brandNames: Terms,
  handles: Terms,
  products: Terms,
  competitors: Terms,
  /** The account's intent codes; null: the default webcare taxonomy. */
  intents: z.array(IntentCode).min(1).max(40).nullable(),
  /** Account-defined personal data, e.g. customer numbers: a regular expression per name. */
  piiPatterns: z.array(z.strictObject({ name: z.string().trim().min(1).max(40), pattern: z.string().min(1).max(200) })).max(20),
});
export type AnalysisProfile = z.infer<typeof AnalysisProfile>;
export const UpdateAnalysisProfileRequest = AnalysisProfile.strict();

export const AnalysisCorrectionRequest = z.discriminatedUnion('field', [
  z.strictObject({ field: z.literal('sentiment'), value: SentimentLabel }),
  z.strictObject({ field: z.literal('intent'), value: IntentCode }),
]);
export const AnalysisCorrection = z.object({
  messageId: z.uuid(),
  field: z.enum(['sentiment', 'intent']),
  value: z.string(),
  previous: z.string(),
});

export const AnalysisRun = z.object({
  id: z.uuid(),
  status: z.enum(['running', 'done', 'failed']),
  total: z.number().int(),
  done: z.number().int(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export const LatestAnalysisRun = z.object({ run: AnalysisRun.nullable() });
