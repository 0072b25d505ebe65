import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { piiPatternProblem } from './pattern-safety';

describe('piiPatternProblem', () => {
  const safe = ['KL-\\d{6}', '\\b[A-Z]{2}\\d{6}\\b', '(?:KL|CN)-\\d{4,8}', '(?<klant>\\d+)', '\\p{Lu}{2}-\\d+'];
  for (const pattern of safe) it(`accepts ${pattern}`, () => assert.equal(piiPatternProblem(pattern), undefined));

  // Each takes exponential time on a run of a few dozen characters that almost matches.
  const evil = ['(a+)+$', '(x+x+)+y', '^(\\w+\\s?)*$', '(a*)*b', '([A-Z]+\\d*)+!'];
  for (const pattern of evil) it(`refuses ${pattern}`, () => assert.equal(piiPatternProblem(pattern), 'unsafe_pattern'));

  it('tells a pattern that does not compile apart', () => {
    assert.equal(piiPatternProblem('('), 'invalid_pattern');
    assert.equal(piiPatternProblem('([a-'), 'invalid_pattern');
  });
});
