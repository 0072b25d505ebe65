/**
 * A fingerprint of what the analyzers say: every dev-set message and 20,000 benchmark messages
 * analysed, one JSON line each. A change meant only to make the analysis faster must leave the
 * fingerprint unchanged. Usage: npm run fingerprint --workspace @balie/nlp [-- --out FILE]
 * (write the lines to FILE, to diff two runs).
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyzeMessage } from '../src/analyze';
import { benchCorpus, contexts, devSet } from './corpus';

const { values } = parseArgs({ options: { out: { type: 'string' }, count: { type: 'string', default: '20000' } } });
const examples = devSet();
const { contextOf } = contexts(examples);
const messages = [...examples, ...benchCorpus(examples, Number(values.count))];
const lines = messages.map((m) => JSON.stringify(analyzeMessage(m.text, contextOf(m))));
const hash = createHash('sha256');
for (const l of lines) hash.update(l).update('\n');
if (values.out) writeFileSync(values.out, `${lines.join('\n')}\n`);
console.log(`${messages.length} analyses, sha256 ${hash.digest('hex')}`);
