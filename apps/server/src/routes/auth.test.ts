import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from '@balie/core/testing';
import {
  PASSWORD,
  addTenant,
  clientFor,
  setupFirstAccount,
  signIn,
  startTestServer,
  type Client,
  type TestServer,
} from '../test-support';

describe('authentication', () => {
  let server: TestServer;
  let admin: Client;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  describe('first-run setup', () => {
    it('is offered until the first account exists, then refused', async () => {
      assert.deepEqual((await server.app.inject({ url: '/api/setup' })).json(), { needed: true });
      admin = await setupFirstAccount(server.app);
      assert.equal(admin.session.role, 'admin');
      assert.equal(admin.session.account.name, 'Webcare A');
      assert.deepEqual((await server.app.inject({ url: '/api/setup' })).json(), { needed: false });
      const again = await server.app.inject({
        method: 'POST',
        url: '/api/setup',
        payload: { accountName: 'Evil', name: 'Mallory', email: 'm@evil.nl', password: PASSWORD },
      });
      assert.equal(again.statusCode, 409);
      assert.equal(again.json().error.code, 'setup_done');
    });
  });

  it('sets an httpOnly, SameSite=Lax session cookie on sign-in', async () => {
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'ADMIN@a.nl', password: PASSWORD },
    });
    assert.equal(res.statusCode, 200);
    const cookie = res.cookies.find((c) => c.name === 'balie_session')!;
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Lax');
    assert.equal(cookie.path, '/');
    assert.notEqual(cookie.secure, true, 'not Secure over plain HTTP');
  });

  it('marks the cookie Secure behind a TLS-terminating proxy', async () => {
    const proxied = await startTestServer({ BALIE_TRUST_PROXY: 'true' });
    try {
      await setupFirstAccount(proxied.app);
      const res = await proxied.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'x-forwarded-proto': 'https' },
        payload: { email: 'admin@a.nl', password: PASSWORD },
      });
      assert.equal(res.cookies.find((c) => c.name === 'balie_session')!.secure, true);
    } finally {
      await proxied.close();
    }
  });

  it('answers a wrong password and an unknown address alike', async () => {
    const wrong = await server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'admin@a.nl', password: 'nope' },
    });
    const unknown = await server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'nobody@a.nl', password: 'nope' },
    });
    assert.equal(wrong.statusCode, 401);
    assert.deepEqual(wrong.json(), unknown.json());
    assert.equal(wrong.json().error.code, 'invalid_credentials');
  });

  it('locks an address after repeated failures, even for the right password, with Retry-After', async () => {
    await addTenant(server, 'Lock BV', 'lock@b.nl');
    for (let i = 0; i < 5; i++) {
      await server.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'lock@b.nl', password: `wrong ${i}` },
      });
    }
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'lock@b.nl', password: PASSWORD },
    });
    assert.equal(res.statusCode, 429);
    assert.equal(res.json().error.code, 'login_locked');
    assert.ok(Number(res.headers['retry-after']) > 0);
  });

  it('rate-limits sign-in attempts per address of the caller', async () => {
    const limited = await startTestServer();
    try {
      const codes: number[] = [];
      for (let i = 0; i < 22; i++) {
        const res = await limited.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: `u${i}@x.nl`, password: 'nope' },
        });
        codes.push(res.statusCode);
      }
      assert.equal(codes.filter((c) => c === 401).length, 20);
      const last = await limited.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'a@x.nl', password: 'nope' },
      });
      assert.equal(last.statusCode, 429);
      assert.equal(last.json().error.code, 'rate_limited');
    } finally {
      await limited.close();
    }
  });

  it('refuses cookie-authenticated writes without the CSRF token, or with a forged one', async () => {
    const body = { name: 'Nieuwe naam' };
    const none = await server.app.inject({
      method: 'PATCH',
      url: '/api/account',
      headers: { cookie: admin.cookie },
      payload: body,
    });
    const forged = await server.app.inject({
      method: 'PATCH',
      url: '/api/account',
      headers: { cookie: admin.cookie, 'x-csrf-token': 'forged' },
      payload: body,
    });
    assert.equal(none.statusCode, 403);
    assert.equal(none.json().error.code, 'csrf_failed');
    assert.equal(forged.json().error.code, 'csrf_failed');
    assert.equal((await admin.request('PATCH', '/api/account', body)).statusCode, 200);
  });

  it('refuses requests without a session, or with a forged one', async () => {
    const none = await server.app.inject({ url: '/api/members' });
    const forged = await server.app.inject({ url: '/api/members', headers: { cookie: 'balie_session=bls_forged' } });
    assert.equal(none.statusCode, 401);
    assert.equal(none.json().error.code, 'unauthenticated');
    assert.equal(forged.statusCode, 401);
  });

  it('ends an expired session with session_expired', async () => {
    const c = await signIn(server.app, 'admin@a.nl', PASSWORD);
    await server.storage.database.db.execute(sql`update sessions set expires_at = now() - interval '1 minute'
      where id = (select id from sessions order by created_at desc limit 1)`);
    const res = await c.request('GET', '/api/session');
    assert.equal(res.statusCode, 401);
    assert.equal(res.json().error.code, 'session_expired');
  });

  it('signs out one session, or every session of the user', async () => {
    const one = await signIn(server.app, 'admin@a.nl', PASSWORD);
    const two = await signIn(server.app, 'admin@a.nl', PASSWORD);
    assert.equal((await one.request('POST', '/api/auth/logout', {})).statusCode, 200);
    assert.equal((await one.request('GET', '/api/session')).statusCode, 401);
    assert.equal((await two.request('GET', '/api/session')).statusCode, 200);
    const three = await signIn(server.app, 'admin@a.nl', PASSWORD);
    assert.equal((await three.request('POST', '/api/auth/logout-all', {})).statusCode, 200);
    assert.equal((await two.request('GET', '/api/session')).statusCode, 401);
    assert.equal((await admin.request('GET', '/api/session')).statusCode, 401);
    admin = await signIn(server.app, 'admin@a.nl', PASSWORD);
  });

  describe('API tokens', () => {
    it('authenticate integrations to one account without CSRF, and stop working when revoked', async () => {
      const created = await admin.request('POST', '/api/tokens', { name: 'CRM-koppeling', role: 'agent' });
      assert.equal(created.statusCode, 201);
      const { token, id } = created.json();
      assert.match(token, /^balie_/);
      const stored = await server.storage.database.db.execute(sql`select token_hash from api_tokens where id = ${id}`);
      assert.notEqual(stored.rows[0]!.token_hash, token, 'only a hash is stored');
      const auth = { authorization: `Bearer ${token}` };
      const members = await server.app.inject({ url: '/api/members', headers: auth });
      assert.equal(members.statusCode, 200);
      assert.ok(members.json().items.some((m: { email: string }) => m.email === 'admin@a.nl'));
      const write = await server.app.inject({ method: 'PATCH', url: '/api/account', headers: auth, payload: { name: 'x' } });
      assert.equal(write.json().error.code, 'forbidden', 'an agent token cannot change the account');
      assert.equal((await admin.request('DELETE', `/api/tokens/${id}`)).statusCode, 200);
      const revoked = await server.app.inject({ url: '/api/members', headers: auth });
      assert.equal(revoked.statusCode, 401);
      assert.equal(revoked.json().error.code, 'invalid_token');
    });
  });

  it('switches the session to another account the user belongs to, and not to others', async () => {
    const other = await addTenant(server, 'Other BV', 'other@c.nl');
    const res = await admin.request('POST', '/api/session/account', { accountId: other.session.account.id });
    assert.equal(res.statusCode, 404);
    const c = clientFor(server.app, admin.cookie, admin.session);
    assert.equal((await c.request('GET', '/api/session')).json().account.id, admin.session.account.id);
  });
});
