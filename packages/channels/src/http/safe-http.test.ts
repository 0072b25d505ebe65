import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { HttpFailure } from '../contract';
import { createSafeHttpClient, isPrivateAddress } from './safe-http';

describe('the guarded HTTP client', () => {
  let server: Server;
  let port: number;
  let hits = 0;
  before(async () => {
    server = createServer((req, res) => {
      hits++;
      if (req.url === '/redirect') res.writeHead(302, { location: 'http://127.0.0.1/secret' }).end();
      else res.writeHead(200).end('ok');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  after(() => new Promise<void>((r) => server.close(() => r())));

  it('knows private, loopback, link-local and mapped addresses', () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      '::ffff:7f00:1',
      '64:ff9b::10.0.0.1',
    ])
      assert.equal(isPrivateAddress(a), true, a);
    for (const a of ['93.184.216.34', '1.1.1.1', '2606:4700:4700::1111', '::ffff:1.1.1.1'])
      assert.equal(isPrivateAddress(a), false, a);
  });

  it('refuses a literal loopback address and a name that resolves to one, without connecting', async () => {
    const before = hits;
    const http = createSafeHttpClient({ allowPrivate: false });
    for (const url of [`http://127.0.0.1:${port}/`, `http://[::ffff:127.0.0.1]:${port}/`, `http://localhost:${port}/`]) {
      await assert.rejects(http({ url }), (err: unknown) => err instanceof HttpFailure && err.kind === 'refused_address', url);
    }
    assert.equal(hits, before, 'the receiver was never reached');
  });

  it('reaches a private address only when allowed, and does not follow redirects', async () => {
    const http = createSafeHttpClient({ allowPrivate: true });
    assert.equal((await http({ url: `http://localhost:${port}/`, method: 'GET' })).status, 200);
    assert.equal((await http({ url: `http://127.0.0.1:${port}/redirect`, method: 'GET' })).status, 302);
  });

  it('refuses other schemes and URLs with credentials', async () => {
    const http = createSafeHttpClient({ allowPrivate: true });
    await assert.rejects(http({ url: 'file:///etc/passwd' }), /only http and https/);
    await assert.rejects(http({ url: `http://user:pw@127.0.0.1:${port}/` }), /credentials/);
  });
});
