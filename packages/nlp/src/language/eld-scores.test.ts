import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eld as eldMedium } from 'eld/medium';
import { ELD_LANGUAGES, eldScores } from './eld-scores';
import { LANGUAGES } from './languages';

const eld = eldMedium.newInstance();
eld.setLanguageSubset([...LANGUAGES]);

/** What the real eld says on the first `limit` characters, and what ours says, as sorted entries. */
function both(text: string, limit: number): [Array<[string, number]>, Array<[string, number]>] {
  const expected = Object.entries(eld.detect(text.slice(0, limit)).getScores()).sort(([a], [b]) => (a < b ? -1 : 1));
  const out = new Float64Array(ELD_LANGUAGES.length);
  eldScores(text, limit, out);
  const actual = ELD_LANGUAGES.map((l, i) => [l, out[i]!] as [string, number]).filter(([, s]) => s > 0);
  return [expected, actual];
}

// Pieces that reach every step of eld's preparation: separators and apostrophes, lower case of
// one character and of the string (İ, Σ), 2- and 3-byte symbols, words over 70 bytes, the byte cut.
const PIECES = [
  'a',
  'e',
  'o',
  'n',
  ' ',
  '  ',
  "'",
  '`',
  '’',
  '!',
  '?',
  '.',
  '1',
  '23',
  '-',
  '@',
  '\t',
  '\n',
  '\u00a0',
  'İ',
  'Σ',
  'ΟΔΟΣ',
  'ς',
  'é',
  'ß',
  'ẞ',
  'K',
  'Å',
  'ǅ',
  'ﬀ',
  '\u0307',
  '\ue000',
  'ｱ',
  'Ａ',
  '😡',
  '\ud800',
  '\udc00',
  '中文',
  '日本語',
  'Привет',
  'مرحبا',
  'Hallo',
  'Where',
  'İstanbul',
  'A'.repeat(80),
  'é'.repeat(45),
  'wanneer komt de monteur ',
  'où est mon colis ',
  'Wo bleibt mein Paket ',
];

describe('eldScores', () => {
  it('gives the real eld package its exact scores on messages and on mixed, odd and hostile text', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1664525 + 1013904223) >>> 0), seed / 2 ** 32);
    const texts = [
      'Mijn pakket is nog steeds niet bezorgd!!',
      "Hi, I've been waiting since Monday, don't you read your DMs?",
      'Seit gestern kein Internet, bitte um Hilfe 🙏',
      'a'.repeat(1_000_000),
      '😀'.repeat(10_000),
      'x '.repeat(20_000),
      'a b c d e f g h i j k l m n o p q r s t u v w x y z '.repeat(30),
      ('中'.repeat(100) + ' ').repeat(10),
    ];
    for (let i = 0; i < 3000; i++) {
      let text = '';
      for (let parts = 1 + Math.floor(random() * 40); parts > 0; parts--) text += PIECES[Math.floor(random() * PIECES.length)];
      texts.push(text);
    }
    for (const text of texts) {
      for (const limit of [120, 1000]) {
        const [expected, actual] = both(text, limit);
        assert.deepEqual(actual, expected, JSON.stringify(text.slice(0, limit)));
      }
    }
  });
});
