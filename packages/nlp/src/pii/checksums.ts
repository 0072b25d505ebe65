/**
 * Checksums that tell a real identifier from a number that merely looks like one.
 */

/** Dutch BSN 11-proef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11); 8-digit BSNs get a leading 0. */
export function isValidBsn(digits: string): boolean {
  const d = digits.length === 8 ? `0${digits}` : digits;
  if (!/^\d{9}$/.test(d) || /^0+$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(d[i]);
  sum -= Number(d[8]);
  return sum % 11 === 0;
}

/** Luhn check used by payment cards. */
export function isLuhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let v = digits.charCodeAt(i) - 48;
    if (v < 0 || v > 9) return false;
    if (double) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
    double = !double;
  }
  return sum % 10 === 0;
}

/**
 * Issuer prefixes of the card schemes seen in the Netherlands and abroad. A Luhn-valid number with
 * another prefix is far more likely an order or tracking number (one in ten random numbers passes Luhn).
 */
export function hasCardPrefix(digits: string): boolean {
  const two = Number(digits.slice(0, 2));
  const four = Number(digits.slice(0, 4));
  if (digits[0] === '4') return digits.length === 13 || digits.length === 16 || digits.length === 19; // Visa
  if (two >= 51 && two <= 55) return digits.length === 16; // Mastercard
  if (four >= 2221 && four <= 2720) return digits.length === 16;
  if (two === 34 || two === 37) return digits.length === 15; // Amex
  if (four === 6011 || two === 65 || (two === 64 && Number(digits[2]) >= 4)) return digits.length >= 16; // Discover
  if (four >= 3528 && four <= 3589) return digits.length >= 16; // JCB
  if (/^(5018|5020|5038|6304|6759|676[1-3])/.test(digits)) return digits.length >= 12; // Maestro
  return false;
}

/**
 * ibantools' IBAN check-digit test, done on char codes: 98 − (BBAN, country code, "00" as a number,
 * letters as 10–35) mod 97 must equal the two check digits. An IBAN failing it fails isValidIBAN, so
 * the rest of that (a string per character, a regex per call) is only worth running once it passed.
 * `iban`: upper-case ASCII letters and digits.
 */
export function ibanCheckDigitsHold(iban: string): boolean {
  let rest = 0;
  for (let i = 4; i <= iban.length + 1; i++) {
    // After the BBAN: the country code, then "00".
    const c = i < iban.length ? iban.charCodeAt(i) : iban.charCodeAt(i - iban.length);
    rest = c >= 65 ? (rest * 100 + c - 55) % 97 : (rest * 10 + c - 48) % 97;
  }
  rest = (rest * 100) % 97;
  return 98 - rest === (iban.charCodeAt(2) - 48) * 10 + iban.charCodeAt(3) - 48;
}
