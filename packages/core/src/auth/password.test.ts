import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hashPassword, verifyPassword } from './password';

describe('hashPassword', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('correct horse battery staple');
    assert.equal(await verifyPassword('correct horse battery staple', hash), true);
    assert.equal(await verifyPassword('correct horse battery stapler', hash), false);
  });

  it('salts every hash and never contains the password', async () => {
    const [a, b] = await Promise.all([hashPassword('wachtwoord123'), hashPassword('wachtwoord123')]);
    assert.notEqual(a, b);
    assert.ok(!a.includes('wachtwoord123'));
    assert.match(a, /^scrypt\$\d+\$8\$\d\$/);
  });

  it('verifies hashes made with the production parameters', async () => {
    // A hash of "geheim-wachtwoord" with N=2^15, r=8, p=3, as the server stores it by default.
    const stored = 'scrypt$32768$8$3$CfPQ-K52S8W5iOI0b79Ydg$vkAf6liEs-tIz6MkdxXJG8qmLQfDNSDkNx6GCXnjRUQ';
    assert.equal(await verifyPassword('geheim-wachtwoord', stored), true);
  });

  it('refuses a malformed stored hash without throwing', async () => {
    assert.equal(await verifyPassword('x', 'md5$abc'), false);
    assert.equal(await verifyPassword('x', ''), false);
  });
});
