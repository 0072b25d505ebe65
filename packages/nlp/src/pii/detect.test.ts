import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../text/tokenize';
import { detectPii, type PiiPattern } from './detect';

function pii(text: string, patterns: PiiPattern[] = []) {
  return detectPii(text, tokenize(text), text.length, patterns).map((m) => [m.type, m.value]);
}

describe('detectPii', () => {
  describe('when the text holds real personal data', () => {
    const cases: Array<[string, string[][]]> = [
      ['mijn iban is NL91 ABNA 0417 1643 00 graag terugstorten', [['iban', 'NL91 ABNA 0417 1643 00']]],
      ['NL91ABNA0417164300', [['iban', 'NL91ABNA0417164300']]],
      ['bel me op 06-12345678 aub', [['phone', '06-12345678']]],
      ['Call me on +44 7911 123456', [['phone', '+44 7911 123456']]],
      ['mail naar jan.de.vries@example.nl.', [['email', 'jan.de.vries@example.nl']]],
      ['mijn bsn is 111222333', [['bsn', '111222333']]],
      ['ik woon op Kerkstraat 12a in Utrecht', [['address', 'Kerkstraat 12a']]],
      ['postcode 3511 AB 4', [['postcode', '3511 AB 4']]],
      ['adres 1234ab', [['postcode', '1234ab']]],
      ['geboren op 12-03-1985', [['date_of_birth', '12-03-1985']]],
      ['geboortedatum: 3 maart 1990', [['date_of_birth', '3 maart 1990']]],
      ['kaart 4111 1111 1111 1111 is gedebiteerd', [['payment_card', '4111 1111 1111 1111']]],
      ['I live at 221 Baker Street', [['address', '221 Baker Street']]],
    ];
    for (const [text, expected] of cases)
      it(`finds ${expected.map((e) => e[0]).join(', ')} in "${text}"`, () => assert.deepEqual(pii(text), expected));
  });

  describe('when numbers only look like personal data', () => {
    const cases = [
      'ordernummer 2041667788 is nog niet binnen',
      'bestelling 123456782 komt niet',
      'om 14:30 kost het €12,99',
      'mijn iban NL91 ABNA 0417 1643 01 (typo)',
      'in 2024 en 2025 was het beter',
      'bundel van 1000 MB is op',
      'tracking 4111111111111111',
      'factuur 20240312 klopt niet',
      'ik betaal al sinds 12-03-2019 maandelijks',
      'prijs 1.299,00 euro',
      'zending 3SABCD1234567 staat stil',
    ];
    for (const text of cases) it(`finds nothing in "${text}"`, () => assert.deepEqual(pii(text), []));
  });

  describe('with account-defined patterns', () => {
    it('finds a customer number the account describes', () =>
      assert.deepEqual(pii('klant KL-123456 hier', [{ name: 'klantnummer', pattern: 'KL-\\d{6}' }]), [['custom', 'KL-123456']]));
    it('ignores a pattern that does not compile', () => assert.deepEqual(pii('x', [{ name: 'bad', pattern: '(' }]), []));
  });
});
