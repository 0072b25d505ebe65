/**
 * First pass of the sentiment analysis: turns tokens into polar items (words, phrases, emoji,
 * negated expectations) with the modifiers around them applied: negation and its scope,
 * intensifiers and diminishers, elongation, capitals and exclamation marks. Also cuts the
 * message into clauses and sentences, which bound negation and carry the contrast weights.
 */
import { CONCESSIVE, CONTRAST, DIMINISHERS, INTENSIFIERS, NEGATORS } from '../lexicon/modifiers';
import { PHRASES_BY_FIRST, type Phrase } from '../lexicon/phrases';
import { isExpectedOutcome, polarity, type LexiconLanguage } from '../lexicon/index';
import type { Token } from '../text/tokenize';

export interface Item {
  /** token range */
  first: number;
  last: number;
  weight: number;
  modifiers: string[];
  clause: number;
  phrase?: Phrase;
  emoji: boolean;
  negated: boolean;
}

export interface Structure {
  /** clause number per token */
  clauseOf: Int32Array;
  /** sentence number per clause */
  sentenceOfClause: number[];
  /** clauses opened by a contrast word ("maar") or a concession ("hoewel") */
  contrastClauses: Set<number>;
  concessiveClauses: Set<number>;
}

const CLAUSE_PUNCT = new Set([',', ';', ':', '.', '!', '?', '\n', '…']);
const SENTENCE_PUNCT = new Set(['.', '!', '?', '\n', '…']);
const CLAUSE_CONJUNCTIONS = new Set(['en', 'and', 'want', 'omdat', 'because', 'terwijl', 'dus', 'so']);

export function structure(tokens: readonly Token[]): Structure {
  const clauseOf = new Int32Array(tokens.length);
  const sentenceOfClause = [0];
  const contrastClauses = new Set<number>();
  const concessiveClauses = new Set<number>();
  let clause = 0;
  let sentence = 0;
  let clauseHasWords = false;
  const open = (isSentence: boolean) => {
    if (!clauseHasWords) return;
    clause++;
    if (isSentence) sentence++;
    sentenceOfClause[clause] = sentence;
    clauseHasWords = false;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'punct' && CLAUSE_PUNCT.has(t.norm)) {
      open(SENTENCE_PUNCT.has(t.norm));
      clauseOf[i] = clause;
      continue;
    }
    if (t.kind === 'word') {
      const next = tokens[i + 1]?.norm;
      // "alleen maar problemen" is "only", not a contrast; neither is "maar" right after it.
      const contrast =
        CONTRAST.has(t.norm) &&
        !(t.norm === 'alleen' && next === 'maar') &&
        !(t.norm === 'maar' && tokens[i - 1]?.norm === 'alleen');
      if (contrast || CONCESSIVE.has(t.norm) || CLAUSE_CONJUNCTIONS.has(t.norm)) {
        open(false);
        if (contrast) contrastClauses.add(clause);
        else if (CONCESSIVE.has(t.norm)) concessiveClauses.add(clause);
      }
      clauseHasWords = true;
    } else if (t.kind !== 'punct') clauseHasWords = true;
    clauseOf[i] = clause;
  }
  return { clauseOf, sentenceOfClause, contrastClauses, concessiveClauses };
}

function matchPhrase(tokens: readonly Token[], i: number): Phrase | undefined {
  const candidates = PHRASES_BY_FIRST.get((tokens[i] as Token).alt ?? (tokens[i] as Token).norm);
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
  return !!t && t.kind === 'word' && (NEGATORS.has(t.norm) || t.norm.endsWith("n't"));
}

/** Is there a negator governing token k within its clause (before it, or right after it: "werkt niet")? */
function negatedAt(
  tokens: readonly Token[],
  s: Structure,
  first: number,
  last: number,
  isPolar: (i: number) => boolean,
): boolean {
  const clause = s.clauseOf[first];
  for (let j = first - 1; j >= Math.max(0, first - 4) && s.clauseOf[j] === clause; j--) {
    if (isNegator(tokens[j])) return true;
    if (isPolar(j)) break;
  }
  for (let j = last + 1; j <= last + 3 && j < tokens.length && s.clauseOf[j] === clause; j++) {
    if (isNegator(tokens[j])) return true;
    if (isPolar(j)) break;
  }
  return false;
}

export function findItems(tokens: readonly Token[], s: Structure, lang: LexiconLanguage): Item[] {
  const items: Item[] = [];
  const phraseAt = new Map<number, Phrase>();
  const polar = new Map<number, number>();
  for (let i = 0; i < tokens.length; i++) {
    const p = matchPhrase(tokens, i);
    if (p) {
      phraseAt.set(i, p);
      i += p.words.length - 1;
      continue;
    }
    const pol = polarity(tokens[i] as Token, lang);
    if (pol) polar.set(i, pol.value);
  }
  const isPolar = (j: number) => polar.has(j) || phraseAt.has(j);
  const exclaimed = new Set<number>();
  for (let i = 0; i < tokens.length; i++) if (tokens[i]?.norm === '!') exclaimed.add(s.clauseOf[i] as number);

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const phrase = phraseAt.get(i);
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
        emoji: false,
        negated: false,
      });
      i += 2;
      continue;
    } else if (polar.has(i)) {
      weight = polar.get(i) as number;
      // "super slecht", "verschrikkelijk goed": a polar intensifier before another polar word only intensifies.
      if (INTENSIFIERS.has(t.norm) && isPolar(i + 1) && s.clauseOf[i + 1] === s.clauseOf[i]) continue;
    } else if ((t.kind === 'word' || t.kind === 'hashtag') && isExpectedOutcome(t, lang) && negatedAt(tokens, s, i, i, isPolar)) {
      // "niet bezorgd", "geen internet", "no response": an expectation that was not met.
      items.push({
        first: i,
        last: i,
        weight: -0.5,
        modifiers: ['negated'],
        clause: s.clauseOf[i] as number,
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
      const f = INTENSIFIERS.get(m.norm) ?? DIMINISHERS.get(m.norm);
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
    if (exclaimed.has(s.clauseOf[i] as number) && !emoji) factor *= 1.15;
    weight *= factor;
    const negated = !emoji && !phrase?.negates && !phrase?.sarcastic && negatedAt(tokens, s, i, last, isPolar);
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
      ...(phrase ? { phrase } : {}),
      emoji,
      negated,
    });
    i = last;
  }
  return items;
}
