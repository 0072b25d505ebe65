/**
 * Token-based finders for postcodes with house numbers, street addresses and written-out dates of
 * birth ("12 maart 1985"). Working on tokens keeps them linear and lets them skip look-alikes
 * such as "in 2024 en 2025" (a year followed by "en" is not postcode 2024 EN).
 */
import type { PiiMatch } from '@balie/contracts';
import type { Token } from '../text/tokenize';

/** Letter pairs that follow a number as ordinary words or units, never as a postcode. */
const NOT_POSTCODE_LETTERS = new Set(
  (
    'sa sd ss en of om op in is te de ik je we ze nu al na zo ja uw um am pm to at on an as by or if it me my no so up us he be do go hi ' +
    'mb gb kb tb km cm mm kg mg ml cl dl hz kw ok eu uk nl be de fr xl st nd rd th'
  ).split(' '),
);
const STREET_SUFFIX =
  /(?:straat|laan|weg|plein|gracht|kade|singel|dijk|hof|pad|steeg|dreef|park|markt|baan|wal|erf|veld|boulevard|dam|plantsoen|kwartier|hoven|akker|wijk)$/;
const EN_STREET = new Set([
  'street',
  'st',
  'road',
  'rd',
  'avenue',
  'ave',
  'lane',
  'ln',
  'drive',
  'dr',
  'close',
  'way',
  'court',
  'square',
]);
const MONTHS = new Set(
  (
    'januari februari maart april mei juni juli augustus september oktober november december jan feb mrt apr jun jul aug sep sept okt nov dec ' +
    'january february march may june july october'
  ).split(' '),
);

const HOUSE_NUMBER = /^\d{1,5}[a-z]?$/;

/** Extends a span over a house number after it: "12", "12a", "12 a", "12-2". */
function houseNumberEnd(text: string, tokens: Token[], k: number): number | undefined {
  const t = tokens[k];
  if (!t || !HOUSE_NUMBER.test(t.norm) || Number.parseInt(t.norm, 10) === 0) return undefined;
  let end = t.end;
  const next = tokens[k + 1];
  if (next && next.kind === 'word' && next.norm.length === 1 && next.start - end <= 1 && /[a-z]/.test(next.norm)) end = next.end;
  return end;
}

export function findPostcodes(text: string, tokens: Token[], out: PiiMatch[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    let letters: string | undefined;
    let end = t.end;
    let next = i + 1;
    let strong = false;
    if (t.kind === 'word' && /^[1-9]\d{3}[a-z]{2}$/.test(t.norm)) {
      letters = t.norm.slice(4);
      strong = true;
    } else if (t.kind === 'number' && /^[1-9]\d{3}$/.test(t.norm)) {
      const l = tokens[i + 1];
      if (l && l.kind === 'word' && /^[a-z]{2}$/.test(l.norm) && l.start - t.end === 1 && text[t.end] === ' ') {
        letters = l.norm;
        end = l.end;
        next = i + 2;
        strong = /^[A-Z]{2}$/.test(text.slice(l.start, l.end));
      }
    }
    if (!letters || NOT_POSTCODE_LETTERS.has(letters)) continue;
    const house = houseNumberEnd(text, tokens, next);
    if (!strong && house === undefined) continue;
    const stop = house ?? end;
    out.push({ type: 'postcode', value: text.slice(t.start, stop), start: t.start, end: stop });
  }
}

export function findAddresses(text: string, tokens: Token[], out: PiiMatch[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const m = t.kind === 'word' ? STREET_SUFFIX.exec(t.norm) : null;
    if (m && t.norm.length > m[0].length + 1) {
      const end = houseNumberEnd(text, tokens, i + 1);
      if (end !== undefined) out.push({ type: 'address', value: text.slice(t.start, end), start: t.start, end });
      continue;
    }
    // English order: "221b Baker Street", "10 Downing St"
    if (HOUSE_NUMBER.test(t.norm)) {
      for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
        const w = tokens[k] as Token;
        if (w.kind !== 'word') break;
        if (EN_STREET.has(w.norm) && k > i + 1 && /[A-Z]/.test(text[tokens[i + 1]?.start ?? 0] ?? '')) {
          out.push({ type: 'address', value: text.slice(t.start, w.end), start: t.start, end: w.end });
          break;
        }
      }
    }
  }
}

/** "12 maart 1985", "3 jan 1990": only with a birth word before it, or a year no order date has. */
export function findWrittenDates(text: string, tokens: Token[], dobBefore: RegExp, out: PiiMatch[]): void {
  for (let i = 0; i + 2 < tokens.length; i++) {
    const d = tokens[i] as Token;
    const m = tokens[i + 1] as Token;
    const y = tokens[i + 2] as Token;
    if (d.kind !== 'number' || !/^\d{1,2}$/.test(d.norm) || !MONTHS.has(m.norm) || !/^(19|20)\d{2}$/.test(y.norm)) continue;
    const day = Number(d.norm);
    if (day < 1 || day > 31) continue;
    if (!dobBefore.test(text.slice(Math.max(0, d.start - 40), d.start))) continue;
    out.push({ type: 'date_of_birth', value: text.slice(d.start, y.end), start: d.start, end: y.end });
  }
}
