import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenize } from '../text/tokenize';
import { analyzeSentiment } from './analyze';

const profile = { names: ['Voltanet'], handles: ['@voltanet'], competitors: ['Glasnet', 'KPN'] };
const run = (text: string, lang: 'nl' | 'en' = 'nl') => analyzeSentiment(text, tokenize(text), lang, profile);
const labels = (text: string, lang: 'nl' | 'en' = 'nl') => {
  const r = run(text, lang);
  return [r.brand.label, r.others.label];
};

describe('switching provider', () => {
  it('judges the one left behind and the one switched to', () => {
    assert.deepEqual(labels('Overgestapt van Glasnet naar @voltanet'), ['positive', 'negative']);
    assert.deepEqual(labels('na jaren Voltanet overgestapt naar Glasnet'), ['negative', 'positive']);
    assert.deepEqual(labels('Switched to Voltanet after years with KPN', 'en'), ['positive', 'negative']);
  });
  it('reads leaving the brand as a judgement of the brand', () => {
    assert.deepEqual(labels('ik ben over naar KPN'), ['negative', 'positive']);
    assert.deepEqual(labels('voortaan bij Glasnet'), ['negative', 'positive']);
  });
  it('needs a switch word and a direction', () => {
    assert.deepEqual(labels('ik had vroeger een abonnement bij KPN'), ['neutral', 'neutral']);
    assert.deepEqual(labels('stap voor stap naar de oplossing'), ['neutral', 'neutral']);
    assert.deepEqual(labels('ik wil misschien overstappen, wat kost Voltanet?'), ['neutral', 'neutral']);
  });
});
