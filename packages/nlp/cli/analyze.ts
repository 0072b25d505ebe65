/**
 * `npm run analyze`: the analysis for teams that export their messages. Reads JSON lines
 * {"id","text","channel","public"} on standard input and writes one JSON line per input line on
 * standard output: {"id", ...the full analysis} or {"id","error"} for a line it cannot read. Lines
 * stream through (100,000 lines never sit in memory); output waits when the reader is slow.
 * Brand: --brand FILE (JSON {names, handles, products, competitors, piiPatterns, intents}) and/or
 * --name, --handle, --product, --competitor (repeatable). See packages/nlp/README.md.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { AnalyzeInputLine } from '@balie/contracts';
import { analyzeMessage, type AnalysisContext, type BrandProfile, type PiiPattern } from '../src/index';

interface BrandFile extends BrandProfile {
  piiPatterns?: PiiPattern[];
  intents?: string[];
}

function usage(message: string): never {
  process.stderr.write(
    `${message}\nusage: npm run analyze -- [--brand FILE] [--name NAME]… [--handle @H]… [--product P]… [--competitor C]… < in.jsonl > out.jsonl\n`,
  );
  process.exit(2);
}

function loadContext(): Omit<AnalysisContext, 'channel' | 'public' | 'reach'> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        brand: { type: 'string' },
        name: { type: 'string', multiple: true },
        handle: { type: 'string', multiple: true },
        product: { type: 'string', multiple: true },
        competitor: { type: 'string', multiple: true },
      },
    }));
  } catch (err) {
    usage((err as Error).message);
  }
  let file: BrandFile = { names: [] };
  if (values.brand) {
    try {
      file = JSON.parse(readFileSync(values.brand, 'utf8')) as BrandFile;
    } catch (err) {
      usage(`cannot read brand file ${values.brand}: ${(err as Error).message}`);
    }
  }
  const list = (x: unknown) => (Array.isArray(x) ? x.filter((v): v is string => typeof v === 'string') : []);
  const brand: BrandProfile = {
    names: [...list(file.names), ...(values.name ?? [])],
    handles: [...list(file.handles), ...(values.handle ?? [])],
    products: [...list(file.products), ...(values.product ?? [])],
    competitors: [...list(file.competitors), ...(values.competitor ?? [])],
  };
  if (brand.names.length + (brand.handles?.length ?? 0) === 0)
    process.stderr.write('warning: no brand names or handles given; all sentiment counts as toward the brand\n');
  return {
    brand,
    ...(Array.isArray(file.piiPatterns) ? { piiPatterns: file.piiPatterns } : {}),
    ...(Array.isArray(file.intents) ? { intents: list(file.intents) } : {}),
  };
}

async function write(line: string): Promise<void> {
  if (!process.stdout.write(`${line}\n`)) await new Promise((resolve) => process.stdout.once('drain', resolve));
}

async function main(): Promise<void> {
  const context = loadContext();
  const started = performance.now();
  let lineNo = 0;
  let analysed = 0;
  let failed = 0;
  const input = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of input) {
    lineNo++;
    if (line.trim() === '') continue;
    let id: unknown = null;
    try {
      const raw: unknown = JSON.parse(line);
      if (raw && typeof raw === 'object' && 'id' in raw) id = (raw as { id: unknown }).id;
      const parsed = AnalyzeInputLine.safeParse(raw);
      if (!parsed.success)
        throw new Error(parsed.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; '));
      const m = parsed.data;
      const analysis = analyzeMessage(m.text, { ...context, channel: m.channel, public: m.public ?? false, reach: m.reach });
      await write(JSON.stringify({ id: m.id, ...analysis }));
      analysed++;
    } catch (err) {
      failed++;
      const message = err instanceof SyntaxError ? `invalid JSON: ${err.message}` : (err as Error).message;
      process.stderr.write(`line ${lineNo}: ${message}\n`);
      await write(JSON.stringify({ id, line: lineNo, error: message }));
    }
  }
  const seconds = (performance.now() - started) / 1000;
  process.stderr.write(
    `${analysed} analysed, ${failed} not readable, ${seconds.toFixed(1)} s (${Math.round(analysed / Math.max(seconds, 1e-3))} msg/s)\n`,
  );
}

await main();
