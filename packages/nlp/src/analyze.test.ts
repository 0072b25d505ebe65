import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MessageAnalysis } from '@balie/contracts';
import { analyzeMessage, rescoreUrgency } from './analyze';

const brand = { names: ['Voltanet'], handles: ['@voltanet'], competitors: ['Glasnet'] };

describe('analyzeMessage', () => {
  describe('with bad input', () => {
    const cases: Array<[string, string, boolean]> = [
      ['empty text', '', false],
      ['only white space', ' \n\t ', false],
      ['only digits', '12345', false],
      ['only emoji', '😡😡😡', true],
      ['lone surrogates', 'hallo \ud800 wereld \udc00', true],
      ['zero-width and RTL marks', 'be\u200bdankt \u202ejullie\u202c zijn \u200ftop', true],
      ['mixed scripts', 'Спасибо مرحبا 你好 dank je', true],
      ['10,000 repeated characters', 'a'.repeat(10_000), true],
    ];
    for (const [name, text, analysable] of cases)
      it(`gives a valid result for ${name}`, () => {
        const a = analyzeMessage(text, { brand });
        assert.equal(MessageAnalysis.safeParse(a).success, true);
        assert.equal(a.analysable, analysable);
      });
    it('reads through zero-width characters inside words', () =>
      assert.equal(analyzeMessage('be\u200bdankt, echt t\u200dop!').sentiment.brand.label, 'positive'));
    it('says when it looked at only the start of a long text', () =>
      assert.equal(analyzeMessage('x '.repeat(20_000)).truncated, true));
  });

  describe('on typical messages', () => {
    const cases: Array<[string, Partial<Record<'intent' | 'lang' | 'reply' | 'formality' | 'level', string | boolean>>]> = [
      [
        'Kunt u mij vertellen waarom mijn factuur zo hoog is?',
        { intent: 'billing', lang: 'nl', reply: true, formality: 'formal' },
      ],
      ['Ik wil mijn abonnement opzeggen, ik stap over naar Glasnet', { intent: 'cancellation', reply: true }],
      ['Dankjewel voor de snelle hulp! 😍', { intent: 'praise', reply: false, formality: 'informal' }],
      ['Check my profile for free crypto giveaway https://x.co/abc', { intent: 'spam', reply: false }],
      ['Where is my parcel? Tracking has not moved for a week', { intent: 'delivery', lang: 'en', reply: true }],
      ['Gaslucht in de meterkast na het plaatsen van de nieuwe meter!!', { level: 'urgent' }],
      ['Voltanet is de slechtste provider ooit #nooitmeer', { reply: false }],
    ];
    for (const [text, want] of cases)
      it(`analyses "${text}"`, () => {
        const a = analyzeMessage(text, { brand, public: true });
        const got = {
          intent: a.intent.label,
          lang: a.language.code,
          reply: a.needsReply.value,
          formality: a.formality.value,
          level: a.urgency.level,
        };
        for (const [k, v] of Object.entries(want)) assert.equal(got[k as keyof typeof got], v, k);
      });
  });

  it('raises urgency when a public complaint gains reach', () => {
    const a = analyzeMessage('@voltanet al drie dagen geen internet, waardeloos', { brand, public: true });
    const later = rescoreUrgency(a, { likes: 400, reshares: 120 });
    assert.ok(later.score > a.urgency.score);
    assert.ok(later.signals.includes('reach'));
  });
});
