import { AppError } from '@balie/contracts';
import { sql } from '@balie/db';
import { piiPatternProblem } from '@balie/nlp';
import type { Ctx } from '../context';
import { assertCan } from '../auth/assert-can';
import { recordAudit } from '../audit/record-audit';
import { parseJson } from './setup';

export interface AnalysisProfile {
  brandNames: string[];
  handles: string[];
  products: string[];
  competitors: string[];
  /** null: the default webcare taxonomy. */
  intents: string[] | null;
  piiPatterns: Array<{ name: string; pattern: string }>;
}

const EMPTY: AnalysisProfile = { brandNames: [], handles: [], products: [], competitors: [], intents: null, piiPatterns: [] };

/** Who the brand is for the text analysis, and the account's own intents and PII patterns. */
export async function getAnalysisProfile(opts: Ctx): Promise<AnalysisProfile> {
  assertCan(opts.actor, 'conversations.read');
  const row = (
    await opts.db.execute(sql`select brand_names, handles, products, competitors, intents, pii_patterns
      from analysis_profiles where account_id = ${opts.actor.accountId}`)
  ).rows[0];
  if (!row) return EMPTY;
  return {
    brandNames: row.brand_names as string[],
    handles: row.handles as string[],
    products: row.products as string[],
    competitors: row.competitors as string[],
    intents: (row.intents as string[] | null) ?? null,
    piiPatterns: parseJson(row.pii_patterns) as AnalysisProfile['piiPatterns'],
  };
}

/**
 * Account patterns run on every inbound message, so one that does not compile or can backtrack
 * catastrophically (a repetition inside a repetition, like (a+)+) is refused here with a clear
 * error instead of failing or stalling every later analysis. details.issues names the pattern
 * (path) and why (reason: invalid_pattern or unsafe_pattern).
 */
export function validatePiiPatterns(patterns: AnalysisProfile['piiPatterns']): void {
  patterns.forEach(({ name, pattern }, i) => {
    const reason = piiPatternProblem(pattern);
    if (!reason) return;
    const message =
      reason === 'invalid_pattern'
        ? `The pattern for "${name}" is not a valid regular expression.`
        : `The pattern for "${name}" can take exponential time on some messages (a repetition inside a repetition, ` +
          'such as (a+)+, or more than 25 repetitions) or uses syntax that cannot be checked (lookbehind); write it without nested repetition.';
    throw new AppError('validation_failed', message, { issues: [{ path: `/piiPatterns/${i}/pattern`, message, reason }] });
  });
}

/**
 * Replaces the profile. Account patterns are checked here (validatePiiPatterns). New messages use
 * the profile at once; stored ones after a re-analysis run.
 */
export async function updateAnalysisProfile(opts: Ctx & { profile: AnalysisProfile }): Promise<AnalysisProfile> {
  assertCan(opts.actor, 'inbox.settings');
  const p = opts.profile;
  validatePiiPatterns(p.piiPatterns);
  return opts.db.transaction(async (tx) => {
    const text = (values: string[]) => sql`${JSON.stringify(values)}::jsonb`;
    const asArray = (values: string[]) => sql`array(select jsonb_array_elements_text(${text(values)}))`;
    await tx.execute(sql`insert into analysis_profiles (account_id, brand_names, handles, products, competitors, intents, pii_patterns)
      values (${opts.actor.accountId}, ${asArray(p.brandNames)}, ${asArray(p.handles)}, ${asArray(p.products)},
        ${asArray(p.competitors)}, ${p.intents ? asArray(p.intents) : null}, ${JSON.stringify(p.piiPatterns)}::jsonb)
      on conflict (account_id) do update set brand_names = excluded.brand_names, handles = excluded.handles,
        products = excluded.products, competitors = excluded.competitors, intents = excluded.intents,
        pii_patterns = excluded.pii_patterns, updated_at = now()`);
    await recordAudit({ tx, actor: opts.actor, action: 'analysis_profile.updated', targetType: 'account', changes: { ...p } });
    return p;
  });
}
