/**
 * Linear scanners that find PII candidates by walking the characters once. Hand-written instead of
 * one big regex so that a megabyte of digits or letters costs a single pass, never backtracking.
 */

export interface Candidate {
  start: number;
  end: number;
  /** the digits (numbers) or the compact form (IBAN) */
  compact: string;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAlnum = (c: number) => isDigit(c) || isAsciiLetter(c);

/**
 * Runs of digits with single separators between them (space, dash, dot, slash, brackets), optionally
 * led by "+". "06-123 456 78", "+31 (0)20 1234567", "12-03-1985" are one run each. A run glued to a
 * letter ("A12345", "1234AB") is skipped: that is a code or a postcode, handled elsewhere.
 */
export function numberRuns(text: string, limit: number, maxDigits = 24): Candidate[] {
  const out: Candidate[] = [];
  const n = Math.min(limit, text.length);
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const startsRun = isDigit(c) || ((c === 43 || c === 40) && isDigit(text.charCodeAt(i + 1)));
    if (!startsRun || (i > 0 && isAlnum(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    const start = i;
    let digits = '';
    let j = i;
    let lastDigitEnd = i;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (isDigit(d)) {
        digits += text[j];
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
    if (!glued && digits.length > 0 && digits.length <= maxDigits) out.push({ start, end: lastDigitEnd, compact: digits });
    i = Math.max(j, i + 1);
  }
  return out;
}

/** IBAN-shaped runs: two letters, two digits, then letters/digits in groups separated by single spaces. */
export function ibanRuns(text: string, limit: number): Candidate[] {
  const out: Candidate[] = [];
  const n = Math.min(limit, text.length);
  for (let i = 0; i + 4 < n; i++) {
    if (!isAsciiLetter(text.charCodeAt(i)) || !isAsciiLetter(text.charCodeAt(i + 1))) continue;
    if (!isDigit(text.charCodeAt(i + 2)) || !isDigit(text.charCodeAt(i + 3))) continue;
    if (i > 0 && isAlnum(text.charCodeAt(i - 1))) continue;
    let compact = '';
    let j = i;
    const ends: number[] = [];
    while (j < n && compact.length < 34) {
      const d = text.charCodeAt(j);
      if (isAlnum(d)) {
        compact += text[j]?.toUpperCase();
        j++;
        ends.push(j);
      } else if (d === 32 && j + 1 < n && isAlnum(text.charCodeAt(j + 1)) && compact.length >= 4) j++;
      else break;
    }
    if (compact.length >= 15) out.push({ start: i, end: ends[ends.length - 1] ?? j, compact });
    i = j;
  }
  return out;
}

const LOCAL = /[A-Za-z0-9._%+-]/;
const DOMAIN = /[A-Za-z0-9.-]/;

/** E-mail addresses, grown outward from each "@". */
export function emailRuns(text: string, limit: number): Candidate[] {
  const out: Candidate[] = [];
  const n = Math.min(limit, text.length);
  let at = text.indexOf('@');
  let consumedTo = 0;
  while (at >= 0 && at < n) {
    let s = at;
    while (s > consumedTo && at - s < 64 && LOCAL.test(text[s - 1] as string)) s--;
    let e = at + 1;
    while (e < n && e - at < 255 && DOMAIN.test(text[e] as string)) e++;
    while (e > at + 1 && (text[e - 1] === '.' || text[e - 1] === '-')) e--;
    const domain = text.slice(at + 1, e);
    const dot = domain.lastIndexOf('.');
    if (s < at && dot > 0 && /^[A-Za-z]{2,24}$/.test(domain.slice(dot + 1))) {
      out.push({ start: s, end: e, compact: text.slice(s, e) });
      consumedTo = e;
    }
    at = text.indexOf('@', at + 1);
  }
  return out;
}
