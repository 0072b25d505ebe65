import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { createLogger } from './logger';

describe('the logger', () => {
  it('never writes passwords, tokens, cookies or authorization headers', () => {
    let out = '';
    const sink = new Writable({ write: (chunk, _enc, done) => ((out += chunk.toString()), done()) });
    const log = createLogger('info', sink);
    log.info({ req: { headers: { authorization: 'Bearer balie_secret1', cookie: 'balie_session=bls_secret2' } } }, 'request');
    log.info({ body: { email: 'a@b.nl', password: 'secret3' }, user: { token: 'secret4', password: 'secret5' } }, 'body');
    assert.ok(out.includes('a@b.nl'));
    for (const secret of ['secret1', 'secret2', 'secret3', 'secret4', 'secret5']) assert.ok(!out.includes(secret), secret);
  });
});
