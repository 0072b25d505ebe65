import { sql, type Db } from '@balie/db';
import type { AnalysisSetup } from './nlp';

/**
 * What the analysis of an account's messages needs: its brand (names, handles, products; the
 * account's own name until an admin fills them in), competitors, intent taxonomy, PII patterns
 * and the intent model its agents taught. One query.
 */
export async function loadAnalysisSetup(db: Db, accountId: string): Promise<AnalysisSetup> {
  const row = (
    await db.execute(sql`select a.name, a.default_language, p.brand_names, p.handles, p.products, p.competitors, p.intents, p.pii_patterns, m.state
      from accounts a left join analysis_profiles p on p.account_id = a.id left join intent_models m on m.account_id = a.id
      where a.id = ${accountId}`)
  ).rows[0];
  if (!row) throw new Error(`no account ${accountId}`);
  const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);
  const names = list(row.brand_names);
  return {
    brand: {
      names: names.length > 0 ? names : [row.name as string],
      handles: list(row.handles),
      products: list(row.products),
      competitors: list(row.competitors),
    },
    intents: Array.isArray(row.intents) ? (row.intents as string[]) : null,
    piiPatterns: (parseJson(row.pii_patterns) as AnalysisSetup['piiPatterns'] | null) ?? [],
    model: (parseJson(row.state) as AnalysisSetup['model']) ?? null,
    defaultLanguage: row.default_language as string,
  };
}

/** node-postgres parses jsonb; PGlite too, but a string is handled as well. */
export function parseJson(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}
