/**
 * Text analysis: the full analyzeMessage of 100,000 realistic webcare messages on one core
 * (messages/s, p50/p99 per message), the memory its lexicons and models take (measured in a fresh
 * process), and the worst bad inputs (1 MB, 10,000 repeated characters, lone surrogates, …) each
 * against a time budget. Needs no database. Targets from issue 5: ≥ 20,000 msg/s, p99 < 1 ms,
 * models < 100 MB.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { analyzeMessage } from '@balie/nlp';
import { baselineLabel } from '../packages/nlp/eval/baseline';
import { benchCorpus, contexts, devSet, type CorpusMessage } from '../packages/nlp/eval/corpus';
import type { BenchOutcome } from './engines';
import { ms, printTable, round, roundSummary, summarize } from './stats';

export const description = 'nlp: full analysis of 100,000 messages on one core, model memory, worst-case bad inputs';
export const needsDatabase = false;

const MESSAGES = Number(process.env.BENCH_NLP_MESSAGES ?? 100_000);
const PASSES = 3;
const TARGET_PER_SECOND = 20_000;
const TARGET_P99_MS = 1;
const TARGET_MODEL_MB = 100;
/** Each bad input must finish within this; linear code does 1 MB in a few tens of ms. */
const BAD_INPUT_BUDGET_MS = 500;

/** Heap and RSS that importing the analyzers and analysing one message add, in a fresh process. */
function modelMemory(): { heapMb: number; rssMb: number } {
  const script = `
    const gc = globalThis.gc; gc(); gc();
    const h0 = process.memoryUsage().heapUsed, r0 = process.memoryUsage().rss;
    const nlp = await import('@balie/nlp');
    nlp.analyzeMessage('Top hoor, alweer geen internet 👏 bel 0612345678', { brand: { names: ['Voltanet'] } });
    gc(); gc();
    const m = process.memoryUsage();
    console.log(JSON.stringify({ heap: m.heapUsed - h0, rss: m.rss - r0 }));`;
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    encoding: 'utf8',
  });
  const { heap, rss } = JSON.parse(out.trim().split('\n').pop() ?? '{}') as { heap: number; rss: number };
  return { heapMb: round(heap / 2 ** 20, 1), rssMb: round(rss / 2 ** 20, 1) };
}

const BAD_INPUTS: Array<[string, () => string]> = [
  ['empty', () => ''],
  ['1 MB of Dutch words', () => 'het internet doet het niet maar de monteur was top hoor 👏 '.repeat(18_000).slice(0, 1_000_000)],
  ['1 MB of digits and spaces', () => '1234 '.repeat(200_000)],
  ['1 MB of one letter', () => 'a'.repeat(1_000_000)],
  ['10,000 repeated characters', () => 'e'.repeat(10_000)],
  ['10,000 exclamation marks', () => '!'.repeat(10_000)],
  ['10,000 emoji', () => '😡'.repeat(10_000)],
  ['only emoji with skin tones and ZWJ', () => '👍🏽👨‍👩‍👧‍👦🏳️‍🌈'.repeat(2_000)],
  ['100,000 lone surrogates', () => '\ud800x\udc00'.repeat(33_000)],
  ['RTL and zero-width marks', () => 'be\u200bdankt \u202e\u200f\u2066top\u2069 '.repeat(20_000)],
  ['mixed scripts', () => 'Спасибо مرحبا 你好 dank je ありがとう '.repeat(20_000)],
  ['"@" and dots (e-mail scanner)', () => 'a@b.'.repeat(100_000)],
  ['IBAN-shaped runs', () => 'NL91 ABNA '.repeat(100_000)],
  ['negations without end', () => 'niet '.repeat(100_000)],
  ['one 100,000-letter word', () => `super${'r'.repeat(100_000)}`],
  ['URL without end', () => `https://${'x'.repeat(200_000)}`],
  ['postcode-shaped pairs', () => '1234 AB '.repeat(100_000)],
];

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

export async function run(): Promise<BenchOutcome> {
  const failures: string[] = [];
  const examples = devSet();
  // Each account has a learnt intent model, as in production: the worst case for the time per message.
  const { contextOf, intentModel } = contexts(examples);
  const messages = benchCorpus(examples, MESSAGES);
  // Looked up before the clock starts: finding a message's context is not part of analysing it.
  const analysisContexts = messages.map(contextOf);
  const chars = messages.reduce((n, m) => n + m.text.length, 0);
  console.log(
    `  ${messages.length} messages, mean ${Math.round(chars / messages.length)} characters, intent model of ${examples.length} labels`,
  );

  for (let i = 0; i < 2000; i++) analyzeMessage((messages[i] as CorpusMessage).text, contextOf(messages[i] as CorpusMessage)); // warm-up
  // The machine is shared: besides wall time, the CPU time this process spent is measured, which
  // is what "per core" means and is not inflated by other processes waiting for the same cores.
  // Even CPU time swings by a fifth here (other virtual machines share the caches and clock), and
  // noise only ever adds time: throughput is the fastest of PASSES loops without timers (all are
  // printed), then the time of each message is taken in one more loop.
  // Beside each pass, one of the word-list baseline (seed 001's tool: the lexicon summed per
  // message) over the same messages: the ratio of the two is a figure this machine's speed of the
  // moment does not change.
  const passes: Array<{ cpuSeconds: number; seconds: number }> = [];
  let baselineCpuSeconds = Infinity;
  for (let p = 0; p < PASSES; p++) {
    const baselineStarted = process.cpuUsage();
    for (let i = 0; i < messages.length; i++) baselineLabel((messages[i] as CorpusMessage).text);
    const baselineUsed = process.cpuUsage(baselineStarted);
    baselineCpuSeconds = Math.min(baselineCpuSeconds, (baselineUsed.user + baselineUsed.system) / 1e6);
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    for (let i = 0; i < messages.length; i++) analyzeMessage((messages[i] as CorpusMessage).text, analysisContexts[i]);
    const cpuUsed = process.cpuUsage(cpuStarted);
    passes.push({ cpuSeconds: (cpuUsed.user + cpuUsed.system) / 1e6, seconds: (performance.now() - started) / 1000 });
  }
  const { cpuSeconds, seconds } = passes.reduce((best, x) => (x.cpuSeconds < best.cpuSeconds ? x : best));
  const passRates = passes.map((x) => Math.round(messages.length / x.cpuSeconds));
  const wall = new Float64Array(messages.length);
  const cpu = new Float64Array(messages.length);
  for (let i = 0; i < messages.length; i++) {
    const m = messages[i] as CorpusMessage;
    const c = process.cpuUsage();
    const t = performance.now();
    analyzeMessage(m.text, analysisContexts[i]);
    wall[i] = performance.now() - t;
    const used = process.cpuUsage(c);
    cpu[i] = (used.user + used.system) / 1000;
  }
  const perSecond = Math.round(messages.length / seconds);
  const perCpuSecond = Math.round(messages.length / cpuSeconds);
  const baselinePerCpuSecond = Math.round(messages.length / baselineCpuSeconds);
  const timesBaseline = round(cpuSeconds / baselineCpuSeconds, 2);
  const latency = summarize(Array.from(wall));
  const cpuLatency = summarize(Array.from(cpu));
  printTable([
    [
      'throughput',
      `${perCpuSecond} msg/s per CPU-second`,
      `${perSecond} msg/s wall`,
      `(${cpuSeconds.toFixed(2)} s CPU, ${seconds.toFixed(2)} s wall; passes ${passRates.join(' / ')} msg/CPU-s)`,
    ],
    [
      'word-list baseline',
      `${baselinePerCpuSecond} msg/s per CPU-second`,
      `full analysis ${timesBaseline}x its time`,
      '(same messages, same process, best of the same passes)',
    ],
    ['per message, CPU', `p50 ${ms(cpuLatency.p50)}`, `p99 ${ms(cpuLatency.p99)}`, `max ${ms(cpuLatency.max)}`],
    ['per message, wall', `p50 ${ms(latency.p50)}`, `p99 ${ms(latency.p99)}`, `max ${ms(latency.max)}`],
  ]);
  if (perCpuSecond < TARGET_PER_SECOND)
    failures.push(`throughput ${perCpuSecond} msg/s per CPU-second is below ${TARGET_PER_SECOND}`);
  if (cpuLatency.p99 >= TARGET_P99_MS)
    failures.push(`p99 (CPU) ${cpuLatency.p99.toFixed(3)} ms is not under ${TARGET_P99_MS} ms`);

  const memory = modelMemory();
  const modelJsonKb = round(JSON.stringify(intentModel).length / 1024, 1);
  printTable([
    ['model memory', `${memory.heapMb} MB heap`, `${memory.rssMb} MB RSS`, `(intent model state ${modelJsonKb} KB as JSON)`],
  ]);
  if (memory.heapMb >= TARGET_MODEL_MB) failures.push(`models take ${memory.heapMb} MB of heap, not under ${TARGET_MODEL_MB} MB`);

  console.log('  bad inputs (worst of 3 runs each):');
  const bad: Record<string, number> = {};
  const rows: string[][] = [];
  for (const [name, make] of BAD_INPUTS) {
    const text = make();
    let worst = 0;
    let analysable = false;
    for (let k = 0; k < 3; k++)
      worst = Math.max(
        worst,
        time(() => (analysable = analyzeMessage(text, contextOf(examples[0] as CorpusMessage)).analysable)),
      );
    bad[name] = round(worst);
    rows.push([name, `${text.length} chars`, ms(worst), analysable ? 'analysed' : 'not analysable']);
    if (worst > BAD_INPUT_BUDGET_MS)
      failures.push(`bad input "${name}" took ${worst.toFixed(0)} ms (budget ${BAD_INPUT_BUDGET_MS} ms)`);
  }
  printTable(rows, '    ');
  return {
    figures: {
      messages: messages.length,
      messagesPerCpuSecond: perCpuSecond,
      messagesPerCpuSecondPasses: passRates,
      wordListBaselinePerCpuSecond: baselinePerCpuSecond,
      timesWordListBaseline: timesBaseline,
      messagesPerSecondWall: perSecond,
      cpuLatencyMs: roundSummary(cpuLatency),
      wallLatencyMs: roundSummary(latency),
      modelHeapMb: memory.heapMb,
      modelRssMb: memory.rssMb,
      intentModelJsonKb: modelJsonKb,
      badInputWorstMs: bad,
    },
    failures,
  };
}
