import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { noFilters } from './inboxTypes';
import { periodStart, queueParams } from './queueParams';

describe('the queue period filter', () => {
  const now = new Date(2025, 4, 15, 14, 30);

  it('starts today, 7 or 30 days back (counting today) at local midnight', () => {
    assert.equal(periodStart('today', now), new Date(2025, 4, 15).toISOString());
    assert.equal(periodStart('7d', now), new Date(2025, 4, 9).toISOString());
    assert.equal(periodStart('30d', now), new Date(2025, 3, 16).toISOString());
  });

  it('sends `since` instead of the period, and nothing for "all"', () => {
    assert.equal(queueParams(noFilters).since, undefined);
    assert.equal('period' in queueParams({ ...noFilters, period: 'today' }), false);
    assert.match(queueParams({ ...noFilters, period: '7d' }).since ?? '', /^\d{4}-\d{2}-\d{2}T/);
  });
});
