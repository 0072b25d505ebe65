/**
 * Finds personal data in a message so the app can mask it and warn: every hit is validated
 * (checksum, numbering plan or context), because a false hit on an order number or a price makes
 * agents ignore the warning. Positions are UTF-16 offsets into the original text.
 */
import { countrySpecs, isValidIBAN } from 'ibantools';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { PiiMatch } from '@balie/contracts';
import type { Token } from '../text/tokenize';
import { hasCardPrefix, ibanCheckDigitsHold, isLuhnValid, isValidBsn } from './checksums';
import { emailRuns, firstDigit, ibanRuns, isAlnum, numberRuns, type Candidate } from './scan';
import { findPlacesAndDates } from './places';
import { mayBacktrackCatastrophically, piiPatternProblem } from './pattern-safety';

/** An account-defined pattern, e.g. customer numbers: `{ name: 'klantnummer', pattern: 'KL-\\d{6}' }`. */
export interface PiiPattern {
  name: string;
  pattern: string | RegExp;
}

/** Words right before a number that make it an order, invoice or tracking number, not personal data. */
const REFERENCE_BEFORE =
  /(?:order|bestel\w*|factuur\w*|invoice|zending\w*|track\w*|pakket\w*|referentie\w*|\bref|dossier\w*|ticket\w*|klantn\w*|customer|case|artikel\w*|transacti\w*|contractn\w*|ordern\w*|polis\w*|zaak\w*|meldings?n\w*)[^a-z0-9]{0,3}(?:nr|nummer|number|no|code|id)?[^a-z0-9]{0,4}$/i;
/** What the BSN is called, in Dutch and in English. */
const BSN_NAME = String.raw`(?:bsn|burger ?service ?nummer|sofi[- ]?(?:nummer|nr)?|citizen service number|social security number)\b`;
/** "BSN: …", "mijn burgerservicenummer is …", "sofinummer van mijn vader …" */
const BSN_BEFORE = new RegExp(`${BSN_NAME}[^0-9]{0,20}$`, 'i');
/** "… (bsn)", "… is mijn BSN", "…, dat is zijn sofinummer" */
const BSN_AFTER = new RegExp(`^[^0-9]{0,16}\\b${BSN_NAME}`, 'i');
/** "mijn nummer is …": the writer's own number, which a 9-digit number passing the 11-proef then is a BSN. */
const OWN_NUMBER_BEFORE = /\bmijn (?:nummer|nr)\.?(?: is)?:?\s*$/i;
const DOB_BEFORE =
  /(?:geboren|geb\.|geboortedatum|geb\. ?datum|date of birth|\bdob\b|d\.o\.b|\bborn\b|birth ?date|verjaardag)[^0-9]{0,20}$/i;
const PRIORITY: Record<PiiMatch['type'], number> = {
  custom: 9,
  iban: 8,
  payment_card: 7,
  email: 7,
  bsn: 6,
  phone: 5,
  date_of_birth: 4,
  address: 3,
  postcode: 2,
};

function before(text: string, start: number, width = 40): string {
  return text.slice(Math.max(0, start - width), start);
}

/** A numeric date 12-03-1985 / 12/3/1985 / 12.03.1985 when the words before it or the year say birth date. */
function dateOfBirth(raw: string, text: string, start: number): boolean {
  const m = /^(\d{1,2})[-/. ](\d{1,2})[-/. ]((?:19|20)\d{2})$/.exec(raw);
  if (!m) return false;
  const day = Number(m[1]);
  const month = Number(m[2]);
  if (day < 1 || day > 31 || month < 1 || month > 12) return false;
  return DOB_BEFORE.test(before(text, start));
}

/** Cheapest checks first: the words before the number are read only once a checksum or the phone shape passed. */
function classifyNumber(text: string, start: number, end: number, digits: string, out: PiiMatch[]): void {
  const raw = text.slice(start, end);
  // Only candidates of 8 digits or more get here, so a date is dd-mm-yyyy.
  if (digits.length === 8 && dateOfBirth(raw, text, start)) {
    out.push({ type: 'date_of_birth', value: raw, start, end });
    return;
  }
  let prefix: string | undefined;
  if (digits.length >= 13 && digits.length <= 19 && isLuhnValid(digits) && hasCardPrefix(digits)) {
    prefix = before(text, start);
    if (!REFERENCE_BEFORE.test(prefix)) {
      out.push({ type: 'payment_card', value: raw, start, end });
      return;
    }
  }
  if ((digits.length === 9 || digits.length === 8) && raw.charCodeAt(0) !== 43 && isValidBsn(digits)) {
    // One in eleven order, account and meter numbers passes the 11-proef too, so a number is a BSN
    // only when the message says so: named before or after it, or given as "mijn nummer".
    prefix ??= before(text, start);
    const named = BSN_BEFORE.test(prefix) || BSN_AFTER.test(text.slice(end, end + 40));
    if (named || (digits.length === 9 && digits.charCodeAt(0) !== 48 && OWN_NUMBER_BEFORE.test(prefix))) {
      out.push({ type: 'bsn', value: raw, start, end });
      return;
    }
  }
  const first = raw.charCodeAt(0);
  // No country calling code starts with 0, so "+0…" is no phone number and needs no parsing.
  const phoneShaped = first === 43 ? digits.charCodeAt(0) !== 48 : first === 40 || digits.charCodeAt(0) === 48;
  if (phoneShaped && digits.length >= 9 && digits.length <= 15 && !REFERENCE_BEFORE.test(prefix ?? before(text, start))) {
    const parsed = parsePhoneNumberFromString(raw, 'NL');
    if (parsed?.isValid()) out.push({ type: 'phone', value: raw, start, end });
  }
}

/** Compiled account patterns (null: refused), string sources by text, RegExp objects by identity. */
const compiledSources = new Map<string, RegExp | null>();
const compiledRegExps = new WeakMap<RegExp, RegExp | null>();

/**
 * A pattern saved before the profile refused unsafe ones, or given in code, is checked here too:
 * an invalid or catastrophically backtracking one is skipped rather than stall every analysis.
 */
function compileSource(source: string): RegExp | null {
  let re = compiledSources.get(source);
  if (re === undefined) {
    re = piiPatternProblem(source) ? null : new RegExp(source, 'giu');
    if (compiledSources.size > 1000) compiledSources.clear();
    compiledSources.set(source, re);
  }
  return re;
}

function customRegex(p: PiiPattern): RegExp | null {
  let re: RegExp | null | undefined;
  if (typeof p.pattern === 'string') re = compileSource(p.pattern);
  else {
    re = compiledRegExps.get(p.pattern);
    if (re === undefined) {
      const flags = p.pattern.flags.includes('g') ? p.pattern.flags : `${p.pattern.flags}g`;
      re = mayBacktrackCatastrophically(p.pattern) ? null : new RegExp(p.pattern.source, flags);
      compiledRegExps.set(p.pattern, re);
    }
  }
  if (re) re.lastIndex = 0;
  return re;
}

/** At most this many hits per message: a pasted table of numbers is not worth more. */
const MAX_MATCHES = 500;

/** Keeps the higher-priority (then longer) match where two overlap; a sweep, not all pairs. */
function resolveOverlaps(matches: PiiMatch[]): PiiMatch[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || PRIORITY[b.type] - PRIORITY[a.type] || b.end - a.end);
  const kept: PiiMatch[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (!last || m.start >= last.end) kept.push(m);
    else if (
      PRIORITY[m.type] > PRIORITY[last.type] ||
      (PRIORITY[m.type] === PRIORITY[last.type] && m.end - m.start > last.end - last.start)
    )
      kept[kept.length - 1] = m;
    if (kept.length >= MAX_MATCHES) break;
  }
  return kept;
}

export function detectPii(text: string, tokens: Token[], limit: number, patterns: readonly PiiPattern[] = []): PiiMatch[] {
  const out: PiiMatch[] = [];
  // Most messages hold no digit, and every finder but the e-mail one needs one (tokens end before `limit`).
  const digitAt = firstDigit(text, Math.min(limit, text.length));
  // An IBAN has two letters before its first digit.
  if (digitAt >= 0) for (const c of ibanRuns(text, Math.max(0, digitAt - 2), limit)) findIban(text, c, out);
  for (const c of emailRuns(text, limit)) out.push({ type: 'email', value: c.compact, start: c.start, end: c.end });
  if (digitAt >= 0) findNumberPii(text, tokens, limit, digitAt, out);
  if (patterns.length > 0) findCustom(text, limit, patterns, out);
  return out.length > 1 ? resolveOverlaps(out) : out;
}

function findNumberPii(text: string, tokens: Token[], limit: number, digitAt: number, out: PiiMatch[]): void {
  let numbers = 0;
  // A number may start with "+" or "(" right before its first digit.
  for (const c of numberRuns(text, Math.max(0, digitAt - 1), limit, 8)) {
    // A table of thousands of numbers is not a message; stop validating after a generous number.
    if (++numbers > 200) break;
    classifyNumber(text, c.start, c.end, c.compact, out);
  }
  findPlacesAndDates(text, tokens, DOB_BEFORE, out);
}

/** The run may continue into the next word: only the length the country's IBANs have can be valid. */
function findIban(text: string, c: Candidate, out: PiiMatch[]): void {
  const len = countrySpecs[c.compact.slice(0, 2)]?.chars;
  if (len === undefined || len < 15 || len > c.compact.length) return;
  const iban = c.compact.slice(0, len);
  if (!ibanCheckDigitsHold(iban) || !isValidIBAN(iban)) return;
  let end = c.start;
  for (let seen = 0; seen < len && end < text.length; end++) if (isAlnum(text.charCodeAt(end))) seen++;
  out.push({ type: 'iban', value: text.slice(c.start, end), start: c.start, end });
}

function findCustom(text: string, limit: number, patterns: readonly PiiPattern[], out: PiiMatch[]): void {
  const scope = text.length > limit ? text.slice(0, limit) : text;
  for (const p of patterns) {
    const re = customRegex(p);
    if (!re) continue;
    let hits = 0;
    for (let m = re.exec(scope); m && hits < 200; m = re.exec(scope)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      hits++;
      out.push({ type: 'custom', name: p.name, value: m[0], start: m.index, end: m.index + m[0].length });
    }
  }
}
