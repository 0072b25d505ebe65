/**
 * Switching provider, the webcare way of judging without judging words: "overgestapt van Ziggo
 * naar @voltanet", "ik ben over naar KPN", "switched to Stroomzo after years with Vattenfall".
 * The one left behind gets a negative judgement, the one switched to a positive one; leaving the
 * brand for someone else is also a negative judgement of the brand.
 */
import type { Token } from '../text/tokenize';
import { wordFlag } from '../text/vocabulary';
import type { ItemList, Structure } from './items';
import { ABOUT_BRAND, SWITCHED } from './modifier-bits';
import type { MentionList } from './targets';

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

const WEIGHT = 0.5;

/**
 * Adds the judgements that switching implies to `out`, for the entities named around a switch word
 * in its sentence; those about the brand carry ABOUT_BRAND.
 */
export function switchJudgements(tokens: readonly Token[], s: Structure, named: MentionList, out: ItemList): void {
  const { clauseOf, sentenceOfClause, tokenFlags } = s;
  let lastSentence = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const isSwitch = ((tokenFlags[i] as number) & SWITCH) !== 0 || (t.norm === 'over' && tokens[i + 1]?.norm === 'naar');
    const sentence = sentenceOfClause[clauseOf[i] as number] as number;
    // One switch per sentence: "stap over, ik ben overgestapt" is not two.
    if (!isSwitch || sentence === lastSentence) continue;
    lastSentence = sentence;
    let leavesBrand = false;
    for (let k = 0; k < named.count; k++) {
      const index = named.index[k] as number;
      const clause = clauseOf[index] as number;
      if (sentenceOfClause[clause] !== sentence) continue;
      const before = tokens[index - 1];
      const flagsBefore = index > 0 ? (tokenFlags[index - 1] as number) : 0;
      // "naar X" / "to X" is where they go, "van X" / "from X" / "with X" what they leave; "bij X"
      // after "voortaan" is where they will be, before a switch word where they were.
      const to = (flagsBefore & TO) !== 0 && (before?.norm !== 'bij' || t.norm === 'voortaan');
      const from = !to && (flagsBefore & FROM) !== 0 && t.norm !== 'voortaan';
      if (!to && !from) continue;
      const brand = named.brand[k] === 1;
      out.add(
        index,
        (named.end[k] as number) - 1,
        clause,
        to ? WEIGHT : -WEIGHT,
        SWITCHED | (brand ? ABOUT_BRAND : 0),
        undefined,
      );
      if ((to && !brand) || (from && brand)) leavesBrand = true;
    }
    if (leavesBrand) out.add(i, i, clauseOf[i] as number, -WEIGHT, SWITCHED | ABOUT_BRAND, undefined);
  }
}
