/**
 * Rule scores per intent: the cue words and phrases of cues.ts, plus the structure of the message
 * (a question mark, an opening question word) and its sentiment toward the brand. Topic intents
 * outrank the form intents when their cues are clear; spam and abuse outrank everything.
 */
import type { Token } from '../text/tokenize';
import { addCue, emptySet, findCues, type PhraseSet } from '../signals/phrase-set';
import { CUES } from './cues';

function compile(): PhraseSet<[string, number]> {
  const set = emptySet<[string, number]>();
  for (const [intent, cues] of Object.entries(CUES)) for (const [cue, weight] of cues) addCue(set, cue, [intent, weight]);
  return set;
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
  let questionMarks = 0;
  for (const t of tokens) if (t.norm === '?') questionMarks++;
  for (const hit of findCues(COMPILED, tokens, 200)) once(`${hit.payload[0]}:${hit.cue}`, hit.payload[0], hit.payload[1]);

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
