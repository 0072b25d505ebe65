/**
 * Switching provider, the webcare way of judging without judging words: "overgestapt van Ziggo
 * naar @voltanet", "ik ben over naar KPN", "switched to Stroomzo after years with Vattenfall".
 * The one left behind gets a negative judgement, the one switched to a positive one; leaving the
 * brand for someone else is also a negative judgement of the brand.
 */
import type { Token } from '../text/tokenize';
import { hasFlag, wordFlag } from '../text/vocabulary';
import type { Item, Structure } from './items';
import type { Mention } from './targets';

/** Words that say someone changes provider; "over" only counts right before "naar" ("ben over naar"). */
const SWITCH = wordFlag([
  'overgestapt',
  'overstappen',
  'overstap',
  'overgaan',
  'overgegaan',
  'stap',
  'stappen',
  'switched',
  'switching',
  'switch',
  'moved',
  'moving',
  'voortaan',
]);
const TO = wordFlag(['naar', 'to', 'bij']);
// "na jaren X": what they had for years
const FROM = wordFlag(['van', 'from', 'with', 'bij', 'jaren']);

export interface Judgement {
  item: Item;
  target: Mention['target'];
}

const WEIGHT = 0.5;

function judgement(first: number, last: number, clause: number, weight: number, target: Mention['target']): Judgement {
  return {
    item: { first, last, weight, modifiers: ['switch'], clause, phrase: undefined, emoji: false, negated: false },
    target,
  };
}

/** The judgements that switching implies, for the entities named around a switch word in its sentence. */
export function switchJudgements(tokens: readonly Token[], s: Structure, named: readonly Mention[]): Judgement[] {
  const out: Judgement[] = [];
  let lastSentence = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const isSwitch = hasFlag(t, SWITCH) || (t.norm === 'over' && tokens[i + 1]?.norm === 'naar');
    const sentence = s.sentenceOfClause[s.clauseOf[i] as number] as number;
    // One switch per sentence: "stap over, ik ben overgestapt" is not two.
    if (!isSwitch || sentence === lastSentence) continue;
    lastSentence = sentence;
    let leavesBrand = false;
    for (const m of named) {
      if (s.sentenceOfClause[s.clauseOf[m.index] as number] !== sentence) continue;
      const before = tokens[m.index - 1];
      // "naar X" / "to X" is where they go, "van X" / "from X" / "with X" what they leave; "bij X"
      // after "voortaan" is where they will be, before a switch word where they were.
      const to = hasFlag(before, TO) && (before?.norm !== 'bij' || t.norm === 'voortaan');
      const from = !to && hasFlag(before, FROM) && t.norm !== 'voortaan';
      if (!to && !from) continue;
      const clause = s.clauseOf[m.index] as number;
      out.push(judgement(m.index, m.endIndex - 1, clause, to ? WEIGHT : -WEIGHT, m.target));
      if ((to && m.target === 'other') || (from && m.target === 'brand')) leavesBrand = true;
    }
    if (leavesBrand) out.push(judgement(i, i, s.clauseOf[i] as number, -WEIGHT, 'brand'));
  }
  return out;
}
