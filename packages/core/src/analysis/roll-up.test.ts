import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeMessage } from '@balie/nlp';
import { rollUp, type StoredAnalysis } from './roll-up';

const brand = { names: ['Polderlink'], competitors: ['KPN'] };
const analysed = (text: string, waiting = true) => ({ analysis: analyzeMessage(text, { brand }) as StoredAnalysis, waiting });

describe('rollUp', () => {
  it('is null when no customer message could be analysed', () => {
    assert.equal(rollUp([]), null);
    assert.equal(rollUp([analysed('   ')]), null);
  });

  it('takes sentiment and needs-reply from the latest message, and sees the mood improve', () => {
    const r = rollUp([
      analysed('Alweer geen internet, dit is echt waardeloos. Wanneer is het opgelost?', false),
      analysed('Het werkt weer, super bedankt voor de snelle hulp!', true),
    ]);
    assert.equal(r?.sentiment, 'positive');
    assert.equal(r?.sentimentTrend, 'better');
    assert.equal(r?.needsReply, false);
  });

  it('keeps the intent of the message that needed an answer when the customer ends with thanks', () => {
    const r = rollUp([analysed('ik wil mijn abonnement opzeggen', false), analysed('bedankt!', true)]);
    assert.equal(r?.intent, 'cancellation');
  });

  it('ranks by the most urgent message still waiting, raising but not lowering a normal question', () => {
    const waitingThreat = rollUp([
      analysed('Mijn moeder van 84 zit zonder alarmknop en telefoon door jullie storing, doe er wat aan!!'),
      analysed('hallo?'),
    ]);
    assert.ok(waitingThreat && ['high', 'urgent'].includes(waitingThreat.urgencyLevel), JSON.stringify(waitingThreat));
    assert.equal(rollUp([analysed('kan ik mijn modem ruilen voor een nieuwer model?')])?.urgencyLevel, 'normal');
    assert.equal(rollUp([analysed('top, dank je wel!')])?.urgencyLevel, 'low');
  });

  it('lets an agent’s correction win over the analysis', () => {
    const message = analysed('nou lekker dan');
    message.analysis = { ...message.analysis, corrected: { sentiment: 'negative', intent: 'complaint' } };
    const r = rollUp([message]);
    assert.equal(r?.sentiment, 'negative');
    assert.equal(r?.intent, 'complaint');
  });
});
