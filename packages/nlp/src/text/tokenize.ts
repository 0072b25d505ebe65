/**
 * One linear pass over the text that yields normalised tokens with their offsets in the original
 * string. Everything downstream works on these tokens, so no analyzer needs a regex over the raw
 * text (and none can backtrack catastrophically on hostile input).
 *
 * Normalisation: lower case, diacritics dropped (café → cafe), zero-width and bidi marks skipped
 * inside words (be\u200Bdankt → bedankt), lone surrogates treated as separators, elongation
 * collapsed (superrrr → norm "superr", alt "super"; the flag is kept because it intensifies).
 */

import type { WordEntry } from './vocabulary';

export type TokenKind = 'word' | 'number' | 'emoji' | 'emoticon' | 'punct' | 'handle' | 'hashtag' | 'url';

export interface Token {
  kind: TokenKind;
  /** normalised form: lower case, no diacritics, runs of 3+ equal letters cut to 2 */
  norm: string;
  /** the same with such runs cut to 1, when it differs ("superrr" → "super") */
  alt: string | undefined;
  start: number;
  end: number;
  elongated: boolean;
  /** written in capitals (3+ letters): shouting */
  caps: boolean;
  /** vocabulary entries of `norm` and of `alt ?? norm` (-1 until first used), and the vocabulary's epoch they are of (see vocabulary.ts) */
  entry: WordEntry;
  looseEntry: WordEntry;
  epoch: number;
}

/** Every token is made here, so all have one shape (one hidden class for the engine). */
function makeToken(
  kind: TokenKind,
  norm: string,
  alt: string | undefined,
  start: number,
  end: number,
  elongated: boolean,
  caps: boolean,
): Token {
  return { kind, norm, alt, start, end, elongated, caps, entry: -1, looseEntry: -1, epoch: -1 };
}

/** Characters that carry no meaning but split words if treated as separators. */
function isIgnorable(c: number): boolean {
  return (
    c === 0xad ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2064) ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0xfeff ||
    c === 0xfe0f ||
    c === 0xfe0e
  );
}

const LETTER = /[\p{L}\p{M}\p{N}]/u;
const PICTO = /\p{Extended_Pictographic}/u;

/** `c` is a code point; a lone surrogate is never part of a word. */
function isWordChar(c: number, ch: string): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return LETTER.test(ch);
}

const EMOTICONS = [
  ':-)',
  ':)',
  ':))',
  ':-(',
  ':(',
  ':((',
  ':-d',
  ':d',
  ';-)',
  ';)',
  ':p',
  ':-p',
  ":'(",
  ':-/',
  ':/',
  ':s',
  '<3',
  ':o',
  '>:(',
];
/** Punctuation kept as tokens, by char code (ASCII), so no one-letter string is sliced per character. */
const PUNCT_KEPT: Array<string | undefined> = [];
for (const p of ['.', '!', '?', ';', ',', '\n', ':', '"']) PUNCT_KEPT[p.charCodeAt(0)] = p;

/** Lower-cases and strips diacritics; the ASCII fast path avoids normalize() for most words. */
function foldWord(raw: string): string {
  const lower = raw.toLowerCase();
  for (let i = 0; i < lower.length; i++) if (lower.charCodeAt(i) > 127) return lower.normalize('NFD').replace(/\p{M}+/gu, '');
  return lower;
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;

/** Cuts runs of more than `keep` equal letters (digits are kept: "1000" is no elongation). */
function collapseRuns(word: string, keep: number): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    run = i > 0 && word.charCodeAt(i - 1) === c ? run + 1 : 1;
    if (run <= keep || isDigitCode(c)) out += word[i];
  }
  return out;
}

function hasRun3(word: string): boolean {
  for (let i = 2; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === word.charCodeAt(i - 1) && c === word.charCodeAt(i - 2) && !isDigitCode(c)) return true;
  }
  return false;
}

/** Three or more letters, all capitals: shouting. */
function isShouted(raw: string): boolean {
  let letters = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    // ASCII without toUpperCase/toLowerCase: two string allocations per letter were a hot spot.
    if (c < 128) {
      if (c >= 97 && c <= 122) return false;
      if (c >= 65 && c <= 90) letters++;
      continue;
    }
    const ch = raw[i] as string;
    const up = ch.toUpperCase();
    const low = ch.toLowerCase();
    if (up === low) continue;
    if (ch !== up) return false;
    letters++;
  }
  return letters >= 3;
}

function isNumeric(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!isDigitCode(c) && c !== 46 && c !== 44 && c !== 58) return false;
  }
  return word.length > 0;
}

/**
 * What makeWord needs to know of an ASCII word, gathered while it is read: a bit set of UPPER (a
 * capital), LOWER (a small letter), NOT_NUMERIC (a char other than a digit or ".") and RUN3 (three
 * equal letters in a row, case-folded).
 */
const UPPER = 1;
const LOWER = 2;
const NOT_NUMERIC = 4;
const RUN3 = 8;

function makeWord(kind: TokenKind, raw: string, start: number, end: number): Token {
  const folded = foldWord(raw);
  const elongated = hasRun3(folded);
  const norm = elongated ? collapseRuns(folded, 2) : folded;
  const alt = elongated ? collapseRuns(folded, 1) : undefined;
  return makeToken(kind === 'word' && isNumeric(folded) ? 'number' : kind, norm, alt, start, end, elongated, isShouted(raw));
}

/** makeWord for a word read by readAsciiWord, from the bits it gathered. */
function makeAsciiWord(kind: TokenKind, raw: string, bits: number, start: number, end: number): Token {
  // Lower-cased only when it has capitals (toLowerCase costs even when nothing changes).
  const folded = (bits & UPPER) !== 0 ? raw.toLowerCase() : raw;
  const elongated = (bits & RUN3) !== 0;
  const norm = elongated ? collapseRuns(folded, 2) : folded;
  const alt = elongated ? collapseRuns(folded, 1) : undefined;
  const numeric = (bits & NOT_NUMERIC) === 0;
  const caps = (bits & (LOWER | UPPER)) === UPPER && countCapitals(raw) >= 3;
  return makeToken(kind === 'word' && numeric ? 'number' : kind, norm, alt, start, end, elongated, caps);
}

function countCapitals(raw: string): number {
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 65 && c <= 90) n++;
  }
  return n;
}

const isAsciiWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/**
 * Per ASCII code, what reading it in a word adds to the word's bits (0: it ends the word): letters
 * their case and NOT_NUMERIC, digits WORD_CHAR only, "." JOINER only (it keeps "1.000" a number),
 * and the other joiners (apostrophe, hyphen, underscore: don't, e-mail, snake_case) NOT_NUMERIC too.
 */
const WORD_CHAR = 16;
const JOINER = 32;
const ASCII_WORD_BITS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD_BITS[c] = WORD_CHAR;
for (let c = 65; c <= 90; c++) ASCII_WORD_BITS[c] = WORD_CHAR | UPPER | NOT_NUMERIC;
for (let c = 97; c <= 122; c++) ASCII_WORD_BITS[c] = WORD_CHAR | LOWER | NOT_NUMERIC;
ASCII_WORD_BITS[46] = JOINER;
for (const c of [39, 45, 95]) ASCII_WORD_BITS[c] = JOINER | NOT_NUMERIC;

/** What the tokens of the last text held, noted as they were made (see TokenKinds). */
const SEEN_WORDS = 1;
const SEEN_EMOJI = 2;
const SEEN_URL = 4;
let seen = 0;

const LETTER_ONLY = /\p{L}/u;

/** A word token with a letter in it (not only digits and marks) makes the text analysable. */
function noteWord(tok: Token): void {
  const c = tok.norm.charCodeAt(0);
  if (tok.kind === 'word' && ((c >= 97 && c <= 122) || LETTER_ONLY.test(tok.norm))) seen |= SEEN_WORDS;
}

/**
 * Reads the word, handle, hashtag or URL that starts at `i` (`c` is its first char code) into
 * `tokens`; returns where the next token may start. A word of ASCII only is read, and its letters
 * classified, in one pass and sliced once; one with another character is read again by readWord.
 */
function readAsciiWord(text: string, i: number, n: number, c: number, tokens: Token[]): number {
  const prefix: TokenKind = c === 64 ? 'handle' : c === 35 ? 'hashtag' : 'word';
  const first = prefix === 'word' ? i : i + 1;
  if (prefix === 'word' && (c === 104 || c === 119) && (text.startsWith('http', i) || text.startsWith('www.', i))) {
    return readUrl(text, i, n, tokens);
  }
  let bits = 0;
  let prev = -1;
  let beforePrev = -1;
  let j = first;
  while (j < n) {
    const d = text.charCodeAt(j);
    if (d >= 128) return readWord(text, i, n, c, tokens);
    let bitsOfChar = ASCII_WORD_BITS[d]!;
    if (bitsOfChar === 0) break;
    if ((bitsOfChar & JOINER) !== 0) {
      // A joiner counts only between word characters; the one after it is read next round.
      if (j === first || j + 1 >= n) break;
      const next = text.charCodeAt(j + 1);
      if (next >= 128) return readWord(text, i, n, c, tokens);
      if ((ASCII_WORD_BITS[next]! & WORD_CHAR) === 0) break;
      bitsOfChar &= ~JOINER;
    }
    bits |= bitsOfChar;
    const folded = d | ((bitsOfChar & UPPER) << 5); // "A" (65) | 32 is "a" (97)
    if (folded === prev && folded === beforePrev && (bitsOfChar & NOT_NUMERIC) !== 0) bits |= RUN3;
    beforePrev = prev;
    prev = folded;
    j++;
  }
  if (j === first) {
    // "@" or "#" without a word: punctuation
    tokens.push(makeToken('punct', c === 64 ? '@' : '#', undefined, i, i + 1, false, false));
    return i + 1;
  }
  const tok = makeAsciiWord(prefix, text.slice(first, j), bits, i, j);
  if (prefix === 'handle') tok.norm = `@${tok.norm}`;
  else if (prefix === 'word' && (bits & (UPPER | LOWER)) !== 0) seen |= SEEN_WORDS;
  tokens.push(tok);
  return j;
}

/** Reads the URL that starts at `i`: up to the next whitespace. */
function readUrl(text: string, i: number, n: number, tokens: Token[]): number {
  let j = i;
  while (j < n && !/\s/.test(text[j] as string)) j++;
  tokens.push(makeToken('url', 'url', undefined, i, j, false, false));
  seen |= SEEN_URL;
  return j;
}

/** readAsciiWord for any word: one with a character outside ASCII, a zero-width mark or a typographic apostrophe. */
function readWord(text: string, i: number, n: number, c: number, tokens: Token[]): number {
  const prefix: TokenKind = c === 64 ? 'handle' : c === 35 ? 'hashtag' : 'word';
  const start = i;
  let j = prefix === 'word' ? i : i + 1;
  // The word is sliced from the text in contiguous pieces (split only where a zero-width mark is
  // skipped or a typographic apostrophe replaced), not built a character at a time.
  let raw = '';
  let piece = j;
  let hasWordChar = false;
  while (j < n) {
    const d = text.charCodeAt(j);
    if (d < 128 && isAsciiWordCode(d)) {
      hasWordChar = true;
      j++;
      continue;
    }
    const dcp = text.codePointAt(j) ?? d;
    const dw = dcp > 0xffff ? 2 : 1;
    if (isWordChar(dcp, text.slice(j, j + dw))) hasWordChar = true;
    else if (isIgnorable(d)) {
      // skipped inside words
      raw += text.slice(piece, j);
      piece = j + dw;
    } else if ((d === 39 || d === 0x2019 || d === 45 || d === 46 || d === 95) && hasWordChar && j + 1 < n) {
      // apostrophe, hyphen, dot, underscore join only between word characters (don't, e-mail, bol.com)
      const next = text.charCodeAt(j + 1);
      if (!isWordChar(next, text[j + 1] as string)) break;
      if (d === 0x2019) {
        raw += `${text.slice(piece, j)}'`;
        piece = j + 1;
      }
    } else break;
    j += dw;
  }
  if (hasWordChar) raw += text.slice(piece, j);
  if (!raw) {
    if (prefix !== 'word') tokens.push(makeToken('punct', c === 64 ? '@' : '#', undefined, start, start + 1, false, false));
    return Math.max(j, i + 1);
  }
  const tok = makeWord(prefix, raw, start, j);
  if (prefix === 'handle') tok.norm = `@${tok.norm}`;
  else noteWord(tok);
  tokens.push(tok);
  return j;
}

/** Reads the emoticon at `i` (which starts with ":", ";", "<" or ">"), if any; returns where it ends, or `i`. */
function readEmoticon(text: string, i: number, c: number, tokens: Token[]): number {
  const prevSpace = i === 0 || /\s/.test(text[i - 1] as string);
  if (!prevSpace && c === 58) return i;
  const ahead = text.slice(i, i + 4).toLowerCase();
  let emoticon: string | undefined;
  for (const e of EMOTICONS) if (ahead.startsWith(e) && e.length > (emoticon?.length ?? 0)) emoticon = e;
  if (emoticon === undefined) return i;
  const after = text.charCodeAt(i + emoticon.length);
  if (!Number.isNaN(after) && isWordChar(after, text[i + emoticon.length] as string)) return i;
  tokens.push(makeToken('emoticon', emoticon, undefined, i, i + emoticon.length, false, false));
  return i + emoticon.length;
}

/** What a text's tokens hold, noted while tokenising so the analysis needs no pass over them for it. */
export interface TokenKinds {
  /** a word with a letter (not only digits and marks) */
  hasWords: boolean;
  /** an emoji or an emoticon */
  hasEmoji: boolean;
  hasUrl: boolean;
}

/** Tokenises up to `limit` UTF-16 units of `text`; fills `kinds`, when given, with what the tokens hold. */
export function tokenize(text: string, limit = text.length, kinds?: TokenKinds): Token[] {
  const tokens: Token[] = [];
  const n = Math.min(text.length, limit);
  seen = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // ASCII first: most characters of a message, and none needs a code point or a one-letter string.
    if (c < 128) {
      if (c === 32) {
        i++;
        continue;
      }
      if (isAsciiWordCode(c) || c === 64 /* @ */ || c === 35 /* # */) {
        i = readAsciiWord(text, i, n, c, tokens);
        continue;
      }
      // Every emoticon starts with ":", ";", "<" or ">"; other punctuation needs no look-ahead.
      if (c === 58 || c === 59 || c === 60 || c === 62) {
        const end = readEmoticon(text, i, c, tokens);
        if (end > i) {
          seen |= SEEN_EMOJI;
          i = end;
          continue;
        }
      }
      const punct = PUNCT_KEPT[c];
      if (punct !== undefined) tokens.push(makeToken('punct', punct, undefined, i, i + 1, false, false));
      i++;
      continue;
    }
    const cp = text.codePointAt(i) ?? c;
    const width = cp > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + width);
    if (isWordChar(cp, ch)) {
      i = readWord(text, i, n, c, tokens);
      continue;
    }
    if (cp > 0xff && PICTO.test(ch)) {
      // Skin tones, ZWJ sequences and variation selectors belong to the emoji before them.
      let j = i + width;
      while (j < n) {
        const d = text.codePointAt(j) ?? 0;
        if (d === 0x200d || d === 0xfe0f || (d >= 0x1f3fb && d <= 0x1f3ff)) {
          j += d > 0xffff ? 2 : 1;
          if (d === 0x200d && j < n) j += (text.codePointAt(j) ?? 0) > 0xffff ? 2 : 1;
        } else break;
      }
      tokens.push(makeToken('emoji', ch, undefined, i, j, false, false));
      seen |= SEEN_EMOJI;
      i = j;
      continue;
    }
    if (c === 0x2026) tokens.push(makeToken('punct', '…', undefined, i, i + 1, false, false));
    i += width;
  }
  if (kinds !== undefined) {
    kinds.hasWords = (seen & SEEN_WORDS) !== 0;
    kinds.hasEmoji = (seen & SEEN_EMOJI) !== 0;
    kinds.hasUrl = (seen & SEEN_URL) !== 0;
  }
  return tokens;
}
