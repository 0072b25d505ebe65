/**
 * Realtime fan-out: how long after an event commits do the account's open WebSockets have it?
 * Starts the real server (createRuntime) on the engine, connects 200 clients with a viewer API
 * token, emits events one per transaction at a steady pace and measures receive − commit over
 * every client × event pair. It also checks the stream's promise: every client gets every event
 * exactly once and in order. Baseline in the same run: one client, so the ratio shows what the
 * fan-out itself costs.
 */
import { Worker } from 'node:worker_threads';
import type { AddressInfo } from 'node:net';
import { createApiToken, emitEvent, lastEventSeq, type Database } from '@balie/core';
import { seedAccount } from '@balie/core/testing';
import { loadConfig } from '../apps/server/src/config';
import { createRuntime } from '../apps/server/src/runtime';
import type { BenchOutcome, Engine } from './engines';
import type { ClientRecord, ClientsWorkerData, FromWorker, ToWorker } from './fanout.worker';
import { latencyRow, ms, now, printTable, ratio, round, roundSummary, sleep, summarize, type Summary } from './stats';

export const description = 'event fan-out latency over the realtime WebSocket: 200 clients vs 1, commit → receive';

const CLIENTS = 200;
const EVENTS = 200;
const SPACING_MS = 15;
const WARMUP_EVENTS = 30;
const READY_TIMEOUT_MS = 30_000;
const COLLECT_TIMEOUT_MS = 15_000;

interface Target {
  database: Database;
  url: string;
  token: string;
  accountId: string;
}

interface RoundResult {
  clients: number;
  events: number;
  connectMs: number;
  clockOffsetMs: number;
  latency: Summary;
  failures: string[];
}

/** The clients' worker thread, started through tsx's API so it can load TypeScript too. */
class ClientsThread {
  private readonly worker: Worker;
  private readonly waiters = new Map<string, (message: FromWorker) => void>();
  private failure: Error | undefined;

  constructor(data: ClientsWorkerData) {
    const tsx = import.meta.resolve('tsx/esm/api');
    const script = new URL('./fanout.worker.ts', import.meta.url).href;
    const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(script)}); });`;
    this.worker = new Worker(boot, { eval: true, workerData: data });
    this.worker.on('message', (message: FromWorker) => {
      if (message.kind === 'failed') this.fail(new Error(message.message));
      const key = message.kind === 'pong' ? `pong:${message.id}` : message.kind;
      this.waiters.get(key)?.(message);
    });
    this.worker.on('error', (err) => this.fail(err));
  }

  private fail(err: Error): void {
    this.failure ??= err;
    for (const waiter of this.waiters.values()) waiter({ kind: 'failed', message: err.message });
  }

  /** Waits for the next message of a kind (or a pong with an id), failing after timeoutMs. */
  next<K extends FromWorker['kind']>(key: string, timeoutMs: number): Promise<Extract<FromWorker, { kind: K }>> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(key);
        reject(new Error(`the clients' thread sent no ${key} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.set(key, (message) => {
        clearTimeout(timer);
        this.waiters.delete(key);
        if (message.kind === 'failed') reject(new Error(message.message));
        else resolve(message as Extract<FromWorker, { kind: K }>);
      });
    });
  }

  send(message: ToWorker): void {
    this.worker.postMessage(message);
  }

  /**
   * The worker's clock minus ours, from the round trip with the smallest delay (both use
   * performance.timeOrigin + now(); the offset is normally well under a millisecond).
   */
  async clockOffset(samples = 20): Promise<number> {
    let best = { rtt: Infinity, offset: 0 };
    for (let id = 0; id < samples; id++) {
      const pong = this.next<'pong'>(`pong:${id}`, 5000);
      const sent = now();
      this.send({ kind: 'ping', id });
      const { t } = await pong;
      const received = now();
      if (received - sent < best.rtt) best = { rtt: received - sent, offset: t - (sent + received) / 2 };
    }
    return best.offset;
  }

  terminate(): Promise<number> {
    return this.worker.terminate();
  }
}

async function fanoutRound(target: Target, clients: number, events: number): Promise<RoundResult> {
  const { database, accountId } = target;
  const after = await lastEventSeq({ db: database.db, accountId });
  const thread = new ClientsThread({ url: `${target.url}?after=${after}`, token: target.token, clients, after });
  try {
    const { connectMs } = await thread.next<'ready'>('ready', READY_TIMEOUT_MS);
    const clockOffsetMs = await thread.clockOffset();

    const commits = new Map<number, number>();
    const expected: number[] = [];
    const t0 = now();
    for (let k = 0; k < events; k++) {
      const wait = t0 + k * SPACING_MS - now();
      if (wait > 0) await sleep(wait);
      const seq = await database.db.transaction((tx) =>
        emitEvent({ tx, accountId, type: 'account.updated', payload: { name: `Bench ${k}`, defaultLanguage: 'nl' } }),
      );
      commits.set(seq, now());
      expected.push(seq);
    }

    const result = thread.next<'result'>('result', COLLECT_TIMEOUT_MS + 5000);
    thread.send({ kind: 'collect', lastSeq: expected[expected.length - 1] ?? after, timeoutMs: COLLECT_TIMEOUT_MS });
    const records = (await result).clients;

    const latencies: number[] = [];
    for (const record of records) {
      record.seqs.forEach((seq, j) => {
        const commit = commits.get(seq);
        const received = record.times[j];
        if (commit !== undefined && received !== undefined) latencies.push(received - clockOffsetMs - commit);
      });
    }
    return {
      clients,
      events,
      connectMs,
      clockOffsetMs,
      latency: summarize(latencies),
      failures: verify(records, expected, clients),
    };
  } finally {
    await thread.terminate();
  }
}

/** Every client must have exactly the emitted sequence numbers, in order, and nothing else. */
export function verify(records: ClientRecord[], expected: number[], clients: number): string[] {
  const failures: string[] = [];
  if (records.length !== clients) failures.push(`${records.length} client records for ${clients} clients`);
  const want = new Set(expected);
  let missing = 0;
  let duplicates = 0;
  let disordered = 0;
  let foreign = 0;
  const bad: string[] = [];
  records.forEach((record, i) => {
    const got = new Set(record.seqs);
    const m = expected.filter((seq) => !got.has(seq)).length;
    const d = record.seqs.length - got.size;
    const o = record.seqs.filter((seq, j) => j > 0 && seq <= (record.seqs[j - 1] ?? -Infinity)).length;
    const f = record.seqs.filter((seq) => !want.has(seq)).length;
    missing += m;
    duplicates += d;
    disordered += o;
    foreign += f;
    if (m || d || o || f || record.problems.length) {
      bad.push(`client ${i}: ${m} missing, ${d} duplicate, ${o} out of order, ${f} unexpected; ${record.problems.join('; ')}`);
    }
  });
  if (bad.length > 0) {
    failures.push(
      `${bad.length}/${clients} clients did not get every event exactly once in order ` +
        `(${missing} missing, ${duplicates} duplicates, ${disordered} out of order, ${foreign} unexpected); first: ${bad[0]}`,
    );
  }
  return failures;
}

export async function run(engine: Engine): Promise<BenchOutcome> {
  const database = await engine.open();
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', BALIE_DATA_DIR: 'memory://' });
  const runtime = await createRuntime({ config, database, httpLogger: false });
  try {
    await runtime.listen();
    const { port } = runtime.app.server.address() as AddressInfo;
    const { accountId } = await seedAccount(database, 'Bench');
    const { token } = await createApiToken({
      db: database.db,
      actor: { type: 'system', id: null, name: 'bench', accountId, role: 'admin' },
      name: 'bench',
      role: 'viewer',
    });
    const target: Target = { database, url: `ws://127.0.0.1:${port}/api/realtime`, token, accountId };

    await fanoutRound(target, 1, WARMUP_EVENTS); // JIT and connection warm-up, not reported
    const single = await fanoutRound(target, 1, EVENTS);
    const many = await fanoutRound(target, CLIENTS, EVENTS);

    const factor = ratio(many.latency.p50, single.latency.p50);
    console.log(`  commit → receive, ${EVENTS} events one per transaction every ${SPACING_MS} ms`);
    printTable([latencyRow(`${single.clients} client`, single.latency), latencyRow(`${many.clients} clients`, many.latency)]);
    printTable([
      ['connect + hello', `1 client ${ms(single.connectMs)}`, `${CLIENTS} clients ${ms(many.connectMs)}`],
      ['thread clock offset', `${ms(single.clockOffsetMs)} / ${ms(many.clockOffsetMs)} (corrected)`],
      [`ratio p50(${CLIENTS})/p50(1)`, `${factor.toFixed(2)}x`],
    ]);
    const failures = [...single.failures.map((f) => `1 client: ${f}`), ...many.failures.map((f) => `${CLIENTS} clients: ${f}`)];
    if (failures.length === 0) {
      console.log(`  delivery check: OK (each of ${CLIENTS} clients got all ${EVENTS} events exactly once, in order)`);
    }
    for (const f of failures) console.log(`  FAIL ${f}`);

    const figures = (r: RoundResult) => ({
      clients: r.clients,
      events: r.events,
      latencyMs: roundSummary(r.latency),
      connectMs: round(r.connectMs),
      clockOffsetMs: round(r.clockOffsetMs),
    });
    return {
      figures: { spacingMs: SPACING_MS, single: figures(single), many: figures(many), ratioP50: round(factor) },
      failures,
    };
  } finally {
    await runtime.stop();
  }
}
