import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../text/tokenize';
import { analyzeSentiment } from './analyze';

const profile = { names: ['Voltanet'], handles: ['@voltanet'], products: ['VoltaBox'], competitors: ['Glasnet'] };
const run = (text: string, lang: 'nl' | 'en' = 'nl') => analyzeSentiment(text, tokenize(text), lang, profile);

describe('analyzeSentiment', () => {
  describe('toward the brand', () => {
    const cases: Array<[string, string, 'nl' | 'en']> = [
      ['niet slecht eigenlijk', 'positive', 'nl'],
      ['geen enkel probleem gehad', 'positive', 'nl'],
      ['ik ben niet blij met de service', 'negative', 'nl'],
      ['mijn pakket is nog steeds niet bezorgd', 'negative', 'nl'],
      ['superrrr snelle levering!!', 'positive', 'nl'],
      ['jullie zijn schandaig slecht', 'negative', 'nl'],
      ['wanneer komt de monteur?', 'neutral', 'nl'],
      ['😍😍', 'positive', 'nl'],
      ['not bad at all', 'positive', 'en'],
      ['the engineer was really helpful', 'positive', 'en'],
      ['still no signal :(', 'negative', 'en'],
    ];
    for (const [text, label, lang] of cases)
      it(`reads "${text}" as ${label}`, () => assert.equal(run(text, lang).brand.label, label));
  });

  describe('with praise and a complaint on either side of a contrast', () => {
    const cases = [
      'snelle levering maar het product was kapot',
      'wel vriendelijk maar nog steeds geen internet',
      'hoewel de levering snel was, is de kwaliteit waardeloos',
      'the app is great but it keeps crashing',
    ];
    for (const text of cases)
      it(`reads "${text}" as mixed, leaning to the part after the contrast`, () => {
        const { label, score } = run(text, text.startsWith('the') ? 'en' : 'nl').brand;
        assert.deepEqual([label, score < 0], ['mixed', true]);
      });
    it('keeps one-sided contrasts one-sided', () => {
      assert.equal(run('de levering was traag maar de monteur was ook nog eens onbeschoft').brand.label, 'negative');
      assert.equal(run('eerst twijfel, maar het werkt geweldig').brand.label, 'positive');
    });
  });

  describe('when two brands are compared', () => {
    it('gives the bashing to the brand and the praise to the competitor', () => {
      const r = run('Voltanet is echt bagger, Glasnet is top');
      assert.deepEqual([r.brand.label, r.others.label, r.competitors], ['negative', 'positive', ['Glasnet']]);
    });
    it('turns around when the competitor is bashed', () => {
      const r = run('glasnet is echt bagger, voltanet is top');
      assert.deepEqual([r.brand.label, r.others.label], ['positive', 'negative']);
    });
    it('gives the loser of a comparison the opposite sentiment', () => {
      const r = run('Glasnet is veel beter dan jullie');
      assert.deepEqual([r.brand.label, r.others.label], ['negative', 'positive']);
    });
  });

  describe('with sarcasm', () => {
    const cases = [
      'Top hoor, alweer geen internet 👏',
      'lekker bezig @voltanet, 3e storing deze week',
      'bedankt voor niks',
      'thanks for nothing, still no signal',
      'wow, yet another week of delay. impressive',
      'what amazing service. three weeks and no answer #not',
      'good job, third price increase this year',
    ];
    for (const text of cases)
      it(`flags "${text}" and reads it as negative`, () => {
        const r = run(text, /thanks|wow|what|good/.test(text) ? 'en' : 'nl');
        assert.equal(r.sarcasm.value, true);
        assert.equal(r.brand.label, 'negative');
      });
    it('does not flag sincere praise', () => {
      assert.equal(run('top service, dank jullie wel!').sarcasm.value, false);
      assert.equal(run('yet another great update, love the new app', 'en').sarcasm.value, false);
    });
  });

  it('returns the deciding phrases with their positions', () => {
    const text = 'De monteur was echt top';
    const [phrase] = run(text).brand.phrases;
    assert.equal(phrase?.text, 'top');
    assert.equal(text.slice(phrase?.start, phrase?.end), 'top');
    assert.ok(phrase?.modifiers.includes('intensified'));
  });
});
