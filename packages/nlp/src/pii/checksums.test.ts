import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isValidIBAN } from 'ibantools';
import { hasCardPrefix, ibanCheckDigitsHold, isLuhnValid, isValidBsn } from './checksums';

describe('isValidBsn', () => {
  const cases: Array<[string, boolean]> = [
    ['111222333', true],
    ['123456782', true],
    ['123456789', false],
    ['000000000', false],
    ['12345678', false],
    ['12345', false],
  ];
  for (const [digits, valid] of cases)
    it(`says ${digits} is ${valid ? '' : 'not '}a BSN`, () => assert.equal(isValidBsn(digits), valid));
});

describe('isLuhnValid and hasCardPrefix', () => {
  const cases: Array<[string, boolean]> = [
    ['4111111111111111', true],
    ['5500005555555559', true],
    ['378282246310005', true],
    ['4111111111111112', false],
    ['1234567812345670', false], // Luhn-valid but no card scheme starts with 1
  ];
  for (const [digits, card] of cases)
    it(`treats ${digits} as ${card ? 'a card' : 'no card'}`, () =>
      assert.equal(isLuhnValid(digits) && hasCardPrefix(digits), card));
});

describe('ibanCheckDigitsHold', () => {
  it('agrees with ibantools on every pair of check digits of real IBANs', () => {
    for (const iban of [
      'NL91ABNA0417164300',
      'DE89370400440532013000',
      'GB82WEST12345698765432',
      'BE68539007547034',
      'FR1420041010050500013M02606',
      'MT84MALT011000012345MTLCAST001S',
    ]) {
      assert.equal(ibanCheckDigitsHold(iban), true, iban);
      for (let digits = 0; digits < 100; digits++) {
        const other = `${iban.slice(0, 2)}${String(digits).padStart(2, '0')}${iban.slice(4)}`;
        assert.equal(ibanCheckDigitsHold(other), isValidIBAN(other), other);
      }
    }
  });
});
