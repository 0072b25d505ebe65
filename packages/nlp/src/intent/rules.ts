/**
 * Rule scores per intent: the cue words and phrases of cues.ts, plus the structure of the message
 * (a question mark, an opening question word) and its sentiment toward the brand. Topic intents
 * outrank the form intents when their cues are clear; spam and abuse outrank everything.
 */
import type { Token } from '../text/tokenize';
import { tokenize } from '../text/tokenize';
import { CUES } from './cues';

interface Compiled {
  words: Map<string, Array<[string, number]>>;
  prefixes: Array<[string, string, number]>;
  phrases: Array<[string, string, number]>;
}

function compile(): Compiled {
  const words = new Map<string, Array<[string, number]>>();
  const prefixes: Array<[string, string, number]> = [];
  const phrases: Array<[string, string, number]> = [];
  for (const [intent, cues] of Object.entries(CUES)) {
    for (const [cue, weight] of cues) {
      const prefix = cue.endsWith('*');
      const norms = tokenize(prefix ? cue.slice(0, -1) : cue).map((t) => t.norm);
      if (norms.length === 0) continue;
      if (norms.length > 1) phrases.push([` ${norms.join(' ')} `, intent, weight]);
      else if (prefix) prefixes.push([norms[0] as string, intent, weight]);
      else words.set(norms[0] as string, [...(words.get(norms[0] as string) ?? []), [intent, weight]]);
    }
  }
  return { words, prefixes, phrases };
}

const COMPILED = compile();
const TOPICS = ['outage', 'billing', 'delivery', 'cancellation', 'sales_lead', 'spam', 'abuse'];
const QUESTION_OPENERS = new Set(
  'wanneer waarom hoe wat waar welke wie hoelang hoeveel kan kunnen kunt mag moet klopt is zijn heb hebben heeft weet when why how what where which who can could is are do does did will would should'.split(
    ' ',
  ),
);

export interface RuleInput {
  tokens: readonly Token[];
  /** sentiment toward the brand, −1 … +1 */
  brandScore: number;
  sarcastic: boolean;
  hasUrl: boolean;
}

export function ruleScores({ tokens, brandScore, sarcastic, hasUrl }: RuleInput): Map<string, number> {
  const scores = new Map<string, number>();
  const add = (intent: string, w: number) => scores.set(intent, (scores.get(intent) ?? 0) + w);
  const seen = new Set<string>();
  const once = (key: string, intent: string, w: number) => {
    if (seen.has(key)) return;
    seen.add(key);
    add(intent, w);
  };
  let joined = ' ';
  let questionMarks = 0;
  for (const t of tokens) {
    const n = t.alt ?? t.norm;
    joined += `${n} `;
    if (n === '?') questionMarks++;
    for (const [intent, w] of COMPILED.words.get(n) ?? []) once(`${intent}:${n}`, intent, w);
    if (t.kind !== 'word') continue;
    for (const [p, intent, w] of COMPILED.prefixes) if (n.startsWith(p)) once(`${intent}:${p}*`, intent, w);
  }
  for (const [phrase, intent, w] of COMPILED.phrases) if (joined.includes(phrase)) once(`${intent}:${phrase}`, intent, w);

  const firstWord = tokens.find((t) => t.kind === 'word' || t.kind === 'handle');
  const opener = tokens.find((t) => t.kind === 'word');
  if (questionMarks > 0) add('question', 0.5);
  if (opener && QUESTION_OPENERS.has(opener.norm) && (questionMarks > 0 || firstWord === opener)) add('question', 0.2);
  if (brandScore < 0) add('complaint', 0.3 + 0.6 * Math.min(1, -brandScore));
  // Clear praise wins over the topic it praises ("retour ging super makkelijk").
  if (brandScore > 0 && !sarcastic) add('praise', 0.2 + brandScore * 1.2);
  if (sarcastic) add('complaint', 0.3);
  if (hasUrl && (scores.get('spam') ?? 0) > 0) add('spam', 0.5);
  // The topic says more than the form: a question about a bill is a billing message.
  for (const topic of TOPICS) if (scores.has(topic)) scores.set(topic, (scores.get(topic) as number) * 1.3);
  return scores;
}
