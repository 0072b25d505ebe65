import { AppError } from '@balie/contracts';
import { sql } from '@balie/db';
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
 * Replaces the profile. Account patterns are compiled here so a broken one is refused with a clear
 * error instead of failing every later analysis. New messages use the profile at once; stored ones
 * after a re-analysis run.
 */
export async function updateAnalysisProfile(opts: Ctx & { profile: AnalysisProfile }): Promise<AnalysisProfile> {
  assertCan(opts.actor, 'inbox.settings');
  const p = opts.profile;
  for (const { name, pattern } of p.piiPatterns) {
    try {
      new RegExp(pattern, 'u');
    } catch {
      throw new AppError('validation_failed', `The pattern for "${name}" is not a valid regular expression.`);
    }
  }
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
