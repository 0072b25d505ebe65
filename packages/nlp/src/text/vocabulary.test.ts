import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from './tokenize';
import { entryOf, flagsOf, hasFlag, looseEntryOf, register, setValue, valueOf, wordFlag, wordSlot } from './vocabulary';

const token = (text: string) => tokenize(text)[0]!;

test('a registered set is a flag and a map a slot, found through the token', () => {
  const colour = wordFlag(['rood', 'groen']);
  const price = wordSlot([['goedkoop', 1]]);
  assert.equal(hasFlag(token('ROOD'), colour), true);
  assert.equal(hasFlag(token('blauw'), colour), false);
  assert.equal(valueOf(entryOf(token('Goedkoop')), price), 1);
  assert.equal(valueOf(entryOf(token('duur')), price), undefined);
});

test('short words are their own key, long and non-ASCII ones are hashed and confirmed: each finds only itself', () => {
  const words = ['abcdefgh', 'abcdefghi', 'klantenservice', 'straße', 'ø', 'a'];
  const listed = wordFlag(words);
  for (const w of words) assert.equal(hasFlag(token(w), listed), true, w);
  for (const w of ['abcdefgj', 'abcdefghj', 'klantenservics', 'strasse', 'o', 'b', 'aa'])
    assert.equal(hasFlag(token(w), listed), false, w);
});

test('the loose entry is that of the fully collapsed form', () => {
  const fine = wordFlag(['top']);
  const t = token('topppp');
  assert.equal(t.norm, 'topp');
  assert.equal(hasFlag(t, fine), false);
  assert.equal((flagsOf(looseEntryOf(t)) & fine) !== 0, true);
});

test('words seen but never registered are dropped after many, registered ones stay', () => {
  const kept = wordFlag(['blijvertje']);
  entryOf(token('laatkomer'));
  const late = wordFlag(['laatkomer']);
  const learnt = wordSlot<string>();
  const first = entryOf(token('eenmalig'));
  setValue(first, learnt, 'learnt');
  for (let i = 0; i < 60_000; i++) entryOf(token(`woord${i}x`));
  assert.equal(valueOf(entryOf(token('eenmalig')), learnt), undefined, 'a seen word is relearnt after the table was cleared');
  assert.equal(hasFlag(token('blijvertje'), kept), true);
  assert.equal(flagsOf(register('blijvertje')) & kept, kept);
  assert.equal(hasFlag(token('laatkomer'), late), true, 'a word seen before it was registered is kept');
});
