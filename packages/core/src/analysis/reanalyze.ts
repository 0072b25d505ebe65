import { AppError } from '@balie/contracts';
import { sql, type Database } from '@balie/db';
import type { Ctx } from '../context';
import { assertCan } from '../auth/assert-can';
import { recordAudit } from '../audit/record-audit';
import { enqueueJob } from '../jobs/enqueue-job';
import { iso, isoOrNull } from '../db-util';
import { analyze, searchLanguage } from './nlp';
import { loadAnalysisSetup, parseJson } from './setup';
import { rollUpConversation } from './roll-up-conversation';
import type { StoredAnalysis } from './roll-up';
import { readReach } from './reach';

export const REANALYSIS_QUEUE = 'analysis.rerun';
const BATCH = 500;

interface BatchPayload {
  runId: string;
  /** Keyset position: the last message of the previous batch. */
  after: [string, string] | null;
}

/**
 * Starts analysing every stored customer message of the account again (after a lexicon, model or
 * brand profile change), as a chain of background jobs of 500 messages each with visible progress.
 * Agents' corrections survive it, and the last reported reach of a post is weighed again.
 */
export async function startReanalysis(opts: Ctx) {
  assertCan(opts.actor, 'inbox.settings');
  const { accountId } = opts.actor;
  return opts.db.transaction(async (tx) => {
    // One run at a time per account: the lock makes two simultaneous starts queue up here.
    await tx.execute(sql`select id from accounts where id = ${accountId} for update`);
    const running = await tx.execute(sql`select 1 from analysis_runs where account_id = ${accountId} and status = 'running'`);
    if (running.rows.length > 0) throw new AppError('analysis_running');
    const total = (
      await tx.execute(sql`select count(*)::int as n from messages where account_id = ${accountId} and direction = 'inbound'`)
    ).rows[0]!.n as number;
    const run = (
      await tx.execute(sql`insert into analysis_runs (account_id, total, status, finished_at)
        values (${accountId}, ${total}, ${total === 0 ? 'done' : 'running'}, ${total === 0 ? sql`now()` : null})
        returning id, status, total, done, created_at, finished_at`)
    ).rows[0]!;
    const payload: BatchPayload = { runId: run.id as string, after: null };
    if (total > 0) await enqueueJob({ tx, queue: REANALYSIS_QUEUE, payload, accountId, dedupeKey: `${run.id}:start` });
    await recordAudit({
      tx,
      actor: opts.actor,
      action: 'analysis.rerun_started',
      targetType: 'analysis_run',
      targetId: run.id as string,
    });
    return toRun(run);
  });
}

export async function latestReanalysis(opts: Ctx) {
  assertCan(opts.actor, 'conversations.read');
  const row = (
    await opts.db.execute(sql`select id, status, total, done, created_at, finished_at from analysis_runs
      where account_id = ${opts.actor.accountId} order by created_at desc limit 1`)
  ).rows[0];
  return { run: row ? toRun(row) : null };
}

function toRun(r: Record<string, unknown>) {
  return {
    id: r.id as string,
    status: r.status as 'running' | 'done' | 'failed',
    total: r.total as number,
    done: r.done as number,
    createdAt: iso(r.created_at as Date),
    finishedAt: isoOrNull(r.finished_at as Date | null),
  };
}

/**
 * One batch of a run, in one transaction with the next batch's job: a crash repeats a batch
 * (analysis is idempotent) and never loses or doubles the rest of the chain.
 */
export async function runReanalysisBatch(database: Database, accountId: string, raw: unknown): Promise<void> {
  const { runId, after } = raw as BatchPayload;
  await database.db.transaction(async (tx) => {
    const run = (
      await tx.execute(sql`select status from analysis_runs where id = ${runId} and account_id = ${accountId} for update`)
    ).rows[0];
    if (run?.status !== 'running') return;
    const setup = await loadAnalysisSetup(tx, accountId);
    const rows = (
      await tx.execute(sql`select m.id, m.conversation_id, m.created_at::text as at, m.body, m.visibility, m.analysis, m.reach, cc.kind
        from messages m join channel_connections cc on cc.id = m.connection_id
        where m.account_id = ${accountId} and m.direction = 'inbound'
          ${after ? sql`and (m.created_at, m.id) > (${after[0]}::timestamptz, ${after[1]}::uuid)` : sql``}
        order by m.created_at, m.id limit ${BATCH}`)
    ).rows;
    const values = rows.map((r) => {
      const previous = parseJson(r.analysis) as StoredAnalysis | null;
      const fresh = analyze(setup, r.body as string, {
        channel: r.kind as string,
        visibility: r.visibility as 'public' | 'private',
        reach: readReach(r.reach)?.figures ?? null,
      });
      const analysis: StoredAnalysis = previous?.corrected ? { ...fresh, corrected: previous.corrected } : fresh;
      return sql`(${r.id}::uuid, ${JSON.stringify(analysis)}::jsonb, ${searchLanguage(fresh, setup)})`;
    });
    if (values.length > 0)
      await tx.execute(sql`update messages m set analysis = v.analysis, language = v.language
        from (values ${sql.join(values, sql`, `)}) as v(id, analysis, language) where m.id = v.id`);
    for (const conversationId of new Set(rows.map((r) => r.conversation_id as string)))
      await rollUpConversation(tx, conversationId);
    const last = rows.at(-1);
    const finished = rows.length < BATCH || !last;
    await tx.execute(sql`update analysis_runs set done = least(total, done + ${rows.length}),
        status = ${finished ? 'done' : 'running'}, finished_at = ${finished ? sql`now()` : null}
      where id = ${runId}`);
    if (!finished) {
      // The time as PostgreSQL wrote it: microseconds, which a JavaScript Date would round away.
      const next: BatchPayload = { runId, after: [last.at as string, last.id as string] };
      await enqueueJob({ tx, queue: REANALYSIS_QUEUE, payload: next, accountId, dedupeKey: `${runId}:${next.after!.join('/')}` });
    }
  });
}
