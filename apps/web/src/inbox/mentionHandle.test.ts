import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mentionAt, mentionedBy, mentionHandle, suggestMembers, type Mentionable } from './mentionHandle';

const sanne = { userId: 's', name: 'Sanne de Boer', email: 'sdb@example.nl' };
const sanneB = { userId: 's2', name: 'Sanne Bakker', email: 's.bakker@example.nl' };
const bram = { userId: 'b', name: 'Bram Visser', email: 'bram@example.nl' };
const bramOther = { userId: 'x', name: "Kees D'Souza", email: 'bram.x@example.nl' };
const team: Mentionable[] = [sanne, sanneB, bram, bramOther];

describe('mention handles', () => {
  it('uses the first name when only one member has it', () => {
    assert.equal(mentionHandle(bram, team), 'Bram');
  });

  it('falls back to the full name without spaces when the first name is shared', () => {
    assert.equal(mentionHandle(sanne, team), 'SannedeBoer');
    assert.equal(mentionHandle(sanneB, team), 'SanneBakker');
  });

  it('drops punctuation so the server reads one token', () => {
    assert.equal(mentionHandle(bramOther, team), 'Kees');
    const kees2 = { userId: 'k2', name: 'Kees Jansen', email: 'kj@example.nl' };
    assert.equal(mentionHandle(bramOther, [...team, kees2]), 'KeesDSouza');
  });

  it('never picks a handle that would mention someone else as well', () => {
    const other = { userId: 'o', name: 'Olga Oud', email: 'bram@example.org' };
    assert.equal(mentionHandle(bram, [bram, other]), 'BramVisser');
    assert.deepEqual(
      mentionedBy('Bram', [bram, other]).map((m) => m.userId),
      ['b', 'o'],
    );
  });
});

describe('the @word before the caret', () => {
  it('finds it at the start, after a space, and not inside an e-mail address', () => {
    assert.deepEqual(mentionAt('@Br', 3), { start: 0, query: 'Br' });
    assert.deepEqual(mentionAt('hoi @', 5), { start: 4, query: '' });
    assert.equal(mentionAt('mail jan@example', 16), null);
    assert.equal(mentionAt('hoi @Bram daar', 14), null);
  });

  it('suggests members by any word of their name or their e-mail', () => {
    assert.deepEqual(
      suggestMembers('vis', team).map((m) => m.userId),
      ['b'],
    );
    assert.deepEqual(
      suggestMembers('sa', team).map((m) => m.userId),
      ['s2', 's'],
    );
  });
});
