/**
 * Entry point of the benchmarks: `npm run bench -- NAME` runs bench/NAME.ts on PGlite and on
 * PostgreSQL (once, without a database, when the bench says it needs none), prints the machine it
 * ran on, aligned figures per engine and one final `BENCH_RESULT {json}` line for scripts. Exits 2 for an unknown bench, 1 when a check failed.
 */
import { readdirSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { EngineKind } from '@balie/core';
import { ENGINE_KINDS, startEngine, type BenchModule, type BenchOutcome } from './engines';

/** Modules here that are not benches: the shared code and worker-thread scripts (NAME.worker.ts). */
const SHARED = new Set(['run', 'stats', 'engines']);

const dir = fileURLToPath(new URL('.', import.meta.url));
const available = readdirSync(dir)
  .filter((f) => /^[a-z0-9-]+\.ts$/.test(f))
  .map((f) => f.slice(0, -'.ts'.length))
  .filter((name) => !SHARED.has(name))
  .sort();

const name = process.argv[2];
if (!name || !available.includes(name)) {
  console.error(`${name ? `unknown bench "${name}"` : 'no bench named'}; usage: npm run bench -- NAME`);
  console.error(`available: ${available.join(', ')}`);
  process.exit(2);
}

const bench = (await import(`./${name}.ts`)) as BenchModule;
const cpu = cpus();
const machine = {
  cpu: cpu[0]?.model.trim() ?? 'unknown',
  cores: cpu.length,
  memoryGb: Math.round(totalmem() / 2 ** 30),
  os: `${osType()} ${release()}`,
};
console.log(`bench    ${name}: ${bench.description}`);
console.log(`machine  ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}`);
console.log(`node     ${process.version}`);
// Other work on the machine skews latency figures: show how busy it was when the bench started.
const load = loadavg().map((x) => Number(x.toFixed(2)));
console.log(`load     ${load.join(' ')} (1/5/15 min averages at start)`);

const engines: Record<string, unknown> = {};
const failures: string[] = [];
if (bench.needsDatabase === false) {
  // Pure code (text analysis): one run, reported under "none" instead of once per engine.
  console.log('');
  try {
    const outcome = await (bench.run as () => Promise<BenchOutcome>)();
    engines.none = { ...outcome.figures, failures: outcome.failures };
    failures.push(...outcome.failures);
  } catch (err) {
    const message = (err as Error).stack ?? String(err);
    console.log(`FAIL ${message}`);
    failures.push(message);
  }
}
for (const kind of bench.needsDatabase === false ? [] : selectedEngines()) {
  console.log('');
  let engine;
  try {
    engine = await startEngine(kind);
  } catch (err) {
    const message = `${kind}: could not start the engine: ${(err as Error).message}`;
    console.log(`FAIL ${message}`);
    failures.push(message);
    engines[kind] = { error: message };
    continue;
  }
  console.log(`== engine ${engine.description}`);
  const started = performance.now();
  try {
    const outcome = await bench.run(engine);
    engines[kind] = { engine: engine.description, ...outcome.figures, failures: outcome.failures };
    for (const f of outcome.failures) failures.push(`${kind}: ${f}`);
  } catch (err) {
    const message = `${kind}: ${(err as Error).stack ?? String(err)}`;
    console.log(`FAIL ${message}`);
    failures.push(message);
    engines[kind] = { engine: engine.description, error: (err as Error).message };
  } finally {
    await engine.stop();
  }
  console.log(`   (${kind} took ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

console.log('');
if (failures.length > 0) console.log(`FAIL ${failures.length} check(s) failed:\n  ${failures.join('\n  ')}`);
else console.log('OK all checks passed');
console.log(
  `BENCH_RESULT ${JSON.stringify({ bench: name, ok: failures.length === 0, machine, node: process.version, loadAtStart: load, engines })}`,
);
process.exit(failures.length > 0 ? 1 : 0);

/** BENCH_ENGINES=postgres (or pglite) runs one engine only, e.g. to repeat a long bench on one. */
function selectedEngines(): readonly EngineKind[] {
  const wanted = process.env.BENCH_ENGINES?.split(',').map((e) => e.trim());
  if (!wanted) return ENGINE_KINDS;
  const unknown = wanted.filter((e) => !(ENGINE_KINDS as readonly string[]).includes(e));
  if (unknown.length > 0) {
    console.error(`BENCH_ENGINES: unknown engine ${unknown.join(', ')}; use ${ENGINE_KINDS.join(', ')}`);
    process.exit(2);
  }
  return ENGINE_KINDS.filter((k) => wanted.includes(k));
}
