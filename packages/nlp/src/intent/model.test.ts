import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../analyze';
import { createIntentModel, learnIntent, predictWithModel } from './model';

describe('the per-account intent model', () => {
  describe('when agents label messages with an intent the rules do not know', () => {
    const taxonomy = ['complaint', 'question', 'delivery', 'warranty'];
    const examples = [
      'mijn koptelefoon is na acht maanden kapot, valt dat onder de garantie?',
      'de garantie van mijn wasmachine loopt nog, wie repareert hem?',
      'scherm gebarsten binnen de garantietermijn, wat nu',
      'valt een kapotte accu onder garantie',
    ];
    const probe = 'Is mijn stofzuiger nog in garantie? hij doet het niet meer';
    it('predicts the learnt intent afterwards and not before', () => {
      const before = analyzeMessage(probe, { intents: taxonomy });
      let model = createIntentModel();
      for (const text of examples) model = learnIntent(model, text, 'warranty');
      const after = analyzeMessage(probe, { intents: taxonomy, intentModel: model });
      assert.notEqual(before.intent.label, 'warranty');
      assert.equal(after.intent.label, 'warranty');
    });
    it('leaves unrelated messages to the rules', () => {
      let model = createIntentModel();
      for (const text of examples) model = learnIntent(model, text, 'warranty');
      assert.equal(
        analyzeMessage('Waar blijft mijn pakket? Track en trace zegt niks', { intents: taxonomy, intentModel: model }).intent
          .label,
        'delivery',
      );
    });
  });

  describe('when agents correct a default intent', () => {
    it('moves similar messages to the corrected intent', () => {
      const probe = 'Ik zie twee keer 14,95 voorbij komen deze maand';
      let model = createIntentModel();
      for (const text of [
        'twee keer 29,95 gezien op mijn afschrift',
        'zie dit bedrag twee keer voorbij komen',
        'deze maand twee keer iets voorbij zien komen van jullie',
      ])
        model = learnIntent(model, text, 'billing');
      assert.notEqual(analyzeMessage(probe).intent.label, 'billing');
      assert.equal(analyzeMessage(probe, { intentModel: model }).intent.label, 'billing');
    });
  });

  it('keeps its state as plain JSON and leaves the old state unchanged', () => {
    const empty = createIntentModel();
    const learnt = learnIntent(empty, 'opzeggen graag', 'cancellation');
    assert.deepEqual(empty.labels, {});
    const copy = JSON.parse(JSON.stringify(learnt));
    assert.deepEqual(predictWithModel(copy, 'opzeggen'), predictWithModel(learnt, 'opzeggen'));
  });
});
