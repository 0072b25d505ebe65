/**
 * Linear scanners that find PII candidates by walking the characters once. Hand-written instead of
 * one big regex so that a megabyte of digits or letters costs a single pass, never backtracking.
 * They run on every message: a native search (a one-character or fixed-width regex, which cannot
 * backtrack) jumps to where a candidate can start, character codes decide the rest, and a string
 * is built only for a candidate they return.
 */

export interface Candidate {
  start: number;
  end: number;
  /** the digits (numbers) or the compact form (IBAN) */
  compact: string;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
export const isAlnum = (c: number) => isDigit(c) || isAsciiLetter(c);

const DIGIT = /[0-9]/;

/** Index of the first ASCII digit in text[0, end), or -1: without one no number-based PII can be there. */
export function firstDigit(text: string, end: number): number {
  return (text.length > end ? text.slice(0, end) : text).search(DIGIT);
}

/** The `count` digits of text[start, end), without the separators between them. */
function digitsOf(text: string, start: number, end: number, count: number): string {
  if (count === end - start) return text.slice(start, end);
  let digits = '';
  for (let k = start; k < end; k++) if (isDigit(text.charCodeAt(k))) digits += text[k];
  return digits;
}

/** Where a run can start: a digit, or "+" or "(" before one (one character, so the start is lastIndex - 1). */
const RUN_START = /[0-9]|[+(](?=[0-9])/g;

/**
 * Runs of digits with single separators between them (space, dash, dot, slash, brackets), optionally
 * led by "+". "06-123 456 78", "+31 (0)20 1234567", "12-03-1985" are one run each. A run glued to a
 * letter ("A12345", "1234AB") is skipped: that is a code or a postcode, handled elsewhere. Only runs
 * of `minDigits` to `maxDigits` digits are returned; scanning starts at `from` (e.g. just before the
 * first digit).
 */
export function numberRuns(text: string, from: number, limit: number, minDigits: number, maxDigits = 24): Candidate[] {
  const out: Candidate[] = [];
  const n = Math.min(limit, text.length);
  let i = from;
  while (i < n) {
    RUN_START.lastIndex = i;
    if (!RUN_START.test(text)) break;
    i = RUN_START.lastIndex - 1;
    if (i >= n) break;
    if (i > 0 && isAlnum(text.charCodeAt(i - 1))) {
      i++;
      continue;
    }
    const start = i;
    let count = 0;
    let j = i;
    let lastDigitEnd = i;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (isDigit(d)) {
        count++;
        j++;
        lastDigitEnd = j;
        continue;
      }
      const sep = d === 32 || d === 45 || d === 46 || d === 47 || d === 40 || d === 41 || (d === 43 && j === start);
      if (
        sep &&
        j + 1 < n &&
        (isDigit(text.charCodeAt(j + 1)) || text.charCodeAt(j + 1) === 40 || (d === 41 && text.charCodeAt(j + 1) === 32))
      ) {
        j++;
        continue;
      }
      break;
    }
    const glued = lastDigitEnd < n && isAsciiLetter(text.charCodeAt(lastDigitEnd));
    if (!glued && count >= minDigits && count <= maxDigits)
      out.push({ start, end: lastDigitEnd, compact: digitsOf(text, start, lastDigitEnd, count) });
    i = Math.max(j, i + 1);
  }
  return out;
}

/** Two letters and two digits: how an IBAN starts (four characters, so the start is lastIndex - 4). */
const IBAN_START = /[A-Za-z]{2}[0-9]{2}/g;

/**
 * IBAN-shaped runs: two letters, two digits, then letters/digits in groups separated by single spaces.
 * `compact` is upper case without the spaces, at most 34 characters.
 */
export function ibanRuns(text: string, from: number, limit: number): Candidate[] {
  const out: Candidate[] = [];
  const n = Math.min(limit, text.length);
  for (let i = from; i + 4 < n; i++) {
    IBAN_START.lastIndex = i;
    if (!IBAN_START.test(text)) break;
    i = IBAN_START.lastIndex - 4;
    if (i + 4 >= n) break;
    if (i > 0 && isAlnum(text.charCodeAt(i - 1))) continue;
    let count = 0;
    let spaced = false;
    let j = i;
    let end = i;
    while (j < n && count < 34) {
      const d = text.charCodeAt(j);
      if (isAlnum(d)) {
        count++;
        j++;
        end = j;
      } else if (d === 32 && j + 1 < n && isAlnum(text.charCodeAt(j + 1)) && count >= 4) {
        spaced = true;
        j++;
      } else break;
    }
    if (count >= 15) {
      const raw = text.slice(i, end);
      out.push({ start: i, end, compact: (spaced ? raw.replaceAll(' ', '') : raw).toUpperCase() });
    }
    i = j;
  }
  return out;
}

/** [A-Za-z0-9._%+-]: what the part before the "@" may hold. */
const isLocalChar = (c: number) => isAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
/** [A-Za-z0-9.-]: what the domain may hold. */
const isDomainChar = (c: number) => isAlnum(c) || c === 46 || c === 45;

/** A top-level domain: 2 to 24 ASCII letters. */
function isTld(text: string, start: number, end: number): boolean {
  if (end - start < 2 || end - start > 24) return false;
  for (let k = start; k < end; k++) if (!isAsciiLetter(text.charCodeAt(k))) return false;
  return true;
}

/** E-mail addresses, grown outward from each "@". */
export function emailRuns(text: string, limit: number): Candidate[] {
  const out: Candidate[] = [];
  const n = Math.min(limit, text.length);
  let at = text.indexOf('@');
  let consumedTo = 0;
  while (at >= 0 && at < n) {
    let s = at;
    while (s > consumedTo && at - s < 64 && isLocalChar(text.charCodeAt(s - 1))) s--;
    // Nothing before the "@" (a handle such as "@voltanet"): no need to read the domain.
    if (s < at) {
      let e = at + 1;
      while (e < n && e - at < 255 && isDomainChar(text.charCodeAt(e))) e++;
      while (e > at + 1 && (text.charCodeAt(e - 1) === 46 || text.charCodeAt(e - 1) === 45)) e--;
      let dot = e - 1;
      while (dot > at && text.charCodeAt(dot) !== 46) dot--;
      if (dot > at + 1 && isTld(text, dot + 1, e)) {
        out.push({ start: s, end: e, compact: text.slice(s, e) });
        consumedTo = e;
      }
    }
    at = text.indexOf('@', at + 1);
  }
  return out;
}
