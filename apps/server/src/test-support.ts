/**
 * Test support for the HTTP API: a runtime on a fresh test database, and helpers that sign in
 * and send requests with the session cookie and CSRF token as the web app does.
 */
import type { Session } from '@balie/contracts';
import { createAccount } from '@balie/core';
import { openTestStorage, type TestStorage } from '@balie/core/testing';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { loadConfig } from './config';
import { createRuntime, type Runtime } from './runtime';

export interface TestServer {
  app: FastifyInstance;
  runtime: Runtime;
  storage: TestStorage;
  close(): Promise<void>;
}

export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const storage = await openTestStorage();
  const config = loadConfig({ LOG_LEVEL: 'silent', PORT: '0', BALIE_POLL_MS: '100', BALIE_WEB_DIST: '/nonexistent', ...env });
  const runtime = await createRuntime({ config, database: storage.database, httpLogger: false });
  await runtime.app.ready();
  return {
    app: runtime.app,
    runtime,
    storage,
    async close() {
      await runtime.stop();
      await storage.close();
    },
  };
}

export interface Client {
  session: Session;
  cookie: string;
  request(method: InjectOptions['method'], url: string, body?: unknown): Promise<LightMyRequestResponse>;
}

function cookieFrom(res: LightMyRequestResponse): string {
  const c = res.cookies.find((x) => x.name === 'balie_session');
  if (!c) throw new Error(`no session cookie (status ${res.statusCode}: ${res.body})`);
  return `balie_session=${c.value}`;
}

export function clientFor(app: FastifyInstance, cookie: string, session: Session): Client {
  return {
    session,
    cookie,
    request: (method, url, body) =>
      app.inject({
        method,
        url,
        headers: {
          cookie,
          'x-csrf-token': session.csrfToken,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
      }),
  };
}

export async function signIn(app: FastifyInstance, email: string, password: string): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  return clientFor(app, cookieFrom(res), res.json());
}

export const PASSWORD = 'een heel goed wachtwoord';

/** The smallest valid PNG (1×1 transparent pixel), for upload tests. */
export const TINY_PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000000000500010d0a2db40000000049454e44ae426082',
  'hex',
);

/** Runs first-run setup through the API and returns the admin's client. */
export async function setupFirstAccount(app: FastifyInstance, accountName = 'Webcare A', email = 'admin@a.nl'): Promise<Client> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/setup',
    payload: { accountName, name: 'Admin A', email, password: PASSWORD, language: 'nl' },
  });
  if (res.statusCode !== 200) throw new Error(`setup failed: ${res.statusCode} ${res.body}`);
  return clientFor(app, cookieFrom(res), res.json());
}

/** A further tenant, created as the operator's command does, with its admin signed in. */
export async function addTenant(server: TestServer, accountName: string, email: string): Promise<Client> {
  await createAccount({
    db: server.storage.database.db,
    accountName,
    name: `Admin ${accountName}`,
    email,
    password: PASSWORD,
    language: 'nl',
  });
  return signIn(server.app, email, PASSWORD);
}
