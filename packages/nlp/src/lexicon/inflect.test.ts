import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { inflections } from './inflect';

describe('inflections', () => {
  const cases: Array<[string, string[]]> = [
    ['slecht', ['slechte', 'slechter', 'slechtst', 'slechtste']],
    ['groot', ['grote', 'groter', 'grootst', 'grootste']],
    ['dik', ['dikke', 'dikker', 'dikst', 'dikste']],
    ['boos', ['boze', 'bozer', 'boost', 'booste']],
    ['lief', ['lieve', 'liever', 'liefst', 'liefste']],
    ['duur', ['dure', 'duurder', 'duurst', 'duurste']],
    ['lekker', ['lekkere', 'lekkerder', 'lekkerst', 'lekkerste']],
  ];
  for (const [base, forms] of cases)
    it(`inflects ${base} as ${forms.join(', ')}`, () => assert.deepEqual(inflections(base), forms));
});
