import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openTestStorage, testEngine } from '@balie/core/testing';
import { connect } from './ws-test-client';
import { PASSWORD } from './test-support';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

interface Proc {
  child: ChildProcess;
  base: string;
  stderr: () => string;
  exited: Promise<number | null>;
}

async function startProcess(env: Record<string, string>): Promise<Proc> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { ...process.env, LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: String(port), BALIE_POLL_MS: '200', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, base: `http://127.0.0.1:${port}`, stderr: () => stderr, exited };
}

async function ready(p: Proc, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (p.child.exitCode !== null) throw new Error(`exited: ${p.stderr()}`);
    try {
      if ((await fetch(`${p.base}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('not ready in time');
}

async function stop(p: Proc): Promise<number | null> {
  if (p.child.exitCode === null) p.child.kill('SIGTERM');
  return p.exited;
}

async function post(base: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

async function signIn(base: string) {
  const res = await post(base, '/api/auth/login', { email: 'admin@a.nl', password: PASSWORD });
  assert.equal(res.status, 200);
  const cookie = res.headers.getSetCookie()[0]!.split(';')[0]!;
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

const setupBody = { accountName: 'Webcare A', name: 'Admin', email: 'admin@a.nl', password: PASSWORD, language: 'nl' };

describe('the server process', () => {
  it('refuses to start when the database is unreachable, with one line and a non-zero exit', async () => {
    const p = await startProcess({ DATABASE_URL: 'postgres://balie:secret@127.0.0.1:1/balie' });
    assert.equal(await p.exited, 1);
    const lines = p.stderr().trim().split('\n');
    assert.equal(lines.length, 1, p.stderr());
    assert.match(lines[0]!, /^Cannot connect to PostgreSQL at postgres:\/\/balie:\*\*\*@127\.0\.0\.1:1\/balie/);
    assert.ok(!p.stderr().includes('secret'));
  });

  it('refuses to start with invalid configuration, naming each wrong value', async () => {
    const p = await startProcess({ BALIE_ROLE: 'chef', BALIE_JOB_CONCURRENCY: '0' });
    assert.equal(await p.exited, 1);
    assert.match(p.stderr(), /^Invalid configuration:\n {2}BALIE_ROLE: .+\n {2}BALIE_JOB_CONCURRENCY: .+\n$/);
  });

  it('keeps its data across a restart, and stops gracefully on SIGTERM', { timeout: 120_000 }, async () => {
    const storage = testEngine() === 'postgres' ? await openTestStorage() : undefined;
    const dataDir = await mkdtemp(join(tmpdir(), 'balie-restart-'));
    const env: Record<string, string> = storage ? { DATABASE_URL: storage.url! } : { BALIE_DATA_DIR: dataDir };
    try {
      const first = await startProcess(env);
      await ready(first);
      assert.equal((await post(first.base, '/api/setup', setupBody)).status, 200);
      assert.equal(await stop(first), 0, first.stderr());

      const second = await startProcess(env);
      await ready(second);
      const setup = (await (await fetch(`${second.base}/api/setup`)).json()) as { needed: boolean };
      assert.equal(setup.needed, false);
      await signIn(second.base);
      assert.equal(await stop(second), 0, second.stderr());
    } finally {
      await storage?.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it(
    'fans events out across two processes on one PostgreSQL, both ways',
    { timeout: 120_000, skip: testEngine() === 'pglite' && 'an embedded database belongs to one process' },
    async () => {
      const storage = await openTestStorage();
      const env = { DATABASE_URL: storage.url! };
      const [one, two] = await Promise.all([startProcess(env), startProcess(env)]);
      try {
        await Promise.all([ready(one), ready(two)]);
        assert.equal((await post(one.base, '/api/setup', setupBody)).status, 200);
        const a = await signIn(one.base);
        const b = await signIn(two.base);
        const onTwo = connect(`${two.base.replace('http', 'ws')}/api/realtime`, { cookie: b.cookie });
        const onOne = connect(`${one.base.replace('http', 'ws')}/api/realtime`, { cookie: a.cookie });
        await Promise.all([onOne.hello(), onTwo.hello()]);

        const patch = (base: string, s: { cookie: string; csrf: string }, name: string) =>
          fetch(`${base}/api/account`, {
            method: 'PATCH',
            headers: { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrf },
            body: JSON.stringify({ name }),
          });
        assert.equal((await patch(one.base, a, 'from one')).status, 200);
        assert.equal((await patch(two.base, b, 'from two')).status, 200);
        for (const client of [onOne, onTwo]) {
          const events = await client.waitForEvents(2);
          assert.deepEqual(
            events.map((e) => e.payload.name),
            ['from one', 'from two'],
          );
        }
        await Promise.all([onOne.close(), onTwo.close()]);
      } finally {
        await Promise.all([stop(one), stop(two)]);
        await storage.close();
      }
    },
  );
});
