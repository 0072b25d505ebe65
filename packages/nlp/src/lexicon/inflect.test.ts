import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { englishForms, inflections } from './inflect';

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

describe('englishForms', () => {
  const cases: Array<[string, string[]]> = [
    ['crash', ['crashes', 'crashed', 'crashing']],
    ['ignore', ['ignores', 'ignored', 'ignoring']],
    ['suck', ['sucks', 'sucked', 'sucking']],
    ['agree', ['agrees', 'agreed', 'agreeing']],
  ];
  for (const [base, forms] of cases)
    it(`inflects ${base} as ${forms.join(', ')}`, () => assert.deepEqual(englishForms(base), forms));
  it('leaves short words and phrases alone', () => assert.deepEqual([englishForms('ok'), englishForms("can't")], [[], []]));
});
