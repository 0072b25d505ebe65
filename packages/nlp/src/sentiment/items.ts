/**
 * First pass of the sentiment analysis: turns tokens into polar items (words, phrases, emoji,
 * negated expectations) with the modifiers around them applied: negation and its scope,
 * intensifiers and diminishers, elongation, capitals and exclamation marks. Also cuts the
 * message into clauses and sentences, which bound negation and carry the contrast weights.
 */
import { CONCESSIVE_WORD, CONTRAST_WORD, INTENSIFIER, MODIFIER_FACTOR, NEGATOR } from '../lexicon/modifiers';
import { PHRASES_BY_FIRST, type Phrase } from '../lexicon/phrases';
import { isExpectedOutcome, polarity, type LexiconLanguage } from '../lexicon/index';
import type { Token } from '../text/tokenize';
import { entryOf, hasFlag, looseEntryOf, valueOf, wordFlag } from '../text/vocabulary';

export interface Item {
  /** token range */
  first: number;
  last: number;
  weight: number;
  modifiers: string[];
  clause: number;
  phrase: Phrase | undefined;
  emoji: boolean;
  negated: boolean;
}

export interface Structure {
  /** clause number per token (a plain array: typed arrays cost more to create than a short message takes) */
  clauseOf: number[];
  /** sentence number per clause */
  sentenceOfClause: number[];
  /** clauses opened by a contrast word ("maar") or a concession ("hoewel") */
  contrastClauses: Set<number>;
  concessiveClauses: Set<number>;
}

/** Punctuation that ends a clause: 1; that ends a sentence: 2 (by the first char code of a punct token). */
function punctBreak(norm: string): 0 | 1 | 2 {
  switch (norm.charCodeAt(0)) {
    case 44: // ,
    case 59: // ;
    case 58: // :
      return 1;
    case 46: // .
    case 33: // !
    case 63: // ?
    case 10: // \n
    case 0x2026: // …
      return 2;
    default:
      return 0;
  }
}
const CLAUSE_CONJUNCTION = wordFlag(['en', 'and', 'want', 'omdat', 'because', 'terwijl', 'dus', 'so']);

export function structure(tokens: readonly Token[]): Structure {
  const clauseOf = new Array<number>(tokens.length).fill(0);
  const sentenceOfClause = [0];
  const contrastClauses = new Set<number>();
  const concessiveClauses = new Set<number>();
  let clause = 0;
  let sentence = 0;
  let clauseHasWords = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const punct = t.kind === 'punct' ? punctBreak(t.norm) : 0;
    if (punct !== 0) {
      // A break opens a new clause only after words: "!!!" is one break.
      if (clauseHasWords) {
        clause++;
        if (punct === 2) sentence++;
        sentenceOfClause[clause] = sentence;
        clauseHasWords = false;
      }
      clauseOf[i] = clause;
      continue;
    }
    if (t.kind === 'word') {
      const flags = entryOf(t).flags;
      // "alleen maar problemen" is "only", not a contrast; neither is "maar" right after it.
      const contrast =
        (flags & CONTRAST_WORD) !== 0 &&
        !(t.norm === 'alleen' && tokens[i + 1]?.norm === 'maar') &&
        !(t.norm === 'maar' && tokens[i - 1]?.norm === 'alleen');
      const concessive = (flags & CONCESSIVE_WORD) !== 0;
      if (contrast || concessive || (flags & CLAUSE_CONJUNCTION) !== 0) {
        if (clauseHasWords) {
          clause++;
          sentenceOfClause[clause] = sentence;
          clauseHasWords = false;
        }
        if (contrast) contrastClauses.add(clause);
        else if (concessive) concessiveClauses.add(clause);
      }
      clauseHasWords = true;
    } else if (t.kind !== 'punct') clauseHasWords = true;
    clauseOf[i] = clause;
  }
  return { clauseOf, sentenceOfClause, contrastClauses, concessiveClauses };
}

function matchPhrase(tokens: readonly Token[], i: number): Phrase | undefined {
  const candidates = valueOf(looseEntryOf(tokens[i] as Token), PHRASES_BY_FIRST);
  if (!candidates) return undefined;
  outer: for (const p of candidates) {
    for (let k = 1; k < p.words.length; k++) {
      const t = tokens[i + k];
      if (!t || (t.norm !== p.words[k] && t.alt !== p.words[k])) continue outer;
    }
    return p;
  }
  return undefined;
}

const COUNT = /^(\d+|een|twee|drie|vier|vijf|zes|zeven|acht|tien|paar|a|an|one|two|three|four|five|six|several|few)$/;
const UNIT = /^(uur|uren|dag|dagen|week|weken|maand|maanden|hours?|days?|weeks?|months?)$/;

function isDuration(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]?.norm;
  if (t !== 'al' && t !== 'for') return false;
  const a = tokens[i + 1]?.norm ?? '';
  const b = tokens[i + 2]?.norm ?? '';
  if (t === 'al' && UNIT.test(a)) return true;
  return COUNT.test(a) && UNIT.test(b);
}

function isNegator(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && (hasFlag(t, NEGATOR) || t.norm.endsWith("n't"));
}

/** What the first pass found per token: a phrase starting there, or a word's polarity (NaN: none). */
interface Polar {
  phraseAt: Array<Phrase | undefined>;
  value: number[];
}

function isPolar(p: Polar, j: number): boolean {
  return j >= 0 && j < p.value.length && (!Number.isNaN(p.value[j] as number) || p.phraseAt[j] !== undefined);
}

/** Is there a negator governing token k within its clause (before it, or right after it: "werkt niet")? */
function negatedAt(tokens: readonly Token[], s: Structure, first: number, last: number, polar: Polar): boolean {
  const clause = s.clauseOf[first];
  for (let j = first - 1; j >= Math.max(0, first - 4) && s.clauseOf[j] === clause; j--) {
    if (isNegator(tokens[j])) return true;
    if (isPolar(polar, j)) break;
  }
  for (let j = last + 1; j <= last + 3 && j < tokens.length && s.clauseOf[j] === clause; j++) {
    if (isNegator(tokens[j])) return true;
    if (isPolar(polar, j)) break;
  }
  return false;
}

export function findItems(tokens: readonly Token[], s: Structure, lang: LexiconLanguage): Item[] {
  const items: Item[] = [];
  const polar: Polar = {
    phraseAt: new Array<Phrase | undefined>(tokens.length),
    value: new Array<number>(tokens.length).fill(NaN),
  };
  const { phraseAt } = polar;
  for (let i = 0; i < tokens.length; i++) {
    const p = matchPhrase(tokens, i);
    if (p) {
      phraseAt[i] = p;
      i += p.words.length - 1;
      continue;
    }
    const pol = polarity(tokens[i] as Token, lang);
    if (pol !== undefined) polar.value[i] = pol;
  }
  const exclaimed = new Array<number>(s.sentenceOfClause.length).fill(0);
  for (let i = 0; i < tokens.length; i++) if (tokens[i]?.norm === '!') exclaimed[s.clauseOf[i] as number] = 1;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const phrase = phraseAt[i];
    let weight: number;
    let last = i;
    if (phrase) {
      weight = phrase.weight;
      last = i + phrase.words.length - 1;
      if (weight === 0) {
        i = last;
        continue;
      }
    } else if (isDuration(tokens, i)) {
      // "al drie weken", "for 5 days": how long someone has been waiting is a complaint in itself.
      items.push({
        first: i,
        last: i + 2,
        weight: -0.35,
        modifiers: [],
        clause: s.clauseOf[i] as number,
        phrase: undefined,
        emoji: false,
        negated: false,
      });
      i += 2;
      continue;
    } else if (!Number.isNaN(polar.value[i] as number)) {
      weight = polar.value[i] as number;
      // "super slecht", "verschrikkelijk goed": a polar intensifier before another polar word only intensifies.
      if (hasFlag(t, INTENSIFIER) && isPolar(polar, i + 1) && s.clauseOf[i + 1] === s.clauseOf[i]) continue;
    } else if ((t.kind === 'word' || t.kind === 'hashtag') && isExpectedOutcome(t, lang) && negatedAt(tokens, s, i, i, polar)) {
      // "niet bezorgd", "geen internet", "no response": an expectation that was not met.
      items.push({
        first: i,
        last: i,
        weight: -0.5,
        modifiers: ['negated'],
        clause: s.clauseOf[i] as number,
        phrase: undefined,
        emoji: false,
        negated: true,
      });
      continue;
    } else continue;

    // Allocated here, not per token: most tokens are not sentiment items.
    const modifiers: string[] = [];
    const emoji = t.kind === 'emoji' || t.kind === 'emoticon';
    let factor = 1;
    for (let j = i - 1; j >= Math.max(0, i - 2) && s.clauseOf[j] === s.clauseOf[i]; j--) {
      const m = tokens[j] as Token;
      const f = valueOf(entryOf(m), MODIFIER_FACTOR);
      if (f !== undefined) {
        factor *= f;
        modifiers.push(f > 1 ? 'intensified' : 'diminished');
        break;
      }
    }
    if (t.elongated) {
      factor *= 1.3;
      modifiers.push('elongated');
    }
    if (t.caps) {
      factor *= 1.3;
      modifiers.push('capitals');
    }
    if (exclaimed[s.clauseOf[i] as number] === 1 && !emoji) factor *= 1.15;
    weight *= factor;
    const negated = !emoji && !phrase?.negates && !phrase?.sarcastic && negatedAt(tokens, s, i, last, polar);
    if (negated) {
      // "niet slecht" is faintly positive, "niet goed" clearly negative.
      weight = weight > 0 ? -0.8 * weight : -0.45 * weight;
      modifiers.push('negated');
    }
    items.push({
      first: i,
      last,
      weight,
      modifiers,
      clause: s.clauseOf[i] as number,
      phrase,
      emoji,
      negated,
    });
    i = last;
  }
  return items;
}
