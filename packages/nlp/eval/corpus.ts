/**
 * The messages the speed work is measured and checked on: the development set, and a larger
 * corpus made from it (each message varied in opener, closer and digits) as the benchmark uses.
 * Deterministic, so two runs analyse the same messages.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AnalysisContext } from '../src/analyze';
import { createIntentModel, learnIntent, type IntentModelState } from '../src/intent/model';

export interface CorpusMessage {
  account: string;
  channel: string;
  public: boolean;
  text: string;
  intent: string;
}

const dataUrl = (f: string) => fileURLToPath(new URL(`./data/${f}`, import.meta.url));

export function devSet(): CorpusMessage[] {
  return readFileSync(dataUrl('devset.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as CorpusMessage);
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const OPENERS = ['', '', '', 'Hoi, ', 'Hallo, ', 'Goedemorgen, ', 'Hi, ', '@voltanet ', '@pakkie ', 'Beste, '];
const CLOSERS = ['', '', '', ' Groet, Sanne', ' 😡', ' 🙏', ' Alvast bedankt!', ' thx', ' !!', ' Mvg, Jan'];

/** `count` messages of realistic length: dev-set messages varied in opener, closer and numbers. */
export function benchCorpus(examples: readonly CorpusMessage[], count: number): CorpusMessage[] {
  const next = rng(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const out: CorpusMessage[] = [];
  for (let i = 0; i < count; i++) {
    const e = pick(examples);
    const body = e.text.replace(/\d/g, () => String(Math.floor(next() * 10)));
    // Through JSON, as real messages arrive: a flat string, not the concatenation a template literal makes.
    out.push({ ...e, text: JSON.parse(JSON.stringify(`${pick(OPENERS)}${body}${pick(CLOSERS)}`)) as string });
  }
  return out;
}

/**
 * One analysis context per account, channel and public flag, each with an intent model learnt
 * from the whole development set, as an account that has used Balie for a while has.
 */
export function contexts(examples: readonly CorpusMessage[]): {
  contextOf: (m: CorpusMessage) => AnalysisContext;
  intentModel: IntentModelState;
} {
  const brands = JSON.parse(readFileSync(dataUrl('brands.json'), 'utf8')) as Record<string, AnalysisContext['brand']>;
  let model: IntentModelState = createIntentModel();
  for (const e of examples) model = learnIntent(model, e.text, e.intent);
  const made = new Map<string, AnalysisContext>();
  const contextOf = (m: CorpusMessage) => {
    const key = `${m.account}:${m.channel}:${m.public}`;
    let c = made.get(key);
    if (!c) made.set(key, (c = { brand: brands[m.account], channel: m.channel, public: m.public, intentModel: model }));
    return c;
  };
  return { contextOf, intentModel: model };
}
