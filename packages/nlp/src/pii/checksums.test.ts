import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { hasCardPrefix, isLuhnValid, isValidBsn } from './checksums';

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
