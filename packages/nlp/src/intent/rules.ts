/**
 * Rule scores per intent: the cue words and phrases of cues.ts, plus the structure of the message
 * (a question mark, an opening question word) and its sentiment toward the brand. Topic intents
 * outrank the form intents when their cues are clear; spam and abuse outrank everything.
 */
import type { Token } from '../text/tokenize';
import { addCue, cueList, findCues, hits, type CueList } from '../signals/phrase-set';
import { hasFlag, wordFlag } from '../text/vocabulary';
import { CUES } from './cues';

/**
 * The intents the rules score, in a fixed order: ruleScores writes one score per intent at these
 * indexes, so a message costs no Map of scores.
 */
export const RULE_INTENTS: readonly string[] = [...new Set([...Object.keys(CUES), 'question', 'complaint', 'praise', 'spam'])];

function intentIndex(intent: string): number {
  return RULE_INTENTS.indexOf(intent);
}

const QUESTION = intentIndex('question');
const COMPLAINT = intentIndex('complaint');
const PRAISE = intentIndex('praise');
const FEEDBACK = intentIndex('feedback');
const SPAM = intentIndex('spam');
const TOPICS = ['outage', 'billing', 'delivery', 'cancellation', 'sales_lead', 'spam', 'abuse'].map(intentIndex);

/** Payload of a cue: [index in RULE_INTENTS, weight]. */
type Cue = [number, number];

/** More hits than this are not looked at: a text repeating cues says no more. */
const MAX_HITS = 200;

function compile(): CueList<Cue> {
  const list = cueList<Cue>(MAX_HITS);
  for (const [intent, cues] of Object.entries(CUES))
    for (const [cue, weight] of cues) addCue(list, cue, [intentIndex(intent), weight]);
  return list;
}

const COMPILED = compile();
/** Words that open a question, as a vocabulary flag: the token's entry is at hand, so no string look-up. */
const QUESTION_OPENERS = wordFlag(
  'wanneer waarom hoe wat waar welke wie hoelang hoeveel kan kunnen kunt mag moet klopt is zijn heb hebben heeft weet when why how what where which who can could is are do does did will would should'.split(
    ' ',
  ),
);

export interface RuleInput {
  tokens: readonly Token[];
  /** sentiment toward the brand, −1 … +1 */
  brandScore: number;
  sarcastic: boolean;
  /** praise and a complaint on either side of a contrast: a review, i.e. feedback */
  mixed: boolean;
  hasUrl: boolean;
}

/** Per cue number: its intent and weight. */
const CUE_INTENT = Int32Array.from(COMPILED.payloads, (p) => p[0]);
const CUE_WEIGHT = Float64Array.from(COMPILED.payloads, (p) => p[1]);

/** Per cue number, the number of its (intent, cue text) pair: a cue counts once per intent however often it occurs. */
function pairNumbers(): Int32Array {
  const numbers = new Map<string, number>();
  return Int32Array.from(COMPILED.texts, (text, cue) => {
    const key = `${CUE_INTENT[cue]} ${text}`;
    let n = numbers.get(key);
    if (n === undefined) numbers.set(key, (n = numbers.size));
    return n;
  });
}
const CUE_PAIR = pairNumbers();
/** Per pair (there are no more pairs than cues), the last message that counted it: nothing to clear between messages. */
const pairCountedIn = new Float64Array(CUE_PAIR.length);
let message = 0;

function add(scores: Float64Array, intent: number, weight: number): void {
  scores[intent] = (scores[intent] as number) + weight;
}

/** Writes the score of each intent of RULE_INTENTS into `scores` (0 where nothing points to it). */
export function ruleScores({ tokens, brandScore, sarcastic, mixed, hasUrl }: RuleInput, scores: Float64Array): void {
  scores.fill(0, 0, RULE_INTENTS.length);
  const found = findCues(tokens);
  message++;
  for (let h = 0; h < found; h++) {
    if (hits.lists[h] !== COMPILED.id) continue;
    const cue = hits.cues[h] as number;
    const pair = CUE_PAIR[cue] as number;
    if (pairCountedIn[pair] === message) continue;
    pairCountedIn[pair] = message;
    add(scores, CUE_INTENT[cue] as number, CUE_WEIGHT[cue] as number);
  }

  let questionMarks = 0;
  let firstWord: Token | undefined;
  let opener: Token | undefined;
  for (const t of tokens) {
    if (t.norm === '?') questionMarks++;
    if (opener !== undefined) continue;
    if (firstWord === undefined && (t.kind === 'word' || t.kind === 'handle')) firstWord = t;
    if (t.kind === 'word') opener = t;
  }
  if (questionMarks > 0) add(scores, QUESTION, 0.5);
  if (hasFlag(opener, QUESTION_OPENERS) && (questionMarks > 0 || firstWord === opener)) add(scores, QUESTION, 0.2);
  if (brandScore < 0) add(scores, COMPLAINT, 0.3 + 0.6 * Math.min(1, -brandScore));
  // Clear praise wins over the topic it praises ("retour ging super makkelijk").
  if (brandScore > 0 && !sarcastic) add(scores, PRAISE, 0.2 + brandScore * 1.2);
  if (sarcastic) add(scores, COMPLAINT, 0.3);
  if (hasUrl && (scores[SPAM] as number) > 0) add(scores, SPAM, 0.5);
  if (mixed && !sarcastic) add(scores, FEEDBACK, 0.9);
  // The topic says more than the form: a question about a bill is a billing message. A suggestion
  // says more than its topic ("idee: laat klanten een bezorgtijdvak kiezen" is feedback).
  for (const topic of TOPICS) scores[topic] = (scores[topic] as number) * 1.3;
  if ((scores[FEEDBACK] as number) >= 0.9) scores[FEEDBACK] = (scores[FEEDBACK] as number) * 1.5;
}
