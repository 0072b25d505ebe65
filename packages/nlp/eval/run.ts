/**
 * Evaluation of every analyzer on the development set (eval/data/devset.jsonl, 415 labelled
 * webcare messages) and of language identification on lingua's test data. Prints precision,
 * recall and F1 per label for the tuning split ("dev") and the held-out split ("test") side by
 * side, the word-list baseline beside the sentiment figures, and confusion matrices on the
 * held-out split. Usage: npm run eval --workspace @balie/nlp [-- NAME…]
 * NAMEs: language sentiment sarcasm intent needs-reply urgency formality pii lingua (default: all).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_INTENTS, type MessageAnalysis } from '@balie/contracts';
import {
  analyzeMessage,
  createIntentModel,
  learnIntent,
  type BrandProfile,
  type IntentModelState,
  type PiiPattern,
} from '../src/index';
import { baselineLabel } from './baseline';
import { runLingua } from './lingua';
import { printComparison, printConfusion, type Pair } from './metrics';

interface Example {
  id: string;
  split: 'dev' | 'test';
  account: string;
  channel: string;
  public: boolean;
  text: string;
  language: string;
  sentimentBrand: string;
  sentimentOthers: string;
  sarcasm: boolean;
  intent: string;
  needsReply: boolean;
  urgency: string;
  urgencySignals: string[];
  formality: string;
  pii: Array<{ type: string; value: string }>;
}

const dataUrl = (f: string) => fileURLToPath(new URL(`./data/${f}`, import.meta.url));
const examples: Example[] = readFileSync(dataUrl('devset.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Example);
const brands = JSON.parse(readFileSync(dataUrl('brands.json'), 'utf8')) as Record<
  string,
  BrandProfile & { piiPatterns: PiiPattern[] }
>;

function analyse(e: Example, model?: IntentModelState): MessageAnalysis {
  const b = brands[e.account];
  return analyzeMessage(e.text, {
    brand: b,
    channel: e.channel,
    public: e.public,
    piiPatterns: b?.piiPatterns,
    intentModel: model,
  });
}

const started = performance.now();
const results = new Map(examples.map((e) => [e.id, analyse(e)]));
const perMessageMs = (performance.now() - started) / examples.length;
const splits = ['dev', 'test'] as const;

function compare(
  title: string,
  labels: readonly string[],
  systems: Record<string, (e: Example, a: MessageAnalysis) => Pair>,
): void {
  const runs = Object.entries(systems).flatMap(([name, fn]) =>
    splits.map((split) => ({
      name: `${name} ${split}`,
      pairs: examples.filter((e) => e.split === split).map((e) => fn(e, results.get(e.id) as MessageAnalysis)),
    })),
  );
  printComparison(title, labels, runs);
  const [first] = Object.entries(systems);
  if (first) {
    const test = examples.filter((e) => e.split === 'test');
    printConfusion(
      `${first[0]}, test split`,
      labels,
      test.map((e) => first[1](e, results.get(e.id) as MessageAnalysis)),
    );
  }
}

const SENTIMENT = ['negative', 'neutral', 'positive', 'mixed'];
const yesNo = (b: boolean) => (b ? 'yes' : 'no');

const analyzers: Record<string, () => void> = {
  language: () =>
    compare('language (dev set)', ['nl', 'en', 'de', 'fr', 'und'], {
      balie: (e, a) => ({ gold: e.language, predicted: a.language.code }),
    }),
  sentiment: () => {
    compare('sentiment toward the brand', SENTIMENT, {
      balie: (e, a) => ({ gold: e.sentimentBrand, predicted: a.sentiment.brand.label }),
      'word list': (e) => ({ gold: e.sentimentBrand, predicted: baselineLabel(e.text) }),
    });
    compare('sentiment toward others (competitors named in the brand profile)', SENTIMENT, {
      balie: (e, a) => ({ gold: e.sentimentOthers, predicted: a.sentiment.others.label }),
      'word list': (e, a) => ({
        gold: e.sentimentOthers,
        predicted: a.sentiment.competitors.length > 0 ? baselineLabel(e.text) : 'neutral',
      }),
    });
  },
  sarcasm: () =>
    compare('sarcasm', ['yes', 'no'], {
      balie: (e, a) => ({ gold: yesNo(e.sarcasm), predicted: yesNo(a.sarcasm.value) }),
    }),
  intent: () => {
    compare('intent (rules only, default taxonomy)', DEFAULT_INTENTS, {
      balie: (e, a) => ({ gold: e.intent, predicted: a.intent.label }),
    });
    // Learning: an account whose agents labelled the dev split; measured on the held-out split.
    let model = createIntentModel();
    for (const e of examples.filter((x) => x.split === 'dev')) model = learnIntent(model, e.text, e.intent);
    const test = examples.filter((e) => e.split === 'test');
    printComparison('intent on the held-out split after learning the dev split labels', DEFAULT_INTENTS, [
      {
        name: 'rules',
        pairs: test.map((e) => ({ gold: e.intent, predicted: (results.get(e.id) as MessageAnalysis).intent.label })),
      },
      { name: 'rules+model', pairs: test.map((e) => ({ gold: e.intent, predicted: analyse(e, model).intent.label })) },
    ]);
  },
  'needs-reply': () =>
    compare('needs reply', ['yes', 'no'], {
      balie: (e, a) => ({ gold: yesNo(e.needsReply), predicted: yesNo(a.needsReply.value) }),
    }),
  urgency: () => {
    compare('urgency level', ['low', 'normal', 'high', 'urgent'], {
      balie: (e, a) => ({ gold: e.urgency, predicted: a.urgency.level }),
    });
    for (const signal of ['outage_many', 'threat_safety', 'vulnerable_customer', 'deadline_today', 'churn_risk'])
      compare(`urgency signal ${signal}`, ['yes', 'no'], {
        balie: (e, a) => ({
          gold: yesNo(e.urgencySignals.includes(signal)),
          predicted: yesNo(a.urgency.signals.includes(signal as never)),
        }),
      });
  },
  formality: () =>
    compare('formality', ['formal', 'informal', 'unknown'], {
      balie: (e, a) => ({ gold: e.formality, predicted: a.formality.value }),
    }),
  pii: () => {
    // Each PII item (type + value) counts once: found with the right type, missed, or a false hit.
    const types = ['iban', 'bsn', 'phone', 'email', 'postcode', 'address', 'date_of_birth', 'payment_card', 'custom'];
    const pairsFor = (split: string) =>
      examples
        .filter((e) => e.split === split)
        .flatMap((e) => {
          const found = (results.get(e.id) as MessageAnalysis).pii.map((p) => ({ type: p.type, value: p.value }));
          const pairs: Pair[] = e.pii.map((g) => ({
            gold: g.type,
            predicted: found.find((f) => f.value === g.value)?.type ?? 'none',
          }));
          for (const f of found) if (!e.pii.some((g) => g.value === f.value)) pairs.push({ gold: 'none', predicted: f.type });
          return pairs;
        });
    printComparison(
      'PII (per item: type and exact value)',
      types,
      splits.map((s) => ({ name: `balie ${s}`, pairs: pairsFor(s) })),
    );
    const messagesWithout = examples.filter((e) => e.pii.length === 0);
    const falseHits = messagesWithout.filter((e) => (results.get(e.id) as MessageAnalysis).pii.length > 0);
    console.log(
      `   messages without PII: ${messagesWithout.length}, with a false hit: ${falseHits.length}${falseHits.map((e) => `\n     ${e.id}: ${e.text.slice(0, 70)}`).join('')}`,
    );
  },
  lingua: runLingua,
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const name of wanted)
  if (!analyzers[name]) throw new Error(`unknown analyzer "${name}"; one of ${Object.keys(analyzers).join(', ')}`);
console.log(
  `dev set: ${examples.length} messages (${examples.filter((e) => e.split === 'dev').length} dev, ${examples.filter((e) => e.split === 'test').length} held-out test); ${perMessageMs.toFixed(3)} ms per message incl. warm-up`,
);
for (const name of wanted.length > 0 ? wanted : Object.keys(analyzers)) analyzers[name]?.();
