/**
 * The inbox at scale: queue pages (first, 50 pages deep, filtered, per tab), tab counts and opening
 * a conversation, through the real HTTP API, on an account with 1,000,000 conversations and
 * 5,000,000 messages (PGlite: 200,000) next to other tenants' rows, sequential requests, p50/p95/p99.
 * Baseline in the same run on the same data: the shape of Chatwoot's conversation finder (three
 * uncapped counts, then ORDER BY last activity LIMIT 25 OFFSET n with no index on the sort column)
 * as direct SQL. BENCH_INBOX_SCALE=0.1 shrinks every size; BENCH_INBOX_REQUESTS sets the requests
 * per figure (default 500); the slow ones (tab counts, baseline) stop after BENCH_INBOX_SLOW_BUDGET_S
 * seconds (90). The data is made by set-based INSERT … SELECT in batches, with the secondary
 * indexes built after loading (see bulk() for the session settings).
 */
import type { AddressInfo } from 'node:net';
import { QueueQuery } from '@balie/contracts';
import { createAccount, createApiToken, type Actor, type Database, type EngineKind } from '@balie/core';
import { seedAccount, sql } from '@balie/core/testing';
import { loadConfig } from '../apps/server/src/config';
import { createRuntime } from '../apps/server/src/runtime';
import { queueQuery, scope } from '../packages/core/src/inbox/list-queue';
import type { BenchOutcome, Engine } from './engines';
import { RARE_TEXTS, RARE_WORD, textPools } from './inbox-texts';
import { ms, now, percentile, printTable, ratio, round, summarize, type Summary } from './stats';

export const description =
  'inbox reads at scale over HTTP: queue pages, tab counts, opening a conversation; vs a Chatwoot-shaped OFFSET query';

type Sql = ReturnType<typeof sql>;
type Db = Database['db'];

function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
}

const SCALE = envNumber('BENCH_INBOX_SCALE', 1);
const REQUESTS = Math.round(envNumber('BENCH_INBOX_REQUESTS', 500));
const WARMUP = 50;
const BASELINE_WARMUP = 5;
/**
 * The baseline and the tab counts take about half a second to a second a call at full size: they
 * stop after this long (fewer than REQUESTS calls then, said in the output), to keep the run short.
 */
const SLOW_BUDGET_MS = envNumber('BENCH_INBOX_SLOW_BUDGET_S', 90) * 1000;
const PAGE_SIZE = 25;
const DEEP_PAGES = 50;
const QUEUE_TARGET_P95_MS = 15;
const DETAIL_TARGET_P95_MS = 20;
const COUNT_CAP = 10_000;
const SEARCH_TARGET_P95_MS = 60;
/** About one customer message in this many mentions the rare word (≈ 100 at full size). */
const RARE_EVERY = 25_000;
/** Searched for as the common word: in roughly one message in ten. */
const COMMON_WORD = 'internet';
const TEXTS = textPools();

/** Conversations of the measured account, and of each other tenant, before scaling. */
const SIZES: Record<EngineKind, { main: number; otherAccounts: number; other: number }> = {
  postgres: { main: 1_000_000, otherAccounts: 9, other: 100_000 },
  pglite: { main: 200_000, otherAccounts: 2, other: 20_000 },
};
const CONTACTS_PER_CONVERSATION = 0.6;
/** 1 to 9 messages per conversation, 5 on average. */
const MAX_MESSAGES = 9;
const AGENTS = 50;
const OTHER_AGENTS = 10;
const LABELS = 10;
/** Channel connections of an account with the share of conversations each gets (cumulative below). */
const CONNECTIONS: ReadonlyArray<readonly [kind: string, share: number]> = [
  ['x', 0.3],
  ['facebook', 0.2],
  ['instagram', 0.2],
  ['whatsapp', 0.15],
  ['email', 0.1],
  ['web_chat', 0.05],
];
const CONVERSATION_BATCH = 250_000;
/** Conversations whose messages one statement inserts: about 500,000 messages. */
const MESSAGE_BATCH = 100_000;

const fmt = (n: number) => n.toLocaleString('en-US');
const seconds = (msValue: number) => `${(msValue / 1000).toFixed(1)} s`;

// ---------------------------------------------------------------------------------------------
// Data

/**
 * A deterministic uuid (version-4 shaped, as the API's schemas demand) from a text key, so rows
 * can point at rows of another table by ordinal without a lookup: key(account, 'c', 17).
 */
function key(accountId: string, kind: string, ordinal: Sql): Sql {
  return sql`overlay(overlay(md5(${accountId}::text || ${`:${kind}:`}::text || (${ordinal})::text)
    placing '4' from 13) placing '8' from 17)::uuid`;
}

const uuidArray = (ids: readonly string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

interface Task {
  what: string;
  statement: Sql;
}

/**
 * One set-based statement of the bulk load in its own transaction, with synchronous_commit off
 * (fsync stays on) and, when the role may (a superuser: the private server, PGlite), triggers off
 * (session_replication_role = replica) so that foreign keys are not checked row by row: the rows
 * are consistent by construction.
 */
async function bulk(db: Db, { what, statement }: Task, skipTriggers: boolean): Promise<void> {
  try {
    await db.transaction(async (tx) => {
      await tx.execute(sql`set local synchronous_commit = off`);
      if (skipTriggers) await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(statement);
    });
  } catch (err) {
    // The driver's message repeats the whole statement and its parameters: report the cause.
    const cause = (err as { cause?: unknown }).cause;
    throw new Error(`loading ${what} failed: ${cause instanceof Error ? cause.message : (err as Error).message}`);
  }
}

/** Whether this role may switch triggers off (superusers only). */
async function canSkipTriggers(db: Db): Promise<boolean> {
  try {
    await db.transaction((tx) => tx.execute(sql`set local session_replication_role = replica`));
    return true;
  } catch {
    return false;
  }
}

const LOADED_TABLES = ['contacts', 'contact_identities', 'conversations', 'messages'];

/**
 * Drops the loaded tables' secondary indexes (not those backing a primary key or a constraint) and
 * returns their definitions as pg_indexes has them, to build them again after the load: one
 * sorted build is many times faster than millions of random b-tree and GIN insertions.
 */
async function dropSecondaryIndexes(db: Db): Promise<Array<{ name: string; definition: string }>> {
  const r = await db.execute(sql`select i.indexname as name, i.indexdef as definition from pg_indexes i
    where i.schemaname = current_schema() and i.tablename in (${sql.join(
      LOADED_TABLES.map((t) => sql`${t}`),
      sql`, `,
    )})
      and not exists (select 1 from pg_constraint c where c.conname = i.indexname)
    order by i.tablename, i.indexname`);
  const indexes = r.rows as Array<{ name: string; definition: string }>;
  for (const { name } of indexes) await db.execute(sql`drop index ${sql.identifier(name)}`);
  return indexes;
}

interface Tenant {
  accountId: string;
  conversations: number;
  contacts: number;
  connections: Array<{ id: string; kind: string }>;
  labelIds: string[];
  agentIds: string[];
}

interface LoadTimes {
  setupMs: number;
  indexesMs: number;
  contactsMs: number;
  conversationsMs: number;
  messagesMs: number;
  vacuumAnalyzeMs: number;
}

/** Creates one account's connections, labels and agents (small, row by row). */
async function setupTenant(
  db: Db,
  index: number,
  accountId: string,
  conversations: number,
  agents: number,
  extraAgent: string | undefined,
): Promise<Tenant> {
  const connections: Tenant['connections'] = [];
  for (const [k, [kind]] of CONNECTIONS.entries()) {
    const r = await db.execute(sql`insert into channel_connections (id, account_id, kind, name)
      values (${key(accountId, 'cc', sql`${k}::int`)}, ${accountId}, ${kind}, ${`${kind} bench ${index}`}) returning id`);
    connections.push({ id: (r.rows[0] as { id: string }).id, kind });
  }
  const labels = await db.execute(sql`insert into labels (id, account_id, name, color)
    select ${key(accountId, 'l', sql`k`)}, ${accountId}, 'Label ' || k, '#6b7280' from generate_series(1, ${LABELS}::int) k
    returning id`);
  const labelIds = labels.rows.map((r) => r.id as string);
  const sqlAgents = agents - (extraAgent ? 1 : 0);
  const users = await db.execute(sql`insert into users (id, email, name, password_hash)
    select ${key(accountId, 'u', sql`k`)}, 'agent' || k || '@t' || ${index}::int || '.bench.invalid', 'Agent ' || k, 'x'
    from generate_series(1, ${sqlAgents}::int) k returning id`);
  const agentIds = [...users.rows.map((r) => r.id as string), ...(extraAgent ? [extraAgent] : [])];
  await db.execute(sql`insert into memberships (account_id, user_id, role)
    select ${accountId}, u, 'agent' from unnest(${uuidArray(users.rows.map((r) => r.id as string))}) u`);
  const contacts = Math.max(1, Math.round(conversations * CONTACTS_PER_CONVERSATION));
  return { accountId, conversations, contacts, connections, labelIds, agentIds };
}

/** Batches of `size` over 1..total, as [from, to] pairs. */
function batches(total: number, size: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let from = 1; from <= total; from += size) out.push([from, Math.min(total, from + size - 1)]);
  return out;
}

function contactTasks(tenant: Tenant): Task[] {
  const { accountId } = tenant;
  const kinds = `{${CONNECTIONS.map(([kind]) => kind).join(',')}}`;
  return batches(tenant.contacts, CONVERSATION_BATCH).flatMap(([from, to]) => [
    {
      what: 'contacts',
      statement: sql`insert into contacts (id, account_id, name, email, created_at)
        select ${key(accountId, 'c', sql`k`)}, ${accountId}, 'Klant ' || k,
          case when k % 2 = 0 then 'klant' || k || '@example.nl' end, now() - (k % 400) * interval '1 day'
        from generate_series(${from}::int, ${to}::int) k`,
    },
    {
      what: 'contact identities',
      statement: sql`insert into contact_identities (account_id, contact_id, channel, external_id, handle, display_name)
        select ${accountId}, ${key(accountId, 'c', sql`k`)}, (${kinds}::text[])[1 + k % 6], 'u' || k, '@klant' || k, 'Klant ' || k
        from generate_series(${from}::int, ${to}::int) k`,
    },
  ]);
}

/**
 * ~10% open (most unassigned), 5% pending, 2% snoozed, the rest resolved; urgency mostly normal;
 * open ones waiting since a moment in the last 30 days; labels on ~30%; channels weighted.
 */
function conversationTasks(tenant: Tenant, storedQueueKey: boolean): Task[] {
  const { accountId, contacts, connections, agentIds, labelIds } = tenant;
  // The queue key (urgency rank, waiting since) is written by the app unless the schema generates it.
  const queueKeyColumns = storedQueueKey ? sql`queue_rank, queue_at,` : sql``;
  const queueKeyValues = storedQueueKey
    ? sql`case urgency when 'urgent' then 0 when 'high' then 1 when 'normal' then 2 else 3 end,
          coalesce(waiting_since, 'infinity'),`
    : sql``;
  let cumulative = 0;
  const connectionPick = CONNECTIONS.map(([, share], i) => {
    cumulative += share;
    return i === CONNECTIONS.length - 1 ? sql`else ${i + 1}::int` : sql`when r7 < ${cumulative}::float8 then ${i + 1}::int`;
  });
  return batches(tenant.conversations, CONVERSATION_BATCH).map(([from, to]) => ({
    what: 'conversations',
    statement: sql`insert into conversations (id, account_id, contact_id, connection_id, thread_key, visibility, status, urgency,
          ${queueKeyColumns} assignee_id, label_ids, waiting_since, last_message_at, last_message_preview,
          snoozed_until, first_response_at, resolved_at, created_at, updated_at)
        select id, ${accountId}, contact_id, connection_id, 't' || g, visibility, status, urgency,
          ${queueKeyValues} assignee_id, label_ids, waiting_since, last_at,
          'Klant ' || g || ': mijn bestelling is nog steeds niet binnen, kunnen jullie even kijken?',
          case when status = 'snoozed' then now() + (0.1 + r6) * interval '3 days' end,
          case when status <> 'open' then created_at + interval '25 minutes' end,
          case when status = 'resolved' then least(now(), last_at + r6 * interval '1 day') end,
          created_at, last_at
        from (
          select *, case when status = 'open' then least(now(), base_at + r10 * interval '15 minutes') else base_at end as last_at,
            base_at - r6 * interval '3 days' as created_at,
            case when status = 'open' then base_at end as waiting_since
          from (
            select g, r6, r10, status, urgency,
              ${key(accountId, 'v', sql`g`)} as id,
              ${key(accountId, 'c', sql`1 + ((hashint4(g)::bigint % ${contacts}::bigint) + ${contacts}::bigint) % ${contacts}::bigint`)} as contact_id,
              (${uuidArray(connections.map((c) => c.id))})[case ${sql.join(connectionPick, sql` `)} end] as connection_id,
              case when r8 < 0.25 then 'public' else 'private' end as visibility,
              case when r3 < (case status when 'open' then 0.3 when 'resolved' then 0.95 else 0.85 end)
                then (${uuidArray(agentIds)})[1 + floor(r4 * ${agentIds.length}::int)::int] end as assignee_id,
              case when r9 < 0.1 then array[(${uuidArray(labelIds)})[1 + floor(r5 * ${LABELS}::int)::int],
                  (${uuidArray(labelIds)})[1 + (floor(r5 * ${LABELS}::int)::int + 1 + floor(r6 * ${LABELS - 1}::int)::int) % ${LABELS}::int]]
                when r9 < 0.3 then array[(${uuidArray(labelIds)})[1 + floor(r5 * ${LABELS}::int)::int]]
                else '{}'::uuid[] end as label_ids,
              case when status = 'open' then now() - r5 * interval '30 days'
                else now() - interval '1 hour' - r5 * interval '365 days' end as base_at
            from (
              select *,
                case when r1 < 0.10 then 'open' when r1 < 0.15 then 'pending' when r1 < 0.17 then 'snoozed' else 'resolved' end as status,
                case when r2 < 0.01 then 'urgent' when r2 < 0.05 then 'high' when r2 < 0.98 then 'normal' else 'low' end as urgency
              from (
                select g, random() r1, random() r2, random() r3, random() r4, random() r5, random() r6, random() r7,
                  random() r8, random() r9, random() r10
                from generate_series(${from}::int, ${to}::int) g
              ) s0
            ) s1
          ) s2
        ) s3`,
  }));
}

/** 1 to 9 messages a conversation; the customer writes last, alternating with the agent. */
function messageTasks(tenant: Tenant): Task[] {
  const { accountId } = tenant;
  const pools = sql`(select array(select json_array_elements_text(${JSON.stringify(TEXTS.nl.inbound)}::json)) as nl_in,
      array(select json_array_elements_text(${JSON.stringify(TEXTS.nl.outbound)}::json)) as nl_out,
      array(select json_array_elements_text(${JSON.stringify(TEXTS.en.inbound)}::json)) as en_in,
      array(select json_array_elements_text(${JSON.stringify(TEXTS.en.outbound)}::json)) as en_out,
      array(select json_array_elements_text(${JSON.stringify(RARE_TEXTS)}::json)) as rare)`;
  // A text from the pool of the conversation's language and the message's direction, by a hash of both numbers.
  const pick = (pool: string) => sql.raw(`${pool}[1 + (m.h % cardinality(${pool}))::int]`);
  return batches(tenant.conversations, MESSAGE_BATCH).map(([from, to]) => ({
    what: 'messages',
    statement: sql`insert into messages (account_id, conversation_id, connection_id, direction, visibility, author_type, author_id,
          body, language, external_id, delivery_status, created_at)
        select c.account_id, c.id, c.connection_id,
          case when m.inbound then 'inbound' else 'outbound' end, c.visibility,
          case when m.inbound then 'contact' else 'agent' end,
          case when m.inbound then c.contact_id else c.assignee_id end,
          case when m.inbound and (m.h % ${RARE_EVERY}::int) = 0 then ${pick('p.rare')}
            when s.english then (case when m.inbound then ${pick('p.en_in')} else ${pick('p.en_out')} end)
            else (case when m.inbound then ${pick('p.nl_in')} else ${pick('p.nl_out')} end) end,
          case when s.english then 'en' else 'nl' end,
          'm' || s.g || '-' || m.k,
          case when m.inbound then 'received' else 'delivered' end,
          c.created_at + (c.last_message_at - c.created_at) * ((m.k - 1)::float8 / greatest(s.n - 1, 1))
        from (
          select g, 1 + ((hashint4(g)::bigint % ${MAX_MESSAGES}::int) + ${MAX_MESSAGES}::int) % ${MAX_MESSAGES}::int as n,
            (hashint4(g + 7) % 10) = 3 as english
          from generate_series(${from}::int, ${to}::int) g
        ) s
        join conversations c on c.id = ${key(accountId, 'v', sql`s.g`)} and c.account_id = ${accountId}
        cross join ${pools} p
        cross join lateral (select k, (s.n - k) % 2 = 0 as inbound, hashint4(s.g * 16 + k)::bigint & 2147483647 as h
          from generate_series(1, s.n::int) k) m`,
  }));
}

/** Runs fn over the items, `concurrency` at a time (PostgreSQL has two cores to use; PGlite one). */
async function pool<T>(items: readonly T[], concurrency: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
}

async function timed(fn: () => Promise<void>): Promise<number> {
  const t = now();
  await fn();
  return now() - t;
}

interface Loaded {
  main: Tenant;
  others: Tenant[];
  /** Secondary indexes dropped before the load and built again after it. */
  indexes: string[];
  skippedTriggers: boolean;
  userId: string;
  email: string;
  password: string;
  times: LoadTimes;
  totalMs: number;
  rows: { conversations: number; messages: number; mainConversations: number; mainMessages: number; contacts: number };
  /** Uncapped truth for the checks: the measured account's open, unassigned and mine counts. */
  truth: Record<'open' | 'unassigned' | 'mine' | 'pending' | 'snoozed' | 'resolved', number>;
}

async function load(database: Database, kind: EngineKind): Promise<Loaded> {
  const { db } = database;
  const size = SIZES[kind];
  const mainSize = Math.max(100, Math.round(size.main * SCALE));
  const otherSize = Math.max(100, Math.round(size.other * SCALE));
  const times: LoadTimes = {
    setupMs: 0,
    indexesMs: 0,
    contactsMs: 0,
    conversationsMs: 0,
    messagesMs: 0,
    vacuumAnalyzeMs: 0,
  };
  const started = now();

  const t = now();
  const email = 'bench-agent@balie.invalid';
  const password = 'een heel goed bench wachtwoord';
  const { accountId, userId } = await createAccount({
    db,
    accountName: 'Bench webcare',
    name: 'Bench Agent',
    email,
    password,
    language: 'nl',
  });
  times.setupMs += now() - t;

  const skipTriggers = await canSkipTriggers(db);
  let i0 = now();
  const indexes = await dropSecondaryIndexes(db);
  times.indexesMs += now() - i0;

  const s0 = now();
  const main = await setupTenant(db, 0, accountId, mainSize, AGENTS, userId);
  const others: Tenant[] = [];
  for (let i = 1; i <= size.otherAccounts; i++) {
    const { accountId: other } = await seedAccount(database, `Bench tenant ${i}`);
    others.push(await setupTenant(db, i, other, otherSize, OTHER_AGENTS, undefined));
  }
  times.setupMs += now() - s0;

  const tenants = [main, ...others];
  const concurrency = kind === 'postgres' ? 2 : 1;
  const run = (tasks: Task[]) => timed(() => pool(tasks, concurrency, (task) => bulk(db, task, skipTriggers)));
  times.contactsMs = await run(tenants.flatMap(contactTasks));
  const generated = await db.execute(sql`select column_name from information_schema.columns
    where table_schema = current_schema() and table_name = 'conversations' and is_generated = 'ALWAYS'`);
  const storedQueueKey = !generated.rows.some((r) => r.column_name === 'queue_rank');
  times.conversationsMs = await run(tenants.flatMap((t) => conversationTasks(t, storedQueueKey)));
  // Statistics first, so that the messages' join to their conversations is planned on real sizes.
  times.messagesMs =
    (await timed(async () => void (await db.execute(sql`analyze conversations`)))) + (await run(tenants.flatMap(messageTasks)));

  i0 = now();
  await pool(indexes, concurrency, ({ name, definition }) =>
    db.transaction(async (tx) => {
      if (kind === 'postgres') await tx.execute(sql`set local maintenance_work_mem = '512MB'`);
      try {
        await tx.execute(sql.raw(definition));
      } catch (err) {
        const cause = (err as { cause?: unknown }).cause;
        throw new Error(`rebuilding index ${name} failed: ${cause instanceof Error ? cause.message : (err as Error).message}`);
      }
    }),
  );
  times.indexesMs += now() - i0;

  const v = now();
  await db.execute(
    sql`vacuum analyze conversations, messages, contacts, contact_identities, channel_connections, labels, users, memberships`,
  );
  times.vacuumAnalyzeMs = now() - v;
  const totalMs = now() - started;

  const counts = (
    await db.execute(sql`select
      (select count(*)::int from conversations) as conversations,
      (select count(*)::int from messages) as messages,
      (select count(*)::int from contacts) as contacts,
      (select count(*)::int from conversations where account_id = ${accountId}) as main_conversations,
      (select count(*)::int from messages where account_id = ${accountId}) as main_messages,
      (select count(*)::int from conversations where account_id = ${accountId} and status = 'open') as open,
      (select count(*)::int from conversations where account_id = ${accountId} and status = 'open' and assignee_id is null) as unassigned,
      (select count(*)::int from conversations where account_id = ${accountId} and status = 'open' and assignee_id = ${userId}) as mine,
      (select count(*)::int from conversations where account_id = ${accountId} and status = 'pending') as pending,
      (select count(*)::int from conversations where account_id = ${accountId} and status = 'snoozed') as snoozed,
      (select count(*)::int from conversations where account_id = ${accountId} and status = 'resolved') as resolved`)
  ).rows[0] as Record<string, number>;
  return {
    main,
    others,
    indexes: indexes.map((i) => i.name),
    skippedTriggers: skipTriggers,
    userId,
    email,
    password,
    times,
    totalMs,
    rows: {
      conversations: counts.conversations ?? 0,
      messages: counts.messages ?? 0,
      contacts: counts.contacts ?? 0,
      mainConversations: counts.main_conversations ?? 0,
      mainMessages: counts.main_messages ?? 0,
    },
    truth: {
      open: counts.open ?? 0,
      unassigned: counts.unassigned ?? 0,
      mine: counts.mine ?? 0,
      pending: counts.pending ?? 0,
      snoozed: counts.snoozed ?? 0,
      resolved: counts.resolved ?? 0,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Measuring

interface Latency extends Summary {
  p95: number;
}

function summarize95(values: readonly number[]): Latency {
  return {
    ...summarize(values),
    p95: percentile(
      [...values].sort((a, b) => a - b),
      95,
    ),
  };
}

function roundLatency(s: Latency) {
  return { n: s.n, p50: round(s.p50), p95: round(s.p95), p99: round(s.p99), max: round(s.max), mean: round(s.mean) };
}

/**
 * Warm-up calls first (not timed), then up to `n` timed calls one after another; with a budget,
 * it stops early once the timed calls took that long (the slow figures at full size).
 */
async function measure(
  call: (i: number) => Promise<unknown>,
  opts: { n?: number; warmup?: number; budgetMs?: number } = {},
): Promise<Latency & { budgetHit: boolean }> {
  const { n = REQUESTS, warmup = WARMUP, budgetMs = Infinity } = opts;
  for (let i = 0; i < warmup; i++) await call(i);
  const times: number[] = [];
  const started = now();
  for (let i = 0; i < n && now() - started < budgetMs; i++) {
    const t = now();
    await call(warmup + i);
    times.push(now() - t);
  }
  return { ...summarize95(times), budgetHit: times.length < n };
}

const budgetNote = (r: { budgetHit: boolean }) => (r.budgetHit ? ` (stopped at the ${SLOW_BUDGET_MS / 1000} s budget)` : '');

interface Http {
  get<T>(path: string): Promise<T>;
}

function http(base: string, headers: Record<string, string>): Http {
  return {
    async get<T>(path: string): Promise<T> {
      const res = await fetch(base + path, { headers });
      const text = await res.text();
      if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${text.slice(0, 300)}`);
      return JSON.parse(text) as T;
    },
  };
}

interface Item {
  id: string;
  status: string;
  urgency: string;
  assigneeId: string | null;
  labelIds: string[];
  waitingSince: string | null;
  connection: { id: string; kind: string };
}
interface Page {
  items: Item[];
  nextCursor: string | null;
}
type Counts = Record<keyof Loaded['truth'], { count: number; capped: boolean }>;
interface Detail {
  conversation: { id: string };
  messages: unknown[];
  contact: { id: string };
}

interface Scenario {
  name: string;
  label: string;
  targetMs?: number;
  result?: Latency;
}

const RANK: Record<string, number> = { urgent: 0, high: 1, normal: 2, low: 3 };

/** What every item of a page must satisfy (besides belonging to the account); empty when fine. */
function checkPage(
  name: string,
  page: Page,
  want: number,
  accept: (item: Item) => boolean,
  ownConnections: Set<string>,
): string[] {
  const failures: string[] = [];
  if (page.items.length !== Math.min(PAGE_SIZE, want))
    failures.push(`${name}: ${page.items.length} items, expected ${Math.min(PAGE_SIZE, want)}`);
  const foreign = page.items.filter((i) => !ownConnections.has(i.connection.id)).length;
  if (foreign > 0) failures.push(`${name}: ${foreign} conversations of another account`);
  const wrong = page.items.filter((i) => !accept(i)).length;
  if (wrong > 0) failures.push(`${name}: ${wrong} items do not match the tab or filter`);
  return failures;
}

/** Queue order: urgency, then the longest wait; checked on consecutive items. */
function inQueueOrder(items: Item[]): boolean {
  return items.every((item, i) => {
    const prev = items[i - 1];
    if (!prev) return true;
    const a = RANK[prev.urgency] ?? 9;
    const b = RANK[item.urgency] ?? 9;
    if (a !== b) return a < b;
    return (prev.waitingSince ?? '9') <= (item.waitingSince ?? '9');
  });
}

async function explain(db: Db, query: Sql): Promise<string[]> {
  const r = await db.execute(sql`explain (analyze, buffers) ${query}`);
  return r.rows.map((row) => String(Object.values(row)[0]));
}

/** The plan's first lines and its timing lines. */
function planHead(lines: string[], top = 9): string[] {
  return [...lines.slice(0, top), ...lines.slice(top).filter((l) => /^(Planning|Execution) Time/.test(l.trim()))];
}

export async function run(engine: Engine): Promise<BenchOutcome> {
  const database = await engine.open();
  const { db } = database;
  const size = SIZES[engine.kind];
  console.log(
    `  loading (scale ${SCALE}): measured account ${fmt(Math.round(size.main * SCALE))} conversations + ` +
      `${size.otherAccounts} other accounts × ${fmt(Math.round(size.other * SCALE))} …`,
  );
  const data = await load(database, engine.kind);
  const { main, truth, times } = data;
  printTable([
    [
      'loaded',
      `${fmt(data.rows.conversations)} conversations, ${fmt(data.rows.messages)} messages, ${fmt(data.rows.contacts)} contacts ` +
        `(measured account: ${fmt(data.rows.mainConversations)} conversations, ${fmt(data.rows.mainMessages)} messages)`,
    ],
    [
      'load mode',
      `set-based insert … select in batches (≤ ${fmt(CONVERSATION_BATCH)} conversations, ≈ ${fmt(MESSAGE_BATCH * 5)} messages), ` +
        `synchronous_commit=off (fsync on), foreign-key triggers ${data.skippedTriggers ? 'off (session_replication_role=replica)' : 'on'}, ` +
        `${data.indexes.length} secondary indexes dropped and built again after loading`,
    ],
    [
      'load time',
      `${seconds(data.totalMs)} total: accounts/agents ${seconds(times.setupMs)}, contacts ${seconds(times.contactsMs)}, ` +
        `conversations ${seconds(times.conversationsMs)}, messages ${seconds(times.messagesMs)}, ` +
        `index builds ${seconds(times.indexesMs)}, vacuum analyze ${seconds(times.vacuumAnalyzeMs)}`,
    ],
    [
      'rates',
      `${fmt(Math.round(data.rows.conversations / (times.conversationsMs / 1000)))} conversations/s, ` +
        `${fmt(Math.round(data.rows.messages / (times.messagesMs / 1000)))} messages/s`,
    ],
    [
      'measured account',
      `open ${fmt(truth.open)} (unassigned ${fmt(truth.unassigned)}, mine ${fmt(truth.mine)}), pending ${fmt(truth.pending)}, ` +
        `snoozed ${fmt(truth.snoozed)}, resolved ${fmt(truth.resolved)}`,
    ],
  ]);

  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', BALIE_DATA_DIR: 'memory://' });
  const runtime = await createRuntime({ config, database, httpLogger: false });
  const failures: string[] = [];
  try {
    await runtime.listen();
    const { port } = runtime.app.server.address() as AddressInfo;
    const base = `http://127.0.0.1:${port}`;

    const system: Actor = { type: 'system', id: null, name: 'bench', accountId: main.accountId, role: 'admin' };
    const { token } = await createApiToken({ db, actor: system, name: 'bench', role: 'agent' });
    const api = http(base, { authorization: `Bearer ${token}` });
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: data.email, password: data.password }),
    });
    if (login.status !== 200) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0] ?? '')
      .find((c) => c.startsWith('balie_session='));
    if (!cookie) throw new Error('sign-in set no session cookie');
    const user = http(base, { cookie });

    const own = new Set(main.connections.map((c) => c.id));
    const label = main.labelIds[0] ?? '';
    const q = (params: Record<string, string>) =>
      `/api/conversations?${new URLSearchParams({ limit: String(PAGE_SIZE), ...params })}`;

    // The cursor 50 pages deep, followed once; the checks need the filtered truths too.
    let cursor: string | null = null;
    for (let i = 0; i < DEEP_PAGES; i++) {
      const page: Page = await api.get<Page>(q({ tab: 'open', ...(cursor ? { cursor } : {}) }));
      cursor = page.nextCursor;
      if (!cursor) throw new Error(`the open queue ended after ${i + 1} pages: too little data for a deep page`);
    }
    const deepCursor = cursor ?? '';
    const filtered = (
      await db.execute(sql`select
        count(*) filter (where cc.kind = 'x')::int as x,
        count(*) filter (where c.urgency = 'high')::int as high,
        count(*) filter (where c.label_ids @> ${`{${label}}`}::uuid[])::int as label
      from conversations c join channel_connections cc on cc.id = c.connection_id
      where c.account_id = ${main.accountId} and c.status = 'open'`)
    ).rows[0] as { x: number; high: number; label: number };

    const scenarios: Array<
      Scenario & { path: string; client: Http; want: number; accept: (i: Item) => boolean; order?: boolean }
    > = [
      {
        name: 'openFirst',
        label: 'open, first page',
        path: q({ tab: 'open' }),
        client: api,
        want: truth.open,
        accept: (i) => i.status === 'open',
        order: true,
      },
      {
        name: 'openDeep',
        label: `open, ${DEEP_PAGES} pages deep`,
        path: q({ tab: 'open', cursor: deepCursor }),
        client: api,
        want: truth.open - DEEP_PAGES * PAGE_SIZE,
        accept: (i) => i.status === 'open',
        order: true,
      },
      {
        name: 'channel',
        label: 'open, channel=x',
        path: q({ tab: 'open', channel: 'x' }),
        client: api,
        want: filtered.x,
        accept: (i) => i.connection.kind === 'x' && i.status === 'open',
      },
      {
        name: 'urgencyHigh',
        label: 'open, urgency=high',
        path: q({ tab: 'open', urgency: 'high' }),
        client: api,
        want: filtered.high,
        accept: (i) => i.urgency === 'high' && i.status === 'open',
      },
      {
        name: 'label',
        label: 'open, labelId=…',
        path: q({ tab: 'open', labelId: label }),
        client: api,
        want: filtered.label,
        accept: (i) => i.labelIds.includes(label) && i.status === 'open',
      },
      {
        name: 'mine',
        label: 'mine (session cookie)',
        path: q({ tab: 'mine' }),
        client: user,
        want: truth.mine,
        accept: (i) => i.assigneeId === data.userId && i.status === 'open',
      },
      {
        name: 'unassigned',
        label: 'unassigned',
        path: q({ tab: 'unassigned' }),
        client: api,
        want: truth.unassigned,
        accept: (i) => i.assigneeId === null && i.status === 'open',
      },
      {
        name: 'resolved',
        label: 'resolved',
        path: q({ tab: 'resolved' }),
        client: api,
        want: truth.resolved,
        accept: (i) => i.status === 'resolved',
      },
    ];
    for (const s of scenarios) {
      s.targetMs = QUEUE_TARGET_P95_MS;
      const page = await s.client.get<Page>(s.path);
      failures.push(...checkPage(s.label, page, s.want, s.accept, own));
      if (s.order && !inQueueOrder(page.items)) failures.push(`${s.label}: items not in queue order`);
      s.result = await measure(() => s.client.get<Page>(s.path));
    }

    // Tab counts, for the signed-in agent so "mine" means something.
    const counts = await user.get<Counts>('/api/conversations/counts');
    for (const tab of Object.keys(truth) as Array<keyof Loaded['truth']>) {
      const want = { count: Math.min(truth[tab], COUNT_CAP), capped: truth[tab] > COUNT_CAP };
      const got = counts[tab];
      if (got?.count !== want.count || got.capped !== want.capped)
        failures.push(`counts.${tab}: got ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
    }
    const countsResult = await measure(() => user.get<Counts>('/api/conversations/counts'), {
      warmup: 10,
      budgetMs: SLOW_BUDGET_MS,
    });
    const countsScenario: Scenario = {
      name: 'counts',
      label: `tab counts (6 tabs, capped)${budgetNote(countsResult)}`,
      result: countsResult,
    };

    // What any authenticated request costs here: token lookup, one small row, HTTP and JSON.
    const floorScenario: Scenario = { name: 'floor', label: 'floor: GET /api/account (auth + 1 row)' };
    floorScenario.result = await measure(() => api.get('/api/account'));

    // Opening random open conversations, a different one each time.
    const sample = (
      await db.execute(sql`select id from conversations where account_id = ${main.accountId} and status = 'open'
        order by random() limit ${REQUESTS + WARMUP}`)
    ).rows.map((r) => r.id as string);
    const pick = (i: number) => sample[i % sample.length] ?? '';
    const first = await api.get<Detail>(`/api/conversations/${pick(0)}`);
    if (first.conversation.id !== pick(0) || first.messages.length === 0 || !first.contact.id)
      failures.push('conversation detail: wrong conversation, no messages or no contact');
    const detailScenario: Scenario = {
      name: 'detail',
      label: 'open a conversation',
      targetMs: DETAIL_TARGET_P95_MS,
    };
    detailScenario.result = await measure((i) => api.get<Detail>(`/api/conversations/${pick(i)}`));

    const searchScenarios = await measureSearch(db, api, main.accountId, failures);

    // Baseline: Chatwoot's finder shape, direct SQL (no HTTP), same data, same process.
    const chatwoot = async (offset: number) => {
      await db.execute(sql`select count(*) from conversations
        where account_id = ${main.accountId} and status = 'open' and assignee_id = ${data.userId}`);
      await db.execute(sql`select count(*) from conversations
        where account_id = ${main.accountId} and status = 'open' and assignee_id is null`);
      await db.execute(sql`select count(*) from conversations where account_id = ${main.accountId} and status = 'open'`);
      return db.execute(chatwootPage(main.accountId, offset));
    };
    const deepOffset = DEEP_PAGES * PAGE_SIZE;
    const baseline = async (name: string, label: string, offset: number): Promise<Scenario> => {
      const result = await measure(() => chatwoot(offset), { warmup: BASELINE_WARMUP, budgetMs: SLOW_BUDGET_MS });
      return { name, label: label + budgetNote(result), result };
    };
    const baseFirst = await baseline('chatwootFirst', 'baseline: 3 counts + OFFSET 0', 0);
    const baseDeep = await baseline('chatwootDeep', `baseline: 3 counts + OFFSET ${deepOffset}`, deepOffset);

    const isPostgres = engine.kind === 'postgres';
    const verdict = (s: Scenario) =>
      s.targetMs === undefined || !s.result
        ? ''
        : `${s.result.p95 <= s.targetMs ? 'PASS' : 'MISS'} p95 ≤ ${s.targetMs} ms${isPostgres ? '' : ' (target is for PostgreSQL)'}`;
    const row = (s: Scenario) => {
      const r = s.result as Latency;
      return [s.label, `n=${r.n}`, `p50 ${ms(r.p50)}`, `p95 ${ms(r.p95)}`, `p99 ${ms(r.p99)}`, `max ${ms(r.max)}`, verdict(s)];
    };
    console.log(`  through the HTTP API (includes HTTP and JSON), ${REQUESTS} sequential requests each after ${WARMUP} warm-up`);
    printTable([...scenarios, countsScenario, detailScenario, ...searchScenarios, floorScenario].map(row));
    console.log('  baseline, direct SQL on the same database (no HTTP): Chatwoot finder shape, uncapped counts');
    printTable([baseFirst, baseDeep].map(row));

    const p = (s: Scenario, k: 'p50' | 'p95') => s.result?.[k] ?? NaN;
    const [openFirst, openDeep] = scenarios;
    const ratios = {
      firstPageP50: ratio(p(baseFirst, 'p50'), p(openFirst!, 'p50')),
      firstPageP95: ratio(p(baseFirst, 'p95'), p(openFirst!, 'p95')),
      deepPageP50: ratio(p(baseDeep, 'p50'), p(openDeep!, 'p50')),
      deepPageP95: ratio(p(baseDeep, 'p95'), p(openDeep!, 'p95')),
      // Our screen also loads the counts: a second request.
      firstPagePlusCountsP50: ratio(p(baseFirst, 'p50'), p(openFirst!, 'p50') + p(countsScenario, 'p50')),
    };
    printTable([
      ['ratio baseline/ours, first page', `p50 ${ratios.firstPageP50.toFixed(1)}x`, `p95 ${ratios.firstPageP95.toFixed(1)}x`],
      [
        `ratio baseline/ours, ${DEEP_PAGES} pages deep`,
        `p50 ${ratios.deepPageP50.toFixed(1)}x`,
        `p95 ${ratios.deepPageP95.toFixed(1)}x`,
      ],
      ['ratio baseline/(ours page + counts request)', `p50 ${ratios.firstPagePlusCountsP50.toFixed(1)}x`],
    ]);

    const plans: Record<string, string[]> = {};
    if (isPostgres) {
      const actor: Actor = { type: 'user', id: data.userId, name: 'Bench Agent', accountId: main.accountId, role: 'admin' };
      // One of countTabs' six subqueries as it builds them (no filters: conversations alone).
      const countsQuery = sql`select count(*)::int from (select 1 from conversations c
        where ${sql.join(scope(actor, 'resolved', {}), sql` and `)} limit ${COUNT_CAP + 1}) s`;
      const explained: Array<[string, Sql]> = [
        ['open queue, first page', queueQuery(actor, QueueQuery.parse({ tab: 'open', limit: PAGE_SIZE }))],
        [
          `open queue, ${DEEP_PAGES} pages deep`,
          queueQuery(actor, QueueQuery.parse({ tab: 'open', limit: PAGE_SIZE, cursor: deepCursor })),
        ],
        ['open queue, urgency=high', queueQuery(actor, QueueQuery.parse({ tab: 'open', limit: PAGE_SIZE, urgency: 'high' }))],
        ['one tab count (resolved, as countTabs builds it)', countsQuery],
        [`baseline page, OFFSET ${deepOffset}`, chatwootPage(main.accountId, deepOffset)],
      ];
      for (const [name, query] of explained) {
        plans[name] = planHead(await explain(db, query));
        console.log(`  EXPLAIN (ANALYZE, BUFFERS) ${name}:`);
        for (const line of plans[name]) console.log(`    ${line}`);
      }
    }

    for (const f of failures) console.log(`  FAIL ${f}`);
    if (failures.length === 0)
      console.log('  checks: OK (page sizes, tab and filter match, queue order, tenant isolation, counts, detail)');

    const figure = (s: Scenario) => ({
      ...roundLatency(s.result as Latency),
      ...(s.targetMs !== undefined ? { targetP95Ms: s.targetMs, pass: (s.result?.p95 ?? Infinity) <= s.targetMs } : {}),
    });
    return {
      figures: {
        scale: SCALE,
        requests: REQUESTS,
        rows: data.rows,
        bulkLoad: { skippedTriggers: data.skippedTriggers, rebuiltIndexes: data.indexes },
        openConversations: truth.open,
        loadSeconds: {
          total: round(data.totalMs / 1000, 1),
          setup: round(times.setupMs / 1000, 1),
          contacts: round(times.contactsMs / 1000, 1),
          conversations: round(times.conversationsMs / 1000, 1),
          messages: round(times.messagesMs / 1000, 1),
          indexes: round(times.indexesMs / 1000, 1),
          vacuumAnalyze: round(times.vacuumAnalyzeMs / 1000, 1),
        },
        apiMs: Object.fromEntries(
          [...scenarios, countsScenario, detailScenario, ...searchScenarios, floorScenario].map((s) => [s.name, figure(s)]),
        ),
        baselineSqlMs: Object.fromEntries([baseFirst, baseDeep].map((s) => [s.name, figure(s)])),
        ratios: Object.fromEntries(Object.entries(ratios).map(([k, v]) => [k, round(v, 2)])),
        plans,
      },
      failures,
    };
  } finally {
    await runtime.stop();
  }
}

interface SearchPage {
  messages: Array<{ messageId: string; createdAt: string; snippet: Array<{ text: string; hit: boolean }> }>;
  nextCursor: string | null;
}

/**
 * Full-text search through GET /api/search for a common word (in about one message in ten: the
 * newest matches come off the time index) and a rare one (≈ 1 in 50,000: found through the GIN
 * index), plus the common word's second page. Each answer is checked against a count in SQL.
 */
async function measureSearch(db: Db, api: Http, accountId: string, failures: string[]): Promise<Scenario[]> {
  const matches = async (word: string) =>
    (
      await db.execute(sql`select count(*)::int as n from messages where account_id = ${accountId} and deleted_at is null
        and search @@ (websearch_to_tsquery('dutch'::regconfig, ${word}) || websearch_to_tsquery('english'::regconfig, ${word}))`)
    ).rows[0]?.n as number;
  const [common, rare] = [await matches(COMMON_WORD), await matches(RARE_WORD)];
  const limit = 20;
  const path = (q: string, cursor?: string) =>
    `/api/search?${new URLSearchParams({ q, limit: String(limit), ...(cursor ? { cursor } : {}) })}`;
  const check = (name: string, page: SearchPage, want: number) => {
    if (page.messages.length !== Math.min(limit, want))
      failures.push(`${name}: ${page.messages.length} hits, expected ${Math.min(limit, want)}`);
    if (page.messages.some((m) => !m.snippet.some((part) => part.hit)))
      failures.push(`${name}: a hit without a highlighted word`);
    if (page.messages.some((m, i) => i > 0 && m.createdAt > (page.messages[i - 1]?.createdAt ?? '')))
      failures.push(`${name}: not newest first`);
  };
  const first = await api.get<SearchPage>(path(COMMON_WORD));
  check(`search "${COMMON_WORD}"`, first, common);
  const second = await api.get<SearchPage>(path(COMMON_WORD, first.nextCursor ?? undefined));
  check(`search "${COMMON_WORD}", page 2`, second, common - limit);
  check(`search "${RARE_WORD}"`, await api.get<SearchPage>(path(RARE_WORD)), rare);
  const share = (n: number) => `${fmt(n)} messages`;
  const cases: Array<[string, string, string]> = [
    ['searchCommon', `search "${COMMON_WORD}" (${share(common)})`, path(COMMON_WORD)],
    ['searchCommonPage2', `search "${COMMON_WORD}", page 2`, path(COMMON_WORD, first.nextCursor ?? undefined)],
    ['searchRare', `search "${RARE_WORD}" (${share(rare)})`, path(RARE_WORD)],
  ];
  const out: Scenario[] = [];
  for (const [name, label, p] of cases)
    out.push({ name, label, targetMs: SEARCH_TARGET_P95_MS, result: await measure(() => api.get<SearchPage>(p)) });
  return out;
}

/** Chatwoot's page query: newest activity first, OFFSET paging, no index on the sort column. */
function chatwootPage(accountId: string, offset: number): Sql {
  return sql`select c.*, ct.name as contact_name, cc.kind as connection_kind, cc.name as connection_name
    from conversations c join contacts ct on ct.id = c.contact_id join channel_connections cc on cc.id = c.connection_id
    where c.account_id = ${accountId} and c.status = 'open'
    order by c.last_message_at desc limit ${PAGE_SIZE} offset ${offset}`;
}
