import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setupFirstAccount, startTestServer, type Client, type TestServer } from './test-support';

describe('the HTTP server', () => {
  let server: TestServer;
  let admin: Client;
  before(async () => {
    server = await startTestServer({ BALIE_BODY_LIMIT_BYTES: '4096' });
    admin = await setupFirstAccount(server.app);
  });
  after(() => server.close());

  describe('bad input', () => {
    const cases: Array<
      [string, () => Promise<{ statusCode: number; json(): { error: { code: string } }; body: string }>, number, string]
    > = [
      ['malformed JSON', () => rawPatch('{"name":'), 400, 'malformed_json'],
      ['unknown fields', () => admin.request('PATCH', '/api/account', { name: 'x', evil: true }), 400, 'validation_failed'],
      ['wrong types', () => admin.request('PATCH', '/api/account', { name: 42 }), 400, 'validation_failed'],
      ['an oversized body', () => admin.request('PATCH', '/api/account', { name: 'x'.repeat(10_000) }), 413, 'body_too_large'],
      ['a wrong content type', () => rawPatch('name=x', 'application/x-www-form-urlencoded'), 415, 'unsupported_media_type'],
      ['a plain-text body', () => rawPatch('{"name":"x"}', 'text/plain'), 415, 'unsupported_media_type'],
      ['an id that is not a uuid', () => admin.request('DELETE', '/api/members/123'), 400, 'validation_failed'],
      ['an unknown id', () => admin.request('DELETE', '/api/members/00000000-0000-4000-8000-000000000000'), 404, 'not_found'],
      ['an unknown endpoint', () => admin.request('GET', '/api/nope'), 404, 'route_not_found'],
    ];
    function rawPatch(payload: string, type = 'application/json') {
      return server.app.inject({
        method: 'PATCH',
        url: '/api/account',
        headers: { cookie: admin.cookie, 'x-csrf-token': admin.session.csrfToken, 'content-type': type },
        payload,
      });
    }
    for (const [what, send, status, code] of cases) {
      it(`answers ${what} with ${status} ${code}, never a stack trace`, async () => {
        const res = await send();
        assert.equal(res.statusCode, status);
        assert.equal(res.json().error.code, code);
        assert.ok(!/at \w+ \(|node_modules|\.ts:\d+/.test(res.body), 'no stack trace in the body');
      });
    }
  });

  it('reports health and readiness', async () => {
    assert.deepEqual((await server.app.inject({ url: '/healthz' })).json(), { status: 'ok' });
    const ready = (await server.app.inject({ url: '/readyz' })).json();
    assert.equal(ready.status, 'ok');
    assert.equal(ready.engine, server.runtime.database.kind);
  });

  it('sends security headers', async () => {
    const res = await server.app.inject({ url: '/healthz' });
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.equal(res.headers['x-frame-options'], 'SAMEORIGIN');
    assert.match(String(res.headers['content-security-policy']), /script-src 'self'/);
  });

  it('serves an OpenAPI document generated from the zod schemas at /api/docs', async () => {
    const doc = (await server.app.inject({ url: '/api/docs/json' })).json();
    assert.match(doc.openapi, /^3\./);
    const login = doc.paths['/api/auth/login'].post;
    assert.deepEqual(login.requestBody.content['application/json'].schema.required.sort(), ['email', 'password']);
    assert.ok(doc.paths['/api/members/{id}'].patch);
    assert.equal((await server.app.inject({ url: '/api/docs' })).statusCode < 400, true);
  });
});
