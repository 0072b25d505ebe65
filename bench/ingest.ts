/**
 * Inbound throughput of the API channel through the real HTTP server: N concurrent senders post
 * messages (a share of them deliberately sent twice, as platforms redeliver) for BENCH_SECONDS
 * (default 60). Reports the acknowledgement latency (verify + store raw event + commit), the
 * messages per second stored and visible in the inbox, and the share lost or duplicated (must be 0).
 */
import { apiChannel } from '@balie/channels';
import { QueueQuery } from '@balie/contracts';
import { createAccount, createConnection, listQueue, type Actor } from '@balie/core';
import { sql } from '@balie/core/testing';
import { loadConfig } from '../apps/server/src/config';
import { createRuntime } from '../apps/server/src/runtime';
import type { BenchOutcome, Engine } from './engines';
import { latencyRow, now, printTable, round, roundSummary, sleep, summarize } from './stats';

export const description = 'API-channel ingest: N concurrent senders over HTTP, ack latency, messages/s stored, lost/duplicated';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const SENDERS = Number(process.env.BENCH_SENDERS ?? 16);
const USERS = 500;
const REDELIVER_SHARE = 0.05;
const DRAIN_LIMIT_MS = 180_000;

export async function run(engine: Engine): Promise<BenchOutcome> {
  const database = await engine.open();
  const failures: string[] = [];
  const runtime = await createRuntime({
    config: loadConfig({
      LOG_LEVEL: 'silent',
      PORT: '0',
      BALIE_POLL_MS: '200',
      BALIE_JOB_CONCURRENCY: '8',
      BALIE_WEB_DIST: '/nonexistent',
    }),
    database,
    httpLogger: false,
  });
  try {
    const address = await runtime.listen();
    const { accountId } = await createAccount({
      db: database.db,
      accountName: 'Bench',
      name: 'Bench admin',
      email: 'bench@example.nl',
      password: 'bench-wachtwoord-lang-genoeg',
      language: 'nl',
    });
    const actor: Actor = { type: 'system', id: null, name: 'bench', accountId, role: 'admin' };
    const created = apiChannel.createConfig({});
    const conn = await createConnection({
      db: database.db,
      actor,
      kind: 'api',
      name: 'Bench',
      config: created.config,
      tokenHash: created.tokenHash,
    });
    const url = `${address}/api/channels/api/messages`;
    const headers = { authorization: `Bearer ${created.shownOnce.token}`, 'content-type': 'application/json' };

    const acks: number[] = [];
    const sent = new Set<string>();
    let redeliveries = 0;
    let errors = 0;
    let seq = 0;
    const started = now();
    const until = started + SECONDS * 1000;
    const post = async (messageId: string, user: number) => {
      const t0 = now();
      const res = await fetch(url, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          messageId,
          user: { id: `user-${user}`, name: `Klant ${user}` },
          text: `Bericht ${messageId} van klant ${user}`,
        }),
      });
      await res.arrayBuffer();
      if (res.status !== 202) errors++;
      else acks.push(now() - t0);
    };
    await Promise.all(
      Array.from({ length: SENDERS }, async (_, sender) => {
        while (now() < until) {
          if (sent.size > 0 && Math.random() < REDELIVER_SHARE) {
            // A redelivery of a message already acknowledged (platforms do this).
            const ids = [...sent].slice(-50);
            redeliveries++;
            await post(ids[Math.floor(Math.random() * ids.length)]!, 0);
            continue;
          }
          const id = `s${sender}-${seq++}`;
          await post(id, (sender * 7919 + seq) % USERS);
          sent.add(id);
        }
      }),
    );
    const sendEnd = now();
    const count = async () =>
      Number(
        (
          await database.db.execute(
            sql`select count(*)::int as n from messages where connection_id = ${conn.id} and direction = 'inbound'`,
          )
        ).rows[0]!.n,
      );
    const storedAtSendEnd = await count();
    let stored = storedAtSendEnd;
    while (stored < sent.size && now() - sendEnd < DRAIN_LIMIT_MS) {
      await sleep(200);
      stored = await count();
    }
    const drainedAt = now();
    const distinct = Number(
      (
        await database.db.execute(
          sql`select count(distinct external_id)::int as n from messages where connection_id = ${conn.id}`,
        )
      ).rows[0]!.n,
    );
    const raw = Number(
      (await database.db.execute(sql`select count(*)::int as n from raw_events where connection_id = ${conn.id}`)).rows[0]!.n,
    );
    const queue = await listQueue({ db: database.db, actor, query: QueueQuery.parse({ tab: 'open', connectionId: conn.id }) });
    const lost = sent.size - distinct;
    const duplicated = stored - distinct;
    const ack = roundSummary(summarize(acks));
    const figures = {
      senders: SENDERS,
      seconds: SECONDS,
      requests: acks.length + errors,
      uniqueMessages: sent.size,
      redeliveries,
      httpErrors: errors,
      ackPerSecond: round(acks.length / ((sendEnd - started) / 1000), 1),
      storedPerSecondWhileSending: round(storedAtSendEnd / ((sendEnd - started) / 1000), 1),
      storedPerSecondSustained: round(stored / ((drainedAt - started) / 1000), 1),
      backlogAtSendEnd: sent.size - storedAtSendEnd,
      drainMs: Math.round(drainedAt - sendEnd),
      rawEvents: raw,
      lostShare: sent.size ? lost / sent.size : 0,
      duplicatedShare: sent.size ? duplicated / sent.size : 0,
      inboxShowsConversations: queue.items.length > 0,
      ackLatencyMs: ack,
    };
    printTable([
      ['senders × seconds', `${SENDERS} × ${SECONDS}`],
      ['requests (redeliveries)', `${figures.requests} (${redeliveries})`],
      ['acks/s', String(figures.ackPerSecond)],
      ['stored/s while sending', String(figures.storedPerSecondWhileSending)],
      ['stored/s until drained', String(figures.storedPerSecondSustained)],
      ['backlog at end, drain', `${figures.backlogAtSendEnd} msgs, ${figures.drainMs} ms`],
      ['lost / duplicated', `${lost} / ${duplicated} of ${sent.size}`],
    ]);
    printTable([latencyRow('ack latency', ack)]);
    if (errors > 0) failures.push(`${errors} requests were not acknowledged`);
    if (lost !== 0) failures.push(`${lost} messages lost`);
    if (duplicated !== 0) failures.push(`${duplicated} messages duplicated`);
    if (raw !== sent.size) failures.push(`${raw} raw events for ${sent.size} messages (redeliveries must not add rows)`);
    if (!figures.inboxShowsConversations) failures.push('the inbox shows no conversations');
    return { figures, failures };
  } finally {
    await runtime.stop();
    await engine.close(database);
  }
}
