/**
 * eld's scores (what `eld.detect(text).getScores()` gives with a language subset set), computed
 * the way eld computes them, over a compact table of only our languages' n-grams: eld's full
 * medium database took ~70 MB of heap, and its detect() allocated strings, objects and arrays
 * per call. Same steps, same arithmetic, so the same numbers:
 * 1. runs of non-letters become one space (apostrophes that end a run stay), trimmed, lower-cased;
 * 2. UTF-8 bytes, each written as eld's one-character symbol, cut after ~350 bytes;
 * 3. per word, n-grams of 4 symbols with a stride of 3, the first with a leading space, the last
 *    (the word's end) with a trailing one; each distinct n-gram adds 53 + its table score to
 *    every language it lists;
 * 4. score = s / (s + 25) with s = that sum / the number of distinct n-grams.
 * eld: Copyright 2023 Nito T.M., Apache-2.0, npmjs.com/package/eld (languageDetector.js, LanguageResult.js).
 */
import { BYTE_SYMBOLS, ELD_LANGUAGES, LETTER_RANGES, NGRAMS } from './eld-subset.data';

export { ELD_LANGUAGES };

/** eld reads at most this much of a text. */
const MAX_TEXT = 1000;
/** At a space past this many bytes eld stops; past the second, anywhere. */
const CUT_AT_SPACE = 350;
const CUT_ANYWHERE = 380;
/** eld looks at the first 70 bytes of a word, and at its end. */
const WORD_HEAD = 70;
/** eld stores n-gram scores less this minimum. */
const BASE_NGRAM_SCORE = 53;
const SCALE = 25;
const SPACE = 32;

const IS_LETTER = new Uint8Array(0x10000);
for (const range of LETTER_RANGES.split(' ')) {
  const [from, to] = range.split('-').map((h) => parseInt(h, 16)) as [number, number];
  IS_LETTER.fill(1, from, to + 1);
}
const isApostrophe = (c: number) => c === 0x27 || c === 0x60 || c === 0x2019;

/** eld's one-character symbol for each UTF-8 byte. */
const SYMBOL = new Uint8Array(256);
for (let b = 0; b < 0x80; b++) SYMBOL[b] = b;
for (let b = 0x80; b < 0x100; b++) SYMBOL[b] = BYTE_SYMBOLS.charCodeAt(b - 0x80);

/**
 * Lower case of each BMP character, filled as met: 0 not yet known, NEEDS_STRING for the two whose
 * lower case is not one context-free character (İ → i̇, Σ → σ or final ς), done on the whole string.
 */
const LOWER = new Uint16Array(0x10000);
const NEEDS_STRING = 0xffff;
function lowerOf(c: number): number {
  let l = LOWER[c]!;
  if (l === 0) {
    const lower = String.fromCharCode(c).toLowerCase();
    l = lower.length === 1 && c !== 0x3a3 ? lower.charCodeAt(0) : NEEDS_STRING;
    LOWER[c] = l;
  }
  return l;
}

/*
 * The table: an n-gram of at most 6 symbols (never 0) packed in two integers, symbols 1–4 and 5–6,
 * in an open-addressing hash of 3 integers a slot (head, tail, where its scores are), next to each
 * other for one cache miss a look-up; the scores are (weight, language) pairs packed in one integer.
 * An n-gram of one language (over a third of those met) has its pair in the slot, marked INLINE,
 * which spares the second cache miss.
 */
const TABLE_BITS = 17;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
const LANGUAGE_BITS = 5;
const LANGUAGE_MASK = (1 << LANGUAGE_BITS) - 1;
const INLINE = 1 << 30;
const table = new Int32Array(3 << TABLE_BITS);
const pairs = loadTable();

function hashOf(head: number, tail: number): number {
  return Math.imul(head ^ Math.imul(tail, 0x9e3779b1), 0x85ebca6b) >>> 0;
}

function loadTable(): Int32Array {
  const bytes = Buffer.from(NGRAMS, 'base64');
  const pairs: number[] = [];
  let at = 0;
  while (at < bytes.length) {
    const length = bytes[at++]!;
    let head = 0;
    let tail = 0;
    for (let i = 0; i < length; i++) {
      if (i < 4) head |= bytes[at + i]! << (24 - 8 * i);
      else tail |= bytes[at + i]! << (40 - 8 * i);
    }
    at += length;
    let slot = hashOf(head, tail) >>> (32 - TABLE_BITS);
    while (table[3 * slot] !== 0) slot = (slot + 1) & TABLE_MASK;
    const count = bytes[at++]!;
    table[3 * slot] = head;
    table[3 * slot + 1] = tail;
    if (count === 1) {
      table[3 * slot + 2] = INLINE | (((bytes[at + 1]! + BASE_NGRAM_SCORE) << LANGUAGE_BITS) | bytes[at]!);
      at += 2;
      continue;
    }
    table[3 * slot + 2] = (pairs.length << LANGUAGE_BITS) | count;
    for (let i = 0; i < count; i++, at += 2) pairs.push(((bytes[at + 1]! + BASE_NGRAM_SCORE) << LANGUAGE_BITS) | bytes[at]!);
  }
  return Int32Array.from(pairs);
}

// Per-call state, reused: the cleaned text, the current word's symbols, the distinct n-grams seen.
/** twice the text: lower-casing İ makes two characters of one */
const cleaned = new Uint16Array(2 * MAX_TEXT);
const word = new Uint8Array(CUT_ANYWHERE + 8);
const SEEN_BITS = 10;
const SEEN_MASK = (1 << SEEN_BITS) - 1;
const seenHead = new Int32Array(1 << SEEN_BITS);
const seenTail = new Int32Array(1 << SEEN_BITS);
const seenSlots = new Int32Array(1 << SEEN_BITS);
let seenCount = 0;
/** n-grams of more than 6 symbols (the end of a word over 70 bytes): never in the table, only counted */
const seenLong: string[] = [];
const sums = new Int32Array(ELD_LANGUAGES.length);

/**
 * Writes into `out` eld's score for each of ELD_LANGUAGES on the first `limit` characters of
 * `text` (0 where eld gives none). Reads at most 1,000 characters, whatever the text.
 */
export function eldScores(text: string, limit: number, out: Float64Array): void {
  const length = cleanText(text, Math.min(text.length, limit, MAX_TEXT));
  sums.fill(0);
  if (needsStringLowerCase(length)) {
    const lower = String.fromCharCode(...cleaned.subarray(0, length)).toLowerCase();
    for (let i = 0; i < lower.length; i++) cleaned[i] = lower.charCodeAt(i);
    addNgrams(lower.length, false);
  } else addNgrams(length, true);
  const ngrams = forgetSeen();
  for (let l = 0; l < sums.length; l++) {
    const perNgram = sums[l]! / ngrams;
    out[l] = sums[l]! > 0 ? perNgram / (perNgram + SCALE) : 0;
  }
}

/**
 * eld's `text.replace(separators, ' ').trim()` into `cleaned`: a run of non-letters (a lone
 * surrogate or astral character included) becomes one space, but apostrophes that end the run stay
 * (its pattern may not end after one); a run of only apostrophes stays whole. Returns the length.
 */
function cleanText(text: string, end: number): number {
  let length = 0;
  let i = 0;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (IS_LETTER[c] === 1) {
      cleaned[length++] = c;
      i++;
      continue;
    }
    let runEnd = i;
    let lastSeparator = -1;
    for (; runEnd < end; runEnd++) {
      const d = text.charCodeAt(runEnd);
      if (IS_LETTER[d] === 1) break;
      if (!isApostrophe(d)) lastSeparator = runEnd;
    }
    if (lastSeparator >= 0) {
      const trailing = lastSeparator === runEnd - 1 && runEnd === end;
      if (length > 0 && !trailing) cleaned[length++] = SPACE;
      i = lastSeparator + 1;
    }
    for (; i < runEnd; i++) cleaned[length++] = text.charCodeAt(i);
  }
  return length;
}

function needsStringLowerCase(length: number): boolean {
  for (let i = 0; i < length; i++) {
    const c = cleaned[i]!;
    if (c >= 0x80 && lowerOf(c) === NEEDS_STRING) return true;
  }
  return false;
}

/** eld's byte split of the lower-cased cleaned text into words, each word's n-grams added. */
function addNgrams(length: number, lowerCase: boolean): void {
  let bytes = 0;
  let wordLength = 0;
  for (let i = 0; i < length; i++) {
    let c = cleaned[i]!;
    if (lowerCase) c = c < 0x80 ? (c >= 65 && c <= 90 ? c + 32 : c) : lowerOf(c);
    if (c < 0x80) {
      if (c === SPACE) {
        if (wordLength > 0) addWord(wordLength);
        wordLength = 0;
        if (bytes > CUT_AT_SPACE) return;
      } else word[wordLength++] = c;
      bytes++;
    } else if (c < 0x800) {
      word[wordLength++] = SYMBOL[0xc0 | (c >> 6)]!;
      word[wordLength++] = SYMBOL[0x80 | (c & 0x3f)]!;
      bytes += 2;
    } else {
      // Cleaning left no surrogates: every other character is 3 bytes.
      word[wordLength++] = SYMBOL[0xe0 | (c >> 12)]!;
      word[wordLength++] = SYMBOL[0x80 | ((c >> 6) & 0x3f)]!;
      word[wordLength++] = SYMBOL[0x80 | (c & 0x3f)]!;
      bytes += 3;
    }
    if (bytes > CUT_ANYWHERE) break;
  }
  if (wordLength > 0) addWord(wordLength);
}

/** eld's getByteNgrams for one word: 4 symbols every 3 within the head, then the word's end. */
function addWord(wordLength: number): void {
  const head = Math.min(wordLength, WORD_HEAD);
  let j = 0;
  for (; j + 4 < head; j += 3) addNgram(j === 0, j, j + 4);
  addNgram(j === 0, Math.max(0, head - 4), wordLength, true);
}

function addNgram(leadingSpace: boolean, from: number, to: number, trailingSpace = false): void {
  const symbols = (leadingSpace ? 1 : 0) + (to - from) + (trailingSpace ? 1 : 0);
  if (symbols > 6) {
    addLongNgram(from, to);
    return;
  }
  let head = leadingSpace ? SPACE << 24 : 0;
  let tail = 0;
  let at = leadingSpace ? 1 : 0;
  for (let i = from; i < to; i++, at++) {
    if (at < 4) head |= word[i]! << (24 - 8 * at);
    else tail |= word[i]! << (40 - 8 * at);
  }
  if (trailingSpace) {
    if (at < 4) head |= SPACE << (24 - 8 * at);
    else tail |= SPACE << (40 - 8 * at);
  }
  const hash = hashOf(head, tail);
  if (!firstSighting(head, tail, hash)) return;
  for (let slot = hash >>> (32 - TABLE_BITS); table[3 * slot] !== 0; slot = (slot + 1) & TABLE_MASK) {
    if (table[3 * slot] !== head || table[3 * slot + 1] !== tail) continue;
    const scores = table[3 * slot + 2]!;
    if ((scores & INLINE) !== 0) {
      const l = scores & LANGUAGE_MASK;
      sums[l] = sums[l]! + ((scores & ~INLINE) >>> LANGUAGE_BITS);
      return;
    }
    const first = scores >>> LANGUAGE_BITS;
    const last = first + (scores & LANGUAGE_MASK);
    for (let p = first; p < last; p++) {
      const l = pairs[p]! & LANGUAGE_MASK;
      sums[l] = sums[l]! + (pairs[p]! >>> LANGUAGE_BITS);
    }
    return;
  }
}

/** Only the end of a word over 70 bytes gets here, with a trailing space. */
function addLongNgram(from: number, to: number): void {
  const key = String.fromCharCode(...word.subarray(from, to));
  if (!seenLong.includes(key)) seenLong.push(key);
}

function firstSighting(head: number, tail: number, hash: number): boolean {
  let slot = hash >>> (32 - SEEN_BITS);
  for (; seenHead[slot] !== 0; slot = (slot + 1) & SEEN_MASK) {
    if (seenHead[slot] === head && seenTail[slot] === tail) return false;
  }
  seenHead[slot] = head;
  seenTail[slot] = tail;
  seenSlots[seenCount++] = slot;
  return true;
}

/** Empties the set of n-grams seen and returns how many distinct ones there were. */
function forgetSeen(): number {
  const distinct = seenCount + seenLong.length;
  for (let i = 0; i < seenCount; i++) seenHead[seenSlots[i]!] = 0;
  seenCount = 0;
  if (seenLong.length > 0) seenLong.length = 0;
  return distinct;
}
