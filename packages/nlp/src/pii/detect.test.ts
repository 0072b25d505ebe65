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

  describe('a 9-digit number passing the 11-proef', () => {
    // One in eleven order, meter or account numbers passes it too: only what the message calls a BSN is one.
    const bsn: Array<[string, string]> = [
      ['BSN: 111222333', '111222333'],
      ['Burgerservicenummer 123456782, graag aanpassen', '123456782'],
      ['het gaat om 111222333 (bsn van mijn moeder)', '111222333'],
      ['111222333 is het sofinummer van mijn vader', '111222333'],
      ['mijn nummer is 123456782', '123456782'],
      ['sofi-nummer 12345611', '12345611'],
      ['My citizen service number is 111222333', '111222333'],
      ['Her social security number: 123456782', '123456782'],
    ];
    for (const [text, value] of bsn) it(`is a BSN in "${text}"`, () => assert.deepEqual(pii(text), [['bsn', value]]));
    const notBsn = [
      'kunt u 111222333 even checken?',
      'meterstand 111222333 klopt niet',
      'mijn klantnummer is 111222333',
      'ik heb 123456782 al twee keer gebeld',
      'Please check 123456782 for me',
      'Your reference 111222333 is not in the system',
      'mijn nummer is 12345611', // 8 digits: a BSN only when named
    ];
    for (const text of notBsn) it(`is no BSN in "${text}"`, () => assert.deepEqual(pii(text), []));
  });

  describe('"1234 AB"', () => {
    // Meter codes, error codes and models have the shape of a postcode too; the context tells them apart.
    const postcode: Array<[string, string[][]]> = [
      ['wat is de max snelheid op 1012AB', [['postcode', '1012AB']]],
      ['we verhuizen naar 3511 AB', [['postcode', '3511 AB']]],
      ['mijn postcode is 1234 ab', [['postcode', '1234 ab']]],
      ['postcode: 1234AB', [['postcode', '1234AB']]],
      ['storing 5611 AB 12 al bekend?', [['postcode', '5611 AB 12']]],
      ['1234 AB Utrecht', [['postcode', '1234 AB']]],
      [
        'afleveren op Dorpsstraat 4, 1234 AB Ergenshuizen',
        [
          ['address', 'Dorpsstraat 4'],
          ['postcode', '1234 AB'],
        ],
      ],
      [
        'Kerkstraat 12\n3511 AB',
        [
          ['address', 'Kerkstraat 12'],
          ['postcode', '3511 AB'],
        ],
      ],
      ['my zip code is 1234 AB', [['postcode', '1234 AB']]],
      ['Is fibre available in 3511 AB?', [['postcode', '3511 AB']]],
      ['We moved to 1234 AB Amsterdam', [['postcode', '1234 AB']]],
    ];
    for (const [text, expected] of postcode) it(`is a postcode in "${text}"`, () => assert.deepEqual(pii(text), expected));
    const notPostcode = [
      'wat betekent code 1234 AB op mijn meter?',
      'mijn postcode klopt, maar code 1234 AB blijft staan',
      'foutcode 1234 AB 5 op het display',
      'ik heb type 2100 HD besteld',
      'ik zag 1234 AB staan',
      'What does error 1234 AB mean?',
      'The display shows 1234 AB Please help',
      'The meter reads 1234 AB, is that normal?',
    ];
    for (const text of notPostcode) it(`is no postcode in "${text}"`, () => assert.deepEqual(pii(text), []));
  });

  describe('with account-defined patterns', () => {
    it('finds a customer number the account describes', () =>
      assert.deepEqual(pii('klant KL-123456 hier', [{ name: 'klantnummer', pattern: 'KL-\\d{6}' }]), [['custom', 'KL-123456']]));
    it('ignores a pattern that does not compile', () => assert.deepEqual(pii('x', [{ name: 'bad', pattern: '(' }]), []));
    it('skips a pattern that can backtrack catastrophically, saved before the profile refused those', () =>
      // Run, (a+)+$ would match the "aaaa" at the end (and take minutes on 40 a's followed by "!").
      assert.deepEqual(
        pii('KL-123456 aaaa', [
          { name: 'evil', pattern: '(a+)+$' },
          { name: 'klantnummer', pattern: 'KL-\\d{6}' },
        ]),
        [['custom', 'KL-123456']],
      ));
    it('skips such a pattern given as a RegExp too', () =>
      assert.deepEqual(pii('aaaa', [{ name: 'evil', pattern: /(a+)+$/ }]), []));
  });
});
