/**
 * Finds personal data in a message so the app can mask it and warn: every hit is validated
 * (checksum, numbering plan or context), because a false hit on an order number or a price makes
 * agents ignore the warning. Positions are UTF-16 offsets into the original text.
 */
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { PiiMatch } from '@balie/contracts';
import type { Token } from '../text/tokenize';
import { hasCardPrefix, isLuhnValid, isValidBsn } from './checksums';
import { emailRuns, ibanRuns, numberRuns } from './scan';
import { findAddresses, findPostcodes, findWrittenDates } from './places';

/** An account-defined pattern, e.g. customer numbers: `{ name: 'klantnummer', pattern: 'KL-\\d{6}' }`. */
export interface PiiPattern {
  name: string;
  pattern: string | RegExp;
}

/** Words right before a number that make it an order, invoice or tracking number, not personal data. */
const REFERENCE_BEFORE =
  /(?:order|bestel\w*|factuur\w*|invoice|zending\w*|track\w*|pakket\w*|referentie\w*|\bref|dossier\w*|ticket\w*|klantn\w*|customer|case|artikel\w*|transacti\w*|contractn\w*|ordern\w*|polis\w*|zaak\w*|meldings?n\w*)[^a-z0-9]{0,3}(?:nr|nummer|number|no|code|id)?[^a-z0-9]{0,4}$/i;
const BSN_BEFORE = /(?:bsn|burger ?service ?nummer|sofi ?(?:nummer|nr)?|citizen service number)\b[^0-9]{0,20}$/i;
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

function classifyNumber(text: string, start: number, end: number, digits: string, out: PiiMatch[]): void {
  const raw = text.slice(start, end);
  const prefix = before(text, start);
  if (dateOfBirth(raw, text, start)) {
    out.push({ type: 'date_of_birth', value: raw, start, end });
    return;
  }
  const reference = REFERENCE_BEFORE.test(prefix);
  if (digits.length >= 13 && digits.length <= 19 && !reference && isLuhnValid(digits) && hasCardPrefix(digits)) {
    out.push({ type: 'payment_card', value: raw, start, end });
    return;
  }
  if ((digits.length === 9 || (digits.length === 8 && BSN_BEFORE.test(prefix))) && !raw.startsWith('+') && isValidBsn(digits)) {
    // A bare 9-digit number passes the 11-proef one time in eleven; without "bsn" before it we still
    // flag it unless it is introduced as a reference, and unless it reads as a phone number (0…).
    if (BSN_BEFORE.test(prefix) || (!reference && digits[0] !== '0')) {
      out.push({ type: 'bsn', value: raw, start, end });
      return;
    }
  }
  const phoneShaped = raw.startsWith('+') || raw.startsWith('(') || digits.startsWith('0');
  if (phoneShaped && digits.length >= 9 && digits.length <= 15 && !reference) {
    const parsed = parsePhoneNumberFromString(raw, 'NL');
    if (parsed?.isValid()) out.push({ type: 'phone', value: raw, start, end });
  }
}

const compiled = new Map<string, RegExp>();

function customRegex(p: PiiPattern): RegExp | undefined {
  const source = typeof p.pattern === 'string' ? p.pattern : p.pattern.source;
  const flags = typeof p.pattern === 'string' ? 'giu' : p.pattern.flags.includes('g') ? p.pattern.flags : `${p.pattern.flags}g`;
  const key = `${flags}/${source}`;
  let re = compiled.get(key);
  if (!re) {
    try {
      re = new RegExp(source, flags);
    } catch {
      return undefined;
    }
    if (compiled.size > 1000) compiled.clear();
    compiled.set(key, re);
  }
  re.lastIndex = 0;
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
  for (const c of ibanRuns(text, limit)) {
    // The run may continue into the next word; try the lengths IBANs have, longest first.
    for (let len = Math.min(34, c.compact.length); len >= 15; len--) {
      const candidate = electronicFormatIBAN(c.compact.slice(0, len)) ?? '';
      if (isValidIBAN(candidate)) {
        let end = c.start;
        for (let seen = 0; seen < len && end < text.length; end++) if (/[A-Za-z0-9]/.test(text[end] as string)) seen++;
        out.push({ type: 'iban', value: text.slice(c.start, end), start: c.start, end });
        break;
      }
    }
  }
  for (const c of emailRuns(text, limit)) out.push({ type: 'email', value: c.compact, start: c.start, end: c.end });
  let numbers = 0;
  for (const c of numberRuns(text, limit)) {
    if (c.compact.length < 8) continue;
    // A table of thousands of numbers is not a message; stop validating after a generous number.
    if (++numbers > 200) break;
    classifyNumber(text, c.start, c.end, c.compact, out);
  }
  findPostcodes(text, tokens, out);
  findAddresses(text, tokens, out);
  findWrittenDates(text, tokens, DOB_BEFORE, out);
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
  return resolveOverlaps(out);
}
