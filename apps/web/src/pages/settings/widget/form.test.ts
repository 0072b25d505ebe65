import { defaultWidgetSettings, WidgetSettings } from '@balie/contracts';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { embedSnippet, fromDraft, normaliseOrigin, parseOrigins, toDraft } from './form';

describe('the widget settings form', () => {
  it('round-trips the settings unchanged', () => {
    const settings = WidgetSettings.parse({
      primaryColour: '#aa0000',
      position: 'left',
      texts: { nl: { greeting: 'Hoi!' }, en: { greeting: 'Hi!' } },
      businessHours: { enabled: true, days: [{ day: 1, open: '09:00', close: '17:00' }], askEmail: false },
      proactiveDelaySeconds: 30,
      allowedOrigins: ['https://www.example.nl'],
    });
    const result = fromDraft(toDraft(settings));
    assert.deepEqual(result, { ok: true, settings });
    // What the form sends is what the server accepts.
    assert.ok(result.ok && WidgetSettings.safeParse(result.settings).success);
  });

  it('reads origins one per line: lower case, trailing slash dropped, duplicates once, bad lines named', () => {
    assert.equal(normaliseOrigin(' HTTPS://Www.Example.nl/ '), 'https://www.example.nl');
    assert.equal(normaliseOrigin('https://www.example.nl/winkel'), null);
    assert.equal(normaliseOrigin('www.example.nl'), null);
    assert.equal(normaliseOrigin('http://localhost:8080'), 'http://localhost:8080');
    assert.deepEqual(parseOrigins('https://a.nl\n\nhttps://A.nl/\nftp://b.nl\n  https://c.nl:8443  '), {
      origins: ['https://a.nl', 'https://c.nl:8443'],
      invalid: ['ftp://b.nl'],
    });
    const draft = { ...toDraft(defaultWidgetSettings()), origins: 'https://ok.nl\nexample.nl/pad' };
    assert.deepEqual(fromDraft(draft), { ok: false, errors: { origins: ['example.nl/pad'] } });
  });

  it('an empty delay switches the proactive greeting off; a delay out of range is refused', () => {
    const draft = toDraft(defaultWidgetSettings());
    const off = fromDraft({ ...draft, proactiveDelay: ' ' });
    assert.ok(off.ok && off.settings.proactiveDelaySeconds === null);
    const on = fromDraft({ ...draft, proactiveDelay: '15' });
    assert.ok(on.ok && on.settings.proactiveDelaySeconds === 15);
    for (const bad of ['2', '601', '1.5', 'tien']) {
      assert.deepEqual(fromDraft({ ...draft, proactiveDelay: bad }), { ok: false, errors: { delay: true } }, bad);
    }
  });

  it('keeps one opening per checked weekday, and a second opening only while its day stays open', () => {
    const settings = WidgetSettings.parse({
      businessHours: {
        days: [
          { day: 2, open: '09:00', close: '12:00' },
          { day: 2, open: '13:00', close: '17:00' },
          { day: 0, open: '22:00', close: '02:00' },
        ],
      },
    });
    const draft = toDraft(settings);
    assert.deepEqual(draft.days[2], { open: true, from: '09:00', to: '12:00' });
    assert.deepEqual(draft.days[3], { open: false, from: '09:00', to: '17:00' });
    const kept = fromDraft(draft);
    assert.ok(kept.ok);
    assert.deepEqual(kept.settings.businessHours.days, [
      { day: 2, open: '09:00', close: '12:00' },
      { day: 0, open: '22:00', close: '02:00' },
      { day: 2, open: '13:00', close: '17:00' },
    ]);
    const closed = fromDraft({ ...draft, days: { ...draft.days, 2: { open: false, from: '09:00', to: '12:00' } } });
    assert.ok(closed.ok);
    assert.deepEqual(closed.settings.businessHours.days, [{ day: 0, open: '22:00', close: '02:00' }]);
  });

  it('the embed snippet names the loader on Balie and the public widget token', () => {
    assert.equal(
      embedSnippet('https://balie.example.nl', 'wt_abc'),
      '<script src="https://balie.example.nl/widget.js" data-balie="wt_abc" async></script>',
    );
  });
});
