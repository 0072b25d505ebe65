import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('runs on the embedded database in ./data with no configuration', () => {
    const config = loadConfig({});
    assert.equal(config.DATABASE_URL, undefined);
    assert.equal(config.BALIE_DATA_DIR, './data');
    assert.equal(config.PORT, 3000);
  });

  it('explains every wrong value on its own line, without showing the database password', () => {
    assert.throws(
      () => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://root:hunter2@db/x', BALIE_ROLE: 'boss', LOG_LEVEL: 'loud' }),
      (err: Error) => {
        assert.ok(err instanceof ConfigError);
        const lines = err.message.split('\n').slice(1);
        assert.equal(lines.length, 4);
        assert.ok(lines.some((l) => l.startsWith('  PORT:')));
        assert.ok(lines.some((l) => l.startsWith('  BALIE_ROLE:')));
        assert.ok(!err.message.includes('hunter2'));
        return true;
      },
    );
  });
});
