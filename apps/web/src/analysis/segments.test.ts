import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupBy, segment, type Mark } from './segments';

const texts = (segs: { text: string }[]) => segs.map((s) => s.text);
const labels = (segs: { marks: Mark<string>[] }[]) => segs.map((s) => s.marks.map((m) => m.data).join('+'));

describe('segmenting a message for highlighting', () => {
  it('returns the whole text as one run without marks, and nothing for empty text', () => {
    assert.deepEqual(texts(segment('hallo', [])), ['hallo']);
    assert.deepEqual(segment('', [{ start: 0, end: 3, data: 'x' }]), []);
  });

  it('cuts around a mark and keeps the text intact', () => {
    const text = 'jullie zijn echt bagger!';
    const segs = segment(text, [{ start: 17, end: 23, data: 'phrase' }]);
    assert.deepEqual(texts(segs), ['jullie zijn echt ', 'bagger', '!']);
    assert.deepEqual(labels(segs), ['', 'phrase', '']);
    assert.equal(texts(segs).join(''), text);
  });

  it('handles a phrase inside PII and partly overlapping marks', () => {
    const text = 'iban NL91ABNA0417164300 ok';
    const segs = segment(text, [
      { start: 5, end: 23, data: 'pii' },
      { start: 9, end: 13, data: 'phrase' },
      { start: 20, end: 26, data: 'other' },
    ]);
    assert.deepEqual(texts(segs), ['iban ', 'NL91', 'ABNA', '0417164', '300', ' ok']);
    assert.deepEqual(labels(segs), ['', 'pii', 'pii+phrase', 'pii', 'pii+other', 'other']);
    assert.equal(texts(segs).join(''), text);
  });

  it('keeps a PII value one group when a phrase splits it', () => {
    const segs = segment('a NL91ABNA b', [
      { start: 2, end: 10, data: 'pii' },
      { start: 4, end: 6, data: 'phrase' },
    ]);
    const groups = groupBy(segs, (d) => d === 'pii');
    assert.deepEqual(
      groups.map((g) => [g.outer.length, g.parts.map((p) => p.text).join('')]),
      [
        [0, 'a '],
        [1, 'NL91ABNA'],
        [0, ' b'],
      ],
    );
  });

  it('ignores empty, reversed and non-finite marks and clamps marks past the end', () => {
    const segs = segment('kort', [
      { start: 2, end: 2, data: 'empty' },
      { start: 3, end: 1, data: 'reversed' },
      { start: Number.NaN, end: 2, data: 'nan' },
      { start: 2, end: 999, data: 'long' },
      { start: -5, end: 1, data: 'negative' },
    ]);
    assert.deepEqual(texts(segs), ['k', 'o', 'rt']);
    assert.deepEqual(labels(segs), ['negative', '', 'long']);
  });

  it('never splits a surrogate pair (UTF-16 offsets into emoji)', () => {
    const text = 'top 👍🏽 echt';
    // 4 is the start of 👍 (2 code units), 5 its middle.
    const segs = segment(text, [{ start: 5, end: 8, data: 'emoji' }]);
    assert.equal(texts(segs).join(''), text);
    for (const s of segs) {
      assert.ok(!/^[\uDC00-\uDFFF]/.test(s.text) && !/[\uD800-\uDBFF]$/.test(s.text), `split pair in ${JSON.stringify(s.text)}`);
    }
    assert.equal(segs.find((s) => s.marks.length)?.text, '👍🏽');
  });

  it('handles many overlapping marks in linear-ish time', () => {
    const text = 'x'.repeat(10_000);
    const marks = Array.from({ length: 500 }, (_, i) => ({ start: i * 10, end: i * 10 + 25, data: String(i) }));
    const segs = segment(text, marks);
    assert.equal(texts(segs).join(''), text);
    assert.ok(segs.every((s) => s.marks.length <= 3));
  });
});
