import { readFileSync } from 'node:fs';
import { analyzeMessage } from './src/index';
const brands = JSON.parse(readFileSync('packages/nlp/eval/data/brands.json', 'utf8'));
const field = process.argv[2] ?? 'sentimentBrand';
for (const l of readFileSync('packages/nlp/eval/data/devset.jsonl', 'utf8').split('\n').filter(Boolean)) {
  const e = JSON.parse(l);
  if (e.split !== 'dev') continue;
  const a = analyzeMessage(e.text, {
    brand: brands[e.account],
    public: e.public,
    channel: e.channel,
    piiPatterns: brands[e.account].piiPatterns,
  });
  const got =
    field === 'sentimentBrand'
      ? a.sentiment.brand.label
      : field === 'intent'
        ? a.intent.label
        : field === 'needsReply'
          ? a.needsReply.value
          : field === 'urgency'
            ? a.urgency.level
            : field === 'formality'
              ? a.formality.value
              : field === 'sarcasm'
                ? a.sarcasm.value
                : a.language.code;
  if (String(got) !== String(e[field]))
    console.log(
      `${e[field]} -> ${got} | ${e.text.slice(0, 110)} | ${field === 'sentimentBrand' ? a.sentiment.brand.phrases.map((p) => p.text + ':' + p.weight).join(', ') : field === 'needsReply' ? a.needsReply.reason + ' ' + a.intent.label : field === 'urgency' ? a.urgency.score + ' ' + a.urgency.signals + ' ' + a.intent.label : ''}`,
    );
}
