/**
 * Turns CLiPS Pattern's Dutch adjective lexicon (PDDL, ../shared/data/pattern-nl-sentiment) into
 * the compact JSON the analyzers load: one polarity per word form, the mean over its senses
 * weighted by confidence (hand-tagged senses count more than inferred ones), as Pattern itself
 * averages senses. Forms with |polarity| < 0.05 are left out: they never decide anything.
 * Run: npx tsx packages/nlp/scripts/build-pattern-lexicon.ts [path/to/nl-sentiment.xml]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const source =
  process.argv[2] ?? fileURLToPath(new URL('../../../../shared/data/pattern-nl-sentiment/nl-sentiment.xml', import.meta.url));
const target = fileURLToPath(new URL('../src/lexicon/pattern-nl/polarity.json', import.meta.url));
const xml = readFileSync(source, 'utf8');
const sums = new Map<string, { weighted: number; weight: number }>();
for (const m of xml.matchAll(/<word form="([^"]+)"[^>]*? polarity="([-\d.]+)"[^>]*? confidence="([\d.]+)"/g)) {
  const form = (m[1] ?? '').toLowerCase();
  const polarity = Number(m[2]);
  const confidence = Number(m[3]) || 0.7;
  const s = sums.get(form) ?? { weighted: 0, weight: 0 };
  s.weighted += polarity * confidence;
  s.weight += confidence;
  sums.set(form, s);
}
const out: Record<string, number> = {};
for (const [form, s] of [...sums].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const p = Math.round((s.weighted / s.weight) * 100) / 100;
  if (Math.abs(p) >= 0.05) out[form] = p;
}
writeFileSync(target, JSON.stringify(out) + '\n');
console.log(`${sums.size} forms read, ${Object.keys(out).length} with a polarity written to ${target}`);
