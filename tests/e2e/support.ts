/**
 * Browser-test support: a real Balie server (serving the built web app) on a free loopback port,
 * either as its own process or inside the test process (so a test can play the customer through
 * core), and Debian's Chromium driven by playwright-core (never a downloaded browser).
 */
import { openTestStorage } from '@balie/core/testing';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { loadConfig } from '../../apps/server/src/config';
import { createRuntime } from '../../apps/server/src/runtime';

const MAIN = fileURLToPath(new URL('../../apps/server/src/main.ts', import.meta.url));
const WEB_DIST = fileURLToPath(new URL('../../apps/web/dist/index.html', import.meta.url));
export const CHROMIUM = process.env.BALIE_CHROMIUM ?? '/usr/bin/chromium';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  base: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

export async function startServer(env: Record<string, string> = {}): Promise<ServerProcess> {
  if (!existsSync(WEB_DIST)) throw new Error('the web app is not built: run `npm run build` first');
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      BALIE_DATA_DIR: 'memory://',
      BALIE_POLL_MS: '200',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('server not ready in time');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    child,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export interface InProcessServer {
  base: string;
  /** The test database, for arranging what has no HTTP entry point yet (customers' messages). */
  db: Awaited<ReturnType<typeof openTestStorage>>['database']['db'];
  stop(): Promise<void>;
}

/** The whole server in this process, on a fresh test database (PGlite, or PostgreSQL under `npm test`). */
export async function startInProcessServer(env: Record<string, string> = {}): Promise<InProcessServer> {
  if (!existsSync(WEB_DIST)) throw new Error('the web app is not built: run `npm run build` first');
  const storage = await openTestStorage();
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', BALIE_POLL_MS: '100', ...env });
  const runtime = await createRuntime({ config, database: storage.database, httpLogger: false });
  const address = await runtime.listen();
  return {
    base: address,
    db: storage.database.db,
    async stop() {
      await runtime.stop();
      await storage.close();
    },
  };
}

/** Headless Chromium with the flags this closed network needs (no background connections). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
