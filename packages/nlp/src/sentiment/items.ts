/**
 * First pass of the sentiment analysis: turns tokens into polar items (words, phrases, emoji,
 * negated expectations) with the modifiers around them applied: negation and its scope,
 * intensifiers and diminishers, elongation, capitals and exclamation marks. Also cuts the
 * message into clauses and sentences, which bound negation and carry the contrast weights.
 */
import { CONCESSIVE_WORD, CONTRAST_WORD, INTENSIFIER, MODIFIER_FACTOR, NEGATOR, THIRD_PERSON_WORD } from '../lexicon/modifiers';
import { PHRASES_BY_FIRST, type Phrase } from '../lexicon/phrases';
import { expectedOutcomeFlag, polarity, type LexiconLanguage } from '../lexicon/index';
import { grown } from '../text/grown';
import type { Token } from '../text/tokenize';
import { entryOf, flagsOf, looseEntryOf, valueOf, wordFlag } from '../text/vocabulary';
import { CAPITALS, DIMINISHED, ELONGATED, EMOJI, INTENSIFIED, NEGATED } from './modifier-bits';

/** Items found in a message, as parallel arrays reused from message to message (valid until the next message). */
export class ItemList {
  count = 0;
  /** token range */
  first = new Int32Array(16);
  last = new Int32Array(16);
  clause = new Int32Array(16);
  weight = new Float64Array(16);
  /** modifier bits (modifier-bits.ts) */
  bits = new Int32Array(16);
  phrase: Array<Phrase | undefined> = new Array<Phrase | undefined>(16).fill(undefined);

  add(first: number, last: number, clause: number, weight: number, bits: number, phrase: Phrase | undefined): void {
    const k = this.count++;
    if (k === this.first.length) this.grow();
    this.first[k] = first;
    this.last[k] = last;
    this.clause[k] = clause;
    this.weight[k] = weight;
    this.bits[k] = bits;
    this.phrase[k] = phrase;
  }

  private grow(): void {
    const size = this.first.length * 2;
    this.first = grown(this.first, size);
    this.last = grown(this.last, size);
    this.clause = grown(this.clause, size);
    this.bits = grown(this.bits, size);
    this.weight = grown(this.weight, size);
    for (let k = this.phrase.length; k < size; k++) this.phrase.push(undefined);
  }
}

/** Clause facts, as bits of `Structure.clauseFlags`. */
export const CONTRAST_CLAUSE = 1;
export const CONCESSIVE_CLAUSE = 2;
/** a "!" among its tokens */
export const EXCLAIMED_CLAUSE = 4;
/** a third-person pronoun among its tokens */
export const THIRD_PERSON_CLAUSE = 8;

/** The clauses of the message last analysed, in typed arrays reused from message to message. */
export interface Structure {
  clauses: number;
  /** clause number per token */
  clauseOf: Int32Array;
  /** sentence number per clause */
  sentenceOfClause: Int32Array;
  /** CONTRAST_CLAUSE etc. per clause */
  clauseFlags: Uint8Array;
  /** some clause is opened by a contrast word ("maar") or a concession ("hoewel") */
  contrasted: boolean;
  /**
   * the vocabulary flags per token, read once here for all the passes: a word's or a hashtag's, 0
   * for the other kinds (no word list holds a number, handle, emoji, punctuation mark or URL)
   */
  tokenFlags: Int32Array;
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

const layout: Structure = {
  clauses: 1,
  clauseOf: new Int32Array(64),
  sentenceOfClause: new Int32Array(64),
  clauseFlags: new Uint8Array(64),
  contrasted: false,
  tokenFlags: new Int32Array(64),
};

export function structure(tokens: readonly Token[]): Structure {
  // A message has at most one clause per token, and one more.
  if (layout.clauseOf.length <= tokens.length) {
    const size = 2 * (tokens.length + 1);
    layout.clauseOf = new Int32Array(size);
    layout.sentenceOfClause = new Int32Array(size);
    layout.clauseFlags = new Uint8Array(size);
    layout.tokenFlags = new Int32Array(size);
  }
  const { clauseOf, sentenceOfClause, clauseFlags, tokenFlags } = layout;
  sentenceOfClause[0] = 0;
  let contrasted = false;
  /** the flags of the current clause */
  let flags = 0;
  let clause = 0;
  let sentence = 0;
  let clauseHasWords = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    let word = 0;
    if (t.kind === 'punct') {
      const punct = punctBreak(t.norm);
      // A break opens a new clause only after words: "!!!" is one break.
      if (punct !== 0 && clauseHasWords) {
        clause++;
        if (punct === 2) sentence++;
        clauseFlags[clause - 1] = flags;
        flags = 0;
        sentenceOfClause[clause] = sentence;
        clauseHasWords = false;
      }
      if (t.norm === '!') flags |= EXCLAIMED_CLAUSE;
    } else if (t.kind === 'word') {
      word = flagsOf(entryOf(t));
      // "alleen maar problemen" is "only", not a contrast; neither is "maar" right after it.
      const contrast =
        (word & CONTRAST_WORD) !== 0 &&
        !(t.norm === 'alleen' && tokens[i + 1]?.norm === 'maar') &&
        !(t.norm === 'maar' && tokens[i - 1]?.norm === 'alleen');
      const concessive = (word & CONCESSIVE_WORD) !== 0;
      if (contrast || concessive || (word & CLAUSE_CONJUNCTION) !== 0) {
        if (clauseHasWords) {
          clause++;
          clauseFlags[clause - 1] = flags;
          flags = 0;
          sentenceOfClause[clause] = sentence;
          clauseHasWords = false;
        }
        if (contrast) flags |= CONTRAST_CLAUSE;
        else if (concessive) flags |= CONCESSIVE_CLAUSE;
        contrasted ||= contrast || concessive;
      }
      clauseHasWords = true;
      if ((word & THIRD_PERSON_WORD) !== 0) flags |= THIRD_PERSON_CLAUSE;
    } else {
      clauseHasWords = true;
      if (t.kind === 'hashtag') {
        word = flagsOf(entryOf(t));
        if ((word & THIRD_PERSON_WORD) !== 0) flags |= THIRD_PERSON_CLAUSE;
      }
    }
    tokenFlags[i] = word;
    clauseOf[i] = clause;
  }
  clauseFlags[clause] = flags;
  layout.clauses = clause + 1;
  layout.contrasted = contrasted;
  return layout;
}

function matchPhrase(tokens: readonly Token[], i: number): Phrase | undefined {
  const candidates = valueOf(looseEntryOf(tokens[i] as Token), PHRASES_BY_FIRST);
  if (!candidates) return undefined;
  outer: for (let c = 0; c < candidates.length; c++) {
    const p = candidates[c] as Phrase;
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

function isNegator(t: Token, flags: number): boolean {
  return t.kind === 'word' && ((flags & NEGATOR) !== 0 || t.norm.endsWith("n't"));
}

/** Per token, what the first pass found: a phrase starting there or a polar word (1), or nothing (0). */
let polar = new Uint8Array(64);
/** the polarity of a polar word (phrases keep theirs) */
let polarValue = new Float64Array(64);
const phraseAt: Array<Phrase | undefined> = [];

function isPolar(j: number, tokenCount: number): boolean {
  return j >= 0 && j < tokenCount && polar[j] === 1;
}

/** Is there a negator governing token k within its clause (before it, or right after it: "werkt niet")? */
function negatedAt(tokens: readonly Token[], s: Structure, first: number, last: number): boolean {
  const { clauseOf, tokenFlags } = s;
  const clause = clauseOf[first];
  for (let j = first - 1; j >= Math.max(0, first - 4) && clauseOf[j] === clause; j--) {
    if (isNegator(tokens[j] as Token, tokenFlags[j] as number)) return true;
    if (isPolar(j, tokens.length)) break;
  }
  for (let j = last + 1; j <= last + 3 && j < tokens.length && clauseOf[j] === clause; j++) {
    if (isNegator(tokens[j] as Token, tokenFlags[j] as number)) return true;
    if (isPolar(j, tokens.length)) break;
  }
  return false;
}

/** Marks the phrases and polar words of the message in `polar`, `polarValue` and `phraseAt`. */
function findPolar(tokens: readonly Token[], lang: LexiconLanguage): void {
  if (polar.length < tokens.length) {
    polar = new Uint8Array(2 * tokens.length);
    polarValue = new Float64Array(2 * tokens.length);
  }
  while (phraseAt.length < tokens.length) phraseAt.push(undefined);
  for (let i = 0; i < tokens.length; i++) {
    // Phrases start with a word, which may be a hashtag ("#lekker bezig"); no other kind needs a look-up.
    const kind = (tokens[i] as Token).kind;
    const p = kind === 'word' || kind === 'hashtag' ? matchPhrase(tokens, i) : undefined;
    if (p) {
      phraseAt[i] = p;
      polar[i] = 1;
      // Words inside a phrase are neither phrases nor polar words of their own.
      for (let k = 1; k < p.words.length; k++) {
        phraseAt[i + k] = undefined;
        polar[i + k] = 0;
      }
      i += p.words.length - 1;
      continue;
    }
    phraseAt[i] = undefined;
    const pol = polarity(tokens[i] as Token, lang);
    polar[i] = pol === undefined ? 0 : 1;
    if (pol !== undefined) polarValue[i] = pol;
  }
}

const items = new ItemList();

/** The polar items of the message (an ItemList reused from message to message). */
export function findItems(tokens: readonly Token[], s: Structure, lang: LexiconLanguage): ItemList {
  items.count = 0;
  findPolar(tokens, lang);
  const { clauseOf, tokenFlags } = s;
  const expected = expectedOutcomeFlag(lang);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const phrase = phraseAt[i];
    const clause = clauseOf[i] as number;
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
      items.add(i, i + 2, clause, -0.35, 0, undefined);
      i += 2;
      continue;
    } else if (polar[i] === 1) {
      weight = polarValue[i] as number;
      // "super slecht", "verschrikkelijk goed": a polar intensifier before another polar word only intensifies.
      if (((tokenFlags[i] as number) & INTENSIFIER) !== 0 && isPolar(i + 1, tokens.length) && clauseOf[i + 1] === clause)
        continue;
    } else if (((tokenFlags[i] as number) & expected) !== 0 && negatedAt(tokens, s, i, i)) {
      // "niet bezorgd", "geen internet", "no response": an expectation that was not met.
      items.add(i, i, clause, -0.5, NEGATED, undefined);
      continue;
    } else continue;

    let bits = 0;
    const emoji = t.kind === 'emoji' || t.kind === 'emoticon';
    if (emoji) bits |= EMOJI;
    let factor = 1;
    for (let j = i - 1; j >= Math.max(0, i - 2) && clauseOf[j] === clause; j--) {
      const m = tokens[j] as Token;
      // Only words and hashtags ("#super") have a factor: the other kinds need no look-up.
      if (m.kind !== 'word' && m.kind !== 'hashtag') continue;
      const f = valueOf(entryOf(m), MODIFIER_FACTOR);
      if (f !== undefined) {
        factor *= f;
        bits |= f > 1 ? INTENSIFIED : DIMINISHED;
        break;
      }
    }
    if (t.elongated) {
      factor *= 1.3;
      bits |= ELONGATED;
    }
    if (t.caps) {
      factor *= 1.3;
      bits |= CAPITALS;
    }
    if ((s.clauseFlags[clause] as number) & EXCLAIMED_CLAUSE && !emoji) factor *= 1.15;
    weight *= factor;
    if (!emoji && !phrase?.negates && !phrase?.sarcastic && negatedAt(tokens, s, i, last)) {
      // "niet slecht" is faintly positive, "niet goed" clearly negative.
      weight = weight > 0 ? -0.8 * weight : -0.45 * weight;
      bits |= NEGATED;
    }
    items.add(i, last, clause, weight, bits, phrase);
    i = last;
  }
  return items;
}
