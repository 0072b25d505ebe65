/** Text analysis per account: who the brand is, the intent model agents teach, corrections, re-analysis runs. */
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, ts } from './columns';
import { accounts, users } from './platform';
import { messages } from './inbox';

const accountRef = () =>
  uuid('account_id')
    .notNull()
    .references(() => accounts.id, { onDelete: 'cascade' });

/** The account's brand as the analysis sees it: sentiment toward these names is "toward us". */
export const analysisProfiles = pgTable('analysis_profiles', {
  accountId: accountRef().primaryKey(),
  brandNames: text('brand_names')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  handles: text('handles')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  products: text('products')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  competitors: text('competitors')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  /** The account's intent codes; null: the default webcare taxonomy. */
  intents: text('intents').array(),
  /** Account-defined PII patterns, e.g. customer numbers: [{ name, pattern }]. */
  piiPatterns: jsonb('pii_patterns')
    .notNull()
    .default(sql`'[]'::jsonb`),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/** The per-account intent model (packages/nlp's serialisable state), taught by agents' corrections. */
export const intentModels = pgTable('intent_models', {
  accountId: accountRef().primaryKey(),
  state: jsonb('state').notNull(),
  examples: integer('examples').notNull().default(0),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/** An agent's one-click correction of a message's sentiment or intent: kept, and it teaches the model. */
export const analysisCorrections = pgTable(
  'analysis_corrections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: accountRef(),
    messageId: uuid('message_id')
      .notNull()
      .references(() => messages.id, { onDelete: 'cascade' }),
    field: text('field').notNull(),
    value: text('value').notNull(),
    previous: text('previous'),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('analysis_corrections_message_idx').on(t.messageId, t.createdAt),
    check('analysis_corrections_field_check', sql`${t.field} in ('sentiment','intent')`),
  ],
);

/** Re-analysis of an account's stored messages after a model or lexicon change, run as a job. */
export const analysisRuns = pgTable(
  'analysis_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: accountRef(),
    status: text('status').notNull().default('running'),
    total: integer('total').notNull(),
    done: integer('done').notNull().default(0),
    createdAt: createdAt(),
    finishedAt: ts('finished_at'),
  },
  (t) => [
    index('analysis_runs_account_idx').on(t.accountId, t.createdAt),
    check('analysis_runs_status_check', sql`${t.status} in ('running','done','failed')`),
  ],
);
