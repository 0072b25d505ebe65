import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AppError } from '@balie/contracts';
import { validatePiiPatterns } from './profile';

function refusal(pattern: string): { code: string; details: unknown } | undefined {
  try {
    validatePiiPatterns([
      { name: 'klantnummer', pattern: 'KL-\\d{6}' },
      { name: 'eigen', pattern },
    ]);
    return undefined;
  } catch (err) {
    return { code: (err as AppError).code, details: (err as AppError).details };
  }
}

describe("validatePiiPatterns (the account's own PII patterns, checked when the profile is saved)", () => {
  it('accepts patterns that compile and cannot backtrack catastrophically', () => {
    assert.equal(refusal('\\b[A-Z]{2}\\d{6}\\b'), undefined);
    assert.equal(refusal('(?:KL|CN)-\\d{4,8}'), undefined);
  });

  it('refuses a pattern that takes exponential time, naming it and why', () => {
    for (const evil of ['(a+)+$', '(x+x+)+y', '^(\\w+\\s?)*$']) {
      const r = refusal(evil);
      assert.equal(r?.code, 'validation_failed', evil);
      assert.deepEqual(
        (r?.details as { issues: Array<{ path: string; reason: string }> }).issues.map((i) => [i.path, i.reason]),
        [['/piiPatterns/1/pattern', 'unsafe_pattern']],
      );
    }
  });

  it('refuses a pattern that does not compile', () => {
    const r = refusal('([a-');
    assert.equal(r?.code, 'validation_failed');
    assert.equal((r?.details as { issues: Array<{ reason: string }> }).issues[0]?.reason, 'invalid_pattern');
  });
});
