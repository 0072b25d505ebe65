/**
 * Language of a short, messy message. eld's character n-grams (its "medium" table: 1–4 points
 * below "large" only on single words of lingua's data, at a fraction of the memory) judge the text;
 * function words tip the balance, and decide alone when they are clear, which also spares the
 * n-gram pass for most messages. Flemish is Dutch.
 */
import type { Token } from '../text/tokenize';
import { ELD_LANGUAGES, eldScores } from './eld-scores';
import { looseEntryOf, valueOf, wordSlot } from '../text/vocabulary';
import { FUNCTION_WORD_CODES, FUNCTION_WORDS } from './function-words';
import { LANGUAGES } from './languages';

export interface LanguageResult {
  code: string;
  confidence: number;
}

/** Characters of the message eld looks at: the start says enough and bounds the time. */
const ELD_WINDOW = 120;

/** Languages are handled by their index in LANGUAGES. */
function languageIndex(code: string): number {
  const i = (LANGUAGES as readonly string[]).indexOf(code);
  if (i < 0) throw new Error(`language ${code} is not in LANGUAGES`);
  return i;
}
const NL = languageIndex('nl');
const EN = languageIndex('en');
/** Languages whose function words may decide without eld. */
const PRIMARY = new Set(['nl', 'en', 'de', 'fr'].map(languageIndex));
/** The languages with function words, in the order each word's languages are listed in. */
const FUNCTION_WORD_LANGUAGE_ORDER = FUNCTION_WORD_CODES.map(languageIndex);
/**
 * word → the languages it is a function word of, as a bit mask over FUNCTION_WORD_LANGUAGE_ORDER in a
 * vocabulary slot: one look-up per token serves all lists, and a small integer is read without
 * following a pointer to an array (the look-up was the hot spot of detectLanguage).
 */
const FUNCTION_WORD_LANGUAGES = wordSlot(
  [...FUNCTION_WORDS].map(([w, langs]) => [w, langs.reduce((mask, code) => mask | languageBit(code), 0)] as const),
);
function languageBit(code: string): number {
  return 1 << FUNCTION_WORD_LANGUAGE_ORDER.indexOf(languageIndex(code));
}
/** Per mask, the share of a hit each of its languages gets (1 / the number of languages). */
const SHARE_OF_MASK = new Float64Array(1 << FUNCTION_WORD_LANGUAGE_ORDER.length);
for (let mask = 1; mask < SHARE_OF_MASK.length; mask++) {
  let count = 0;
  for (let m = mask; m !== 0; m &= m - 1) count++;
  SHARE_OF_MASK[mask] = 1 / count;
}
const LANGUAGE_OF_ELD_SLOT = ELD_LANGUAGES.map(languageIndex);

// Per-call state, reused: function-word hits per language and the order languages were first hit
// in, eld's scores, and the combined scores.
const hits = new Float64Array(LANGUAGES.length);
const hitOrder = new Int8Array(LANGUAGES.length);
let hitLanguages = 0;
const eldScore = new Float64Array(ELD_LANGUAGES.length);
const scores = new Float64Array(LANGUAGES.length);
/**
 * Ties between combined scores go to the language listed first, as when the scores were kept in
 * one list: eld's scores (highest first, then in eld's order), then the languages only function
 * words named (in order of first hit), then the Dutch and English priors. `listedIn` holds each
 * language's part of that list (0: not listed), `listedAt` its place within the part.
 */
const NOT_LISTED = 0;
const BY_ELD = 1;
const BY_FUNCTION_WORDS = 2;
const BY_PRIOR = 3;
const listedIn = new Uint8Array(LANGUAGES.length);
const listedAt = new Float64Array(LANGUAGES.length);

/** Counts the function words per language into `hits`; returns the number of words read (at most 201). */
function countFunctionWords(tokens: readonly Token[]): number {
  for (let i = 0; i < hitLanguages; i++) hits[hitOrder[i]!] = 0;
  hitLanguages = 0;
  let words = 0;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    words++;
    if (words > 200) break;
    const mask = valueOf(looseEntryOf(t), FUNCTION_WORD_LANGUAGES);
    if (mask === undefined) continue;
    const share = SHARE_OF_MASK[mask]!;
    // Lowest bit first: the languages in the order the word's list had them.
    for (let m = mask; m !== 0; m &= m - 1) {
      const l = FUNCTION_WORD_LANGUAGE_ORDER[31 - Math.clz32(m & -m)]!;
      if (hits[l] === 0) hitOrder[hitLanguages++] = l;
      hits[l] = hits[l]! + share;
    }
  }
  return words;
}

export function detectLanguage(text: string, tokens: readonly Token[]): LanguageResult {
  const words = countFunctionWords(tokens);
  if (words === 0) return { code: 'und', confidence: 0 };
  let fwBest = -1;
  let fwScore = -Infinity;
  let fwSecond = -Infinity;
  for (let i = 0; i < hitLanguages; i++) {
    const l = hitOrder[i]!;
    if (hits[l]! > fwScore) {
      fwSecond = fwScore;
      fwBest = l;
      fwScore = hits[l]!;
    } else if (hits[l]! > fwSecond) fwSecond = hits[l]!;
  }
  if (fwSecond === -Infinity) fwSecond = 0;
  // Clear enough on function words alone: two hits and twice the runner-up, or three and three times.
  const clear = (fwScore >= 3 && fwScore >= 3 * fwSecond) || (fwScore >= 2 && fwSecond === 0);
  if (clear && fwScore >= 0.25 * words && PRIMARY.has(fwBest)) {
    return { code: LANGUAGES[fwBest]!, confidence: Math.min(0.99, 0.75 + 0.04 * fwScore) };
  }
  combineScores(text);
  let best = -1;
  let bestScore = -Infinity;
  let second = -Infinity;
  for (let l = 0; l < scores.length; l++) {
    if (listedIn[l] === NOT_LISTED) continue;
    const s = scores[l]!;
    if (s > bestScore || (s === bestScore && listedBefore(l, best))) {
      second = bestScore;
      best = l;
      bestScore = s;
    } else if (s > second) second = s;
  }
  const margin = bestScore - second;
  const confidence = Math.max(0.05, Math.min(0.99, 0.4 + margin * 3 + Math.min(words, 10) * 0.02));
  return { code: LANGUAGES[best]!, confidence: Math.round(confidence * 100) / 100 };
}

/** eld's scores plus the function words' and the priors into `scores`, and where each is listed. */
function combineScores(text: string): void {
  listedIn.fill(NOT_LISTED);
  eldScores(text, ELD_WINDOW, eldScore);
  for (let slot = 0; slot < eldScore.length; slot++) {
    if (eldScore[slot] === 0) continue;
    const l = LANGUAGE_OF_ELD_SLOT[slot]!;
    scores[l] = eldScore[slot]!;
    listedIn[l] = BY_ELD;
    listedAt[l] = slot;
  }
  for (let i = 0; i < hitLanguages; i++) {
    const l = hitOrder[i]!;
    if (listedIn[l] === NOT_LISTED) list(l, BY_FUNCTION_WORDS, i);
    scores[l] = scores[l]! + 0.12 * hits[l]!;
  }
  // A slight prior for the languages webcare here is written in, for one-word messages.
  if (listedIn[NL] === NOT_LISTED) list(NL, BY_PRIOR, 0);
  scores[NL] = scores[NL]! + 0.02;
  if (listedIn[EN] === NOT_LISTED) list(EN, BY_PRIOR, 1);
  scores[EN] = scores[EN]! + 0.01;
}

function list(l: number, part: number, at: number): void {
  scores[l] = 0;
  listedIn[l] = part;
  listedAt[l] = at;
}

function listedBefore(a: number, b: number): boolean {
  if (listedIn[a] !== listedIn[b]) return listedIn[a]! < listedIn[b]!;
  if (listedIn[a] === BY_ELD) {
    const sa = eldScore[listedAt[a]!]!;
    const sb = eldScore[listedAt[b]!]!;
    if (sa !== sb) return sa > sb;
  }
  return listedAt[a]! < listedAt[b]!;
}
