import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../text/tokenize';
import { detectLanguage } from './detect';

describe('detectLanguage', () => {
  const cases: Array<[string, string]> = [
    ['Mijn pakket is nog steeds niet bezorgd!!', 'nl'],
    ['waneer komt de monteur', 'nl'],
    ['ge zijt nie goe bezig, al twee dagen geen internet', 'nl'],
    ['Where is my parcel? Tracking has not moved', 'en'],
    ['Seit gestern kein Internet, bitte um Hilfe', 'de'],
    ["toujours pas reçu mon colis, c'est inadmissible", 'fr'],
    ['😡😡😡', 'und'],
    ['12345', 'und'],
  ];
  for (const [text, code] of cases)
    it(`reads "${text}" as ${code}`, () => assert.equal(detectLanguage(text, tokenize(text)).code, code));
});
