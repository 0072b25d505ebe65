import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../text/tokenize';
import { detectFormality } from './formality';
import { needsReply } from './needs-reply';
import { textSignals, urgencyBase, withReach } from './urgency';

describe('detectFormality', () => {
  const cases: Array<[string, string, string]> = [
    ['Kunt u mij laten weten wanneer de monteur komt?', 'nl', 'formal'],
    ['Geachte heer/mevrouw, graag een reactie. Met vriendelijke groet', 'nl', 'formal'],
    ['Hoi, kun je even kijken naar mijn bestelling?', 'nl', 'informal'],
    ['Wanneer komt de monteur?', 'nl', 'unknown'],
    ['Dear Sir/Madam, please advise. Kind regards', 'en', 'formal'],
    ['hey guys thx for the help', 'en', 'informal'],
  ];
  for (const [text, lang, value] of cases)
    it(`calls "${text}" ${value}`, () => assert.equal(detectFormality(tokenize(text), lang).value, value));
});

describe('needsReply', () => {
  const cases: Array<[string, string, string, boolean, boolean, string]> = [
    ['Waar blijft mijn pakket?', 'delivery', 'negative', true, true, 'question'],
    ['Voltanet is de slechtste provider ooit', 'complaint', 'negative', true, false, 'brand_bashing'],
    ['Jullie app doet het weer niet', 'complaint', 'negative', true, true, 'complaint'],
    ['Dankjewel, top geholpen!', 'praise', 'positive', false, false, 'thanks_only'],
    ['Verdien snel geld, klik hier', 'spam', 'neutral', true, false, 'spam'],
    ['Ik heb nog een opmerking over de monteur', 'feedback', 'neutral', false, true, 'private_channel'],
  ];
  for (const [text, intent, brandLabel, isPublic, value, reason] of cases)
    it(`${value ? 'answers' : 'skips'} "${text}" (${reason})`, () =>
      assert.deepEqual(needsReply({ tokens: tokenize(text), intent, brandLabel, public: isPublic, sarcastic: false }), {
        value,
        reason,
      }));
});

describe('urgency', () => {
  const cases: Array<[string, string, number, string[]]> = [
    ['Ik ruik gas in de meterkast!!', 'outage', -0.3, ['threat_safety']],
    ['De hele wijk zit zonder stroom', 'outage', -0.5, ['outage_many']],
    ['Mijn moeder van 87 heeft alarmering via de lijn', 'outage', -0.4, ['vulnerable_customer']],
    ['Ik moet vandaag mijn scriptie inleveren en heb geen internet', 'outage', -0.5, ['deadline_today']],
    ['Ik zeg mijn abonnement op', 'cancellation', 0, ['churn_risk']],
    ['Vandaag super geholpen, dank!', 'praise', 0.8, []],
  ];
  for (const [text, intent, brandScore, signals] of cases)
    it(`finds ${signals.join(', ') || 'no signal'} in "${text}"`, () =>
      assert.deepEqual(textSignals({ tokens: tokenize(text), intent, brandScore }).signals, signals));

  it('puts danger above a legal threat', () => {
    const score = (text: string) => {
      const { signals, danger } = textSignals({ tokens: tokenize(text), intent: 'complaint', brandScore: -0.5 });
      return withReach(urgencyBase('complaint', -0.5, signals, danger), signals, -0.5, false).score;
    };
    assert.ok(score('Er komen vonken uit de meterkast') > score('Ik schakel mijn advocaat in'));
  });

  it('adds reach only to a negative public post', () => {
    const reach = { followers: 50_000, reshares: 200 };
    assert.deepEqual(withReach(0.3, [], -0.6, true, reach).signals, ['reach']);
    assert.deepEqual(withReach(0.3, [], -0.6, false, reach).signals, []);
    assert.deepEqual(withReach(0.3, [], 0.6, true, reach).signals, []);
  });
});
