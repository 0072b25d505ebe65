/**
 * Token-based finders for postcodes with house numbers, street addresses and written-out dates of
 * birth ("12 maart 1985"). Working on tokens keeps them linear and lets them skip look-alikes
 * such as "in 2024 en 2025" (a year followed by "en" is not postcode 2024 EN).
 */
import type { PiiMatch } from '@balie/contracts';
import { FUNCTION_WORDS } from '../language/function-words';
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

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLower = (c: number) => c >= 97 && c <= 122;
const isUpper = (c: number) => c >= 65 && c <= 90;

/** Length of the digits a house number starts with, when the token is one: 1 to 5 digits and an optional letter ("12", "12a"). */
function houseNumberDigits(norm: string): number {
  let k = 0;
  while (k < norm.length && isDigit(norm.charCodeAt(k))) k++;
  if (k === 0 || k > 5) return 0;
  return k === norm.length || (k === norm.length - 1 && isLower(norm.charCodeAt(k))) ? k : 0;
}

/** Extends a span over a house number after it: "12", "12a", "12 a", "12-2" (not "0"). */
function houseNumberEnd(tokens: Token[], k: number): number | undefined {
  const t = tokens[k];
  if (!t) return undefined;
  const digits = houseNumberDigits(t.norm);
  let nonZero = false;
  for (let d = 0; d < digits; d++) if (t.norm.charCodeAt(d) !== 48) nonZero = true;
  if (!nonZero) return undefined;
  let end = t.end;
  const next = tokens[k + 1];
  if (next && next.kind === 'word' && next.norm.length === 1 && next.start - end <= 1 && isLower(next.norm.charCodeAt(0)))
    end = next.end;
  return end;
}

/** "1234" at the start of `norm`: four digits, the first not 0. */
function startsWithPostcodeDigits(norm: string): boolean {
  const c = norm.charCodeAt(0);
  return c >= 49 && c <= 57 && isDigit(norm.charCodeAt(1)) && isDigit(norm.charCodeAt(2)) && isDigit(norm.charCodeAt(3));
}

/**
 * "1234 AB" is also the shape of meter codes, error codes and model numbers, so the shape alone is
 * not enough: a postcode has a postcode or address word before it, a house number after it, or,
 * written as postcodes are (capitals or "1234ab"), a street and house number before it, a place
 * name after it or a preposition of place ("op", "naar", "at") right before it. A code word right
 * before it ("code", "type", "order") rules it out.
 */
function postcodeAt(text: string, tokens: Token[], i: number, out: PiiMatch[]): void {
  const t = tokens[i] as Token;
  if (t.kind !== 'word' && t.kind !== 'number') return;
  const norm = t.norm;
  if (!startsWithPostcodeDigits(norm)) return;
  let letters: string | undefined;
  let end = t.end;
  let next = i + 1;
  let written = false;
  if (t.kind === 'word' && norm.length === 6 && isLower(norm.charCodeAt(4)) && isLower(norm.charCodeAt(5))) {
    letters = norm.slice(4);
    written = true;
  } else if (t.kind === 'number' && norm.length === 4) {
    const l = tokens[i + 1];
    if (
      l &&
      l.kind === 'word' &&
      l.norm.length === 2 &&
      isLower(l.norm.charCodeAt(0)) &&
      isLower(l.norm.charCodeAt(1)) &&
      l.start - t.end === 1 &&
      text.charCodeAt(t.end) === 32
    ) {
      letters = l.norm;
      end = l.end;
      next = i + 2;
      written = l.end - l.start === 2 && isUpper(text.charCodeAt(l.start)) && isUpper(text.charCodeAt(l.start + 1));
    }
  }
  if (!letters || NOT_POSTCODE_LETTERS.has(letters)) return;
  const house = houseNumberEnd(tokens, next);
  const stop = house ?? end;
  if (!isPostcodeInContext(text, tokens, i, stop, written, house !== undefined)) return;
  out.push({ type: 'postcode', value: text.slice(t.start, stop), start: t.start, end: stop });
}

/** "postcode", "adres", "ik woon", "zip code" up to a few words before. */
const POSTCODE_WORD_BEFORE =
  /(?:post ?code|postal ?code|zip ?code|\bzip|adres|address|\bwoon\w*|\bwonend\w*|verhuis\w*|\bmov(?:e|ed|ing) to|\bliv(?:e|es|ing) (?:at|in))[^0-9]{0,20}$/i;
/** A word right before the number that makes it a code or a reference: "code", "type", "ordernr" (not "postcode"). */
const CODE_BEFORE =
  /(?:(?<!post ?|postal |zip ?)code|type|model|versie|version|seri\w*|artikel\w*|product\w*|kenteken|licen[cs]e|error|fout|order\w*|bestel\w*|factuur\w*|invoice|zending\w*|track\w*|ticket\w*|\bref\w*|\bnr|nummer|number|\bno|\bid)[^a-z0-9]{0,3}$/i;
/** Prepositions of place right before a postcode: "storing op 1012AB", "verhuisd naar 1234 AB". */
const PLACE_PREPOSITIONS = new Set([
  'op',
  'in',
  'naar',
  'te',
  'bij',
  'rond',
  'rondom',
  'omgeving',
  'regio',
  'at',
  'to',
  'near',
  'around',
]);

function isPostcodeInContext(text: string, tokens: Token[], i: number, stop: number, written: boolean, house: boolean): boolean {
  const start = (tokens[i] as Token).start;
  const before = text.slice(Math.max(0, start - 40), start);
  if (CODE_BEFORE.test(before)) return false;
  if (POSTCODE_WORD_BEFORE.test(before)) return true;
  if (house) return true;
  if (!written) return false;
  const prev = tokens[i - 1];
  if (prev && prev.kind === 'word' && PLACE_PREPOSITIONS.has(prev.norm) && onlySpaces(text, prev.end, start)) return true;
  return addressEndsAt(text, tokens, i) || placeNameAt(text, tokens, i, stop);
}

function onlySpaces(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) !== 32 && text.charCodeAt(k) !== 9) return false;
  return true;
}

/** A capitalised word and a house number right before token i, maybe with a comma or line break: "Dorpsstraat 4, 1234 AB". */
function addressEndsAt(text: string, tokens: Token[], i: number): boolean {
  let k = i - 1;
  const sep = tokens[k];
  if (sep && sep.kind === 'punct' && (sep.norm === ',' || sep.norm === '\n')) k--;
  let number = tokens[k];
  // "12 a": a house number with its letter apart
  if (number && number.kind === 'word' && number.norm.length === 1) number = tokens[--k];
  if (!number || houseNumberDigits(number.norm) === 0) return false;
  const street = tokens[k - 1];
  return street !== undefined && street.kind === 'word' && isUpper(text.charCodeAt(street.start));
}

/** A capitalised word after the postcode on the same line that is not a sentence starting: "1234 AB Utrecht". */
function placeNameAt(text: string, tokens: Token[], i: number, stop: number): boolean {
  let k = i + 1;
  while (k < tokens.length && (tokens[k] as Token).start < stop) k++;
  const place = tokens[k];
  if (!place || place.kind !== 'word' || place.norm.length < 2 || !onlySpaces(text, stop, place.start)) return false;
  return isUpper(text.charCodeAt(place.start)) && !FUNCTION_WORDS.has(place.norm);
}

/** A Dutch street name: a word ending in a street suffix with at least two letters before it. */
function isStreetName(norm: string): boolean {
  const m = STREET_SUFFIX.exec(norm);
  return m !== null && norm.length > m[0].length + 1;
}

/** "Kerkstraat 12a" (the street before the house number at i) and "221b Baker Street" (the house number at i first). */
function addressAt(text: string, tokens: Token[], i: number, out: PiiMatch[]): void {
  const street = tokens[i - 1];
  if (street && street.kind === 'word') {
    const end = houseNumberEnd(tokens, i);
    if (end !== undefined && isStreetName(street.norm))
      out.push({ type: 'address', value: text.slice(street.start, end), start: street.start, end });
  }
  const t = tokens[i] as Token;
  if (houseNumberDigits(t.norm) === 0) return;
  for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
    const w = tokens[k] as Token;
    if (w.kind !== 'word') break;
    if (EN_STREET.has(w.norm) && k > i + 1 && /[A-Z]/.test(text[tokens[i + 1]?.start ?? 0] ?? '')) {
      out.push({ type: 'address', value: text.slice(t.start, w.end), start: t.start, end: w.end });
      break;
    }
  }
}

/** "1985": a year of birth, 19xx or 20xx. */
function isBirthYear(norm: string): boolean {
  if (norm.length !== 4 || !isDigit(norm.charCodeAt(2)) || !isDigit(norm.charCodeAt(3))) return false;
  const century = norm.slice(0, 2);
  return century === '19' || century === '20';
}

/** "12 maart 1985", "3 jan 1990": only with a birth word before it, or a year no order date has. */
function writtenDateAt(text: string, tokens: Token[], i: number, dobBefore: RegExp, out: PiiMatch[]): void {
  const d = tokens[i] as Token;
  if (i + 2 >= tokens.length || d.kind !== 'number' || d.norm.length > 2 || !isDigit(d.norm.charCodeAt(d.norm.length - 1)))
    return;
  const m = tokens[i + 1] as Token;
  const y = tokens[i + 2] as Token;
  if (!MONTHS.has(m.norm) || !isBirthYear(y.norm)) return;
  const day = Number(d.norm);
  if (day < 1 || day > 31) return;
  if (!dobBefore.test(text.slice(Math.max(0, d.start - 40), d.start))) return;
  out.push({ type: 'date_of_birth', value: text.slice(d.start, y.end), start: d.start, end: y.end });
}

/**
 * Postcodes, addresses and written dates of birth, in one pass over the tokens: each of them has a
 * token that starts with a digit (the postcode, the house number, the day), so only those are looked at.
 */
export function findPlacesAndDates(text: string, tokens: Token[], dobBefore: RegExp, out: PiiMatch[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (!isDigit((tokens[i] as Token).norm.charCodeAt(0))) continue;
    postcodeAt(text, tokens, i, out);
    addressAt(text, tokens, i, out);
    writtenDateAt(text, tokens, i, dobBefore, out);
  }
}
