import { sql, type Db } from '@balie/db';
import type { AnalysisSetup } from './nlp';

/**
 * Setups by account, reused while nothing in them changed. Every inbound message needs its
 * account's setup, and the intent model is tens of KB of JSON: reading and parsing it again, and
 * compiling it again in packages/nlp (which keeps a compiled model per state object), took
 * milliseconds a message where the analysis itself takes microseconds. Each load still asks the
 * database whether anything changed, so every process sees a change at once.
 */
const cache = new Map<string, { key: string; setup: AnalysisSetup }>();
/** Accounts kept; the least recently used one goes first. */
const CACHE_MAX = 500;

/**
 * What the analysis of an account's messages needs: its brand (names, handles, products; the
 * account's own name until an admin fills them in), competitors, intent taxonomy, PII patterns
 * and the intent model its agents taught. One query, and one more for the model when it changed.
 * The setup may be shared with other callers: read it, never change it.
 */
export async function loadAnalysisSetup(db: Db, accountId: string): Promise<AnalysisSetup> {
  const row = (
    await db.execute(sql`select a.name, a.default_language, p.brand_names, p.handles, p.products, p.competitors, p.intents,
        p.pii_patterns, m.examples as model_examples, m.updated_at as model_updated_at
      from accounts a left join analysis_profiles p on p.account_id = a.id left join intent_models m on m.account_id = a.id
      where a.id = ${accountId}`)
  ).rows[0];
  if (!row) throw new Error(`no account ${accountId}`);
  // Everything read, and the model's version: every teaching adds an example and stamps the time.
  const key = JSON.stringify(row);
  const cached = cache.get(accountId);
  cache.delete(accountId);
  if (cached?.key === key) {
    cache.set(accountId, cached);
    return cached.setup;
  }
  const setup = toSetup(row, row.model_examples === null ? null : await loadModel(db, accountId));
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value as string);
  cache.set(accountId, { key, setup });
  return setup;
}

async function loadModel(db: Db, accountId: string): Promise<AnalysisSetup['model']> {
  const row = (await db.execute(sql`select state from intent_models where account_id = ${accountId}`)).rows[0];
  return row ? (parseJson(row.state) as AnalysisSetup['model']) : null;
}

function toSetup(row: Record<string, unknown>, model: AnalysisSetup['model']): AnalysisSetup {
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
    model,
    defaultLanguage: row.default_language as string,
  };
}

/** node-postgres parses jsonb; PGlite too, but a string is handled as well. */
export function parseJson(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}
