/**
 * The WebSocket clients of the fan-out bench, run in a worker thread so that receiving 200 sockets'
 * frames does not share the server's event loop (in production the clients are browsers on other
 * machines). Each client records the sequence number and receive time of every event; the bench's
 * main thread compares them with the commit times and checks each client got every event once,
 * in order. Messages from the main thread: `ping` (clock comparison) and `collect`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import WebSocket from 'ws';
import { now, sleep } from './stats';

export interface ClientsWorkerData {
  url: string;
  token: string;
  clients: number;
  after: number;
}

export type ToWorker = { kind: 'ping'; id: number } | { kind: 'collect'; lastSeq: number; timeoutMs: number };

export interface ClientRecord {
  seqs: number[];
  times: number[];
  /** Anything that should not happen: a wrong hello, a foreign message, an unexpected close, an error. */
  problems: string[];
}

export type FromWorker =
  | { kind: 'pong'; id: number; t: number }
  | { kind: 'ready'; connectMs: number }
  | { kind: 'failed'; message: string }
  | { kind: 'result'; clients: ClientRecord[] };

const port = parentPort;
if (!port) throw new Error('fanout.worker.ts runs as a worker thread');
const data = workerData as ClientsWorkerData;
const post = (message: FromWorker) => port.postMessage(message);

const records: ClientRecord[] = [];
const sockets: WebSocket[] = [];
let hellos = 0;
let collecting = false;
const started = now();

for (let i = 0; i < data.clients; i++) {
  const record: ClientRecord = { seqs: [], times: [], problems: [] };
  records.push(record);
  const socket = new WebSocket(data.url, { headers: { authorization: `Bearer ${data.token}` } });
  sockets.push(socket);
  socket.on('message', (raw) => {
    const t = now();
    const message = JSON.parse(raw.toString()) as
      { kind: 'hello'; lastSeq: number } | { kind: 'event'; event: { seq: number; type: string } } | { kind: string };
    if (message.kind === 'hello' && 'lastSeq' in message) {
      if (message.lastSeq !== data.after) record.problems.push(`hello.lastSeq ${message.lastSeq}, expected ${data.after}`);
      hellos += 1;
      if (hellos === data.clients) post({ kind: 'ready', connectMs: now() - started });
    } else if (message.kind === 'event' && 'event' in message) {
      if (message.event.type !== 'account.updated') record.problems.push(`unexpected event type ${message.event.type}`);
      record.seqs.push(message.event.seq);
      record.times.push(t);
    } else {
      record.problems.push(`unexpected message ${raw.toString().slice(0, 100)}`);
    }
  });
  socket.on('error', (err) => record.problems.push(`socket error: ${err.message}`));
  socket.on('close', (code, reason) => {
    if (!collecting) record.problems.push(`closed early: ${code} ${reason.toString()}`);
  });
  socket.on('unexpected-response', (_req, res) => {
    post({ kind: 'failed', message: `client ${i}: HTTP ${res.statusCode} instead of a WebSocket` });
  });
}

async function collect(lastSeq: number, timeoutMs: number): Promise<void> {
  const deadline = now() + timeoutMs;
  const complete = () => records.every((r) => (r.seqs[r.seqs.length - 1] ?? -1) >= lastSeq);
  while (!complete() && now() < deadline) await sleep(5);
  // A little longer, so that a duplicate sent after the last event is seen too.
  await sleep(100);
  collecting = true;
  post({ kind: 'result', clients: records });
  for (const socket of sockets) socket.terminate();
  port?.close();
}

port.on('message', (message: ToWorker) => {
  if (message.kind === 'ping') post({ kind: 'pong', id: message.id, t: now() });
  else if (message.kind === 'collect') void collect(message.lastSeq, message.timeoutMs);
});
