/**
 * The two storage engines every bench runs on: in-memory PGlite and PostgreSQL. PostgreSQL is the
 * server in DATABASE_URL when set (each bench gets a scratch database on it, dropped afterwards),
 * otherwise a private server started with scripts/pg-server.sh with fsync on, so the figures
 * include real commit costs; it is stopped at the end, also on an error or Ctrl-C.
 */
import { execFile, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { openStorage, type Database, type EngineKind } from '@balie/core';

const PG_SERVER_SCRIPT = fileURLToPath(new URL('../scripts/pg-server.sh', import.meta.url));
const execFileAsync = promisify(execFile);

export interface Engine {
  kind: EngineKind;
  /** What it is, for the report: product, version and the settings that matter for the figures. */
  description: string;
  /** A fresh, migrated database; close() or stop() closes it (and on PostgreSQL drops it). */
  open(): Promise<Database>;
  close(database: Database): Promise<void>;
  /** Closes what is still open and stops a private server. */
  stop(): Promise<void>;
}

export const ENGINE_KINDS: readonly EngineKind[] = ['pglite', 'postgres'];

export function startEngine(kind: EngineKind): Promise<Engine> {
  return kind === 'pglite' ? startPglite() : startPostgres();
}

async function startPglite(): Promise<Engine> {
  const opened: Database[] = [];
  return {
    kind: 'pglite',
    description: `PGlite ${pgliteVersion()} (in memory, in process)`,
    async open() {
      const { database } = await openStorage({ dataDir: 'memory://' });
      opened.push(database);
      return database;
    },
    async close(database) {
      const i = opened.indexOf(database);
      if (i >= 0) opened.splice(i, 1);
      await database.close().catch(() => undefined);
    },
    async stop() {
      for (const database of opened.splice(0)) await database.close().catch(() => undefined);
    },
  };
}

/** The installed PGlite version (its package.json is not exported, so it is found on disk). */
function pgliteVersion(): string {
  try {
    const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
    const root = entry.slice(0, entry.lastIndexOf('@electric-sql/pglite') + '@electric-sql/pglite'.length);
    return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

/** A private server started by this process; stopped synchronously if the process is interrupted. */
interface PrivateServer {
  dir: string;
  url: string;
}

let privateServer: PrivateServer | undefined;

function stopPrivateServerSync(): void {
  const server = privateServer;
  if (!server) return;
  privateServer = undefined;
  spawnSync('bash', [PG_SERVER_SCRIPT, 'stop', join(server.dir, 'data')], { stdio: 'ignore' });
  rmSync(server.dir, { recursive: true, force: true });
}

function onSignal(signal: NodeJS.Signals): void {
  console.error(`\n${signal}: stopping the private PostgreSQL server`);
  stopPrivateServerSync();
  process.exit(signal === 'SIGINT' ? 130 : 143);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

async function startPrivateServer(): Promise<PrivateServer> {
  const dir = mkdtempSync(join(tmpdir(), 'balie-bench-pg-'));
  // The script runs the server as the postgres user when we are root: it must reach the folder.
  chmodSync(dir, 0o755);
  const server: PrivateServer = { dir, url: '' };
  privateServer = server;
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('exit', stopPrivateServerSync);
  try {
    const port = await freePort();
    const { stdout } = await execFileAsync('bash', [PG_SERVER_SCRIPT, 'start', join(dir, 'data'), String(port)], {
      env: { ...process.env, PG_FSYNC: 'on' },
    });
    server.url = stdout.trim().split('\n').pop() ?? '';
    if (!server.url.startsWith('postgres://')) throw new Error(`pg-server.sh printed no URL: ${stdout}`);
    return server;
  } catch (err) {
    stopPrivateServerSync();
    throw err;
  }
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, (c) => c.query(`drop database if exists ${name} with (force)`)).catch(() => undefined);
}

async function startPostgres(): Promise<Engine> {
  const external = process.env.DATABASE_URL;
  const server = external ? undefined : await startPrivateServer();
  const adminUrl = external ?? server?.url ?? '';
  const opened: Array<{ database: Database; name: string }> = [];
  try {
    const settings = await withClient(adminUrl, async (c) => {
      const r = await c.query<{ v: string; fsync: string; sc: string }>(
        `select current_setting('server_version') as v, current_setting('fsync') as fsync,
          current_setting('synchronous_commit') as sc`,
      );
      return r.rows[0];
    });
    const host = new URL(adminUrl).host;
    const where = server ? `private server on ${host}` : `DATABASE_URL server ${host}`;
    return {
      kind: 'postgres',
      description: `PostgreSQL ${settings?.v ?? '?'} (${where}, fsync=${settings?.fsync}, synchronous_commit=${settings?.sc})`,
      async open() {
        const name = `bench_${randomBytes(5).toString('hex')}`;
        await withClient(adminUrl, (c) => c.query(`create database ${name}`));
        const url = new URL(adminUrl);
        url.pathname = `/${name}`;
        try {
          const { database } = await openStorage({ databaseUrl: url.toString(), dataDir: 'memory://' });
          opened.push({ database, name });
          return database;
        } catch (err) {
          await dropDatabase(adminUrl, name);
          throw err;
        }
      },
      async close(database) {
        const i = opened.findIndex((o) => o.database === database);
        const [entry] = i >= 0 ? opened.splice(i, 1) : [];
        await database.close().catch(() => undefined);
        if (entry) await dropDatabase(adminUrl, entry.name);
      },
      async stop() {
        for (const { database, name } of opened.splice(0)) {
          await database.close().catch(() => undefined);
          await dropDatabase(adminUrl, name);
        }
        if (server) stopPrivateServerSync();
      },
    };
  } catch (err) {
    if (server) stopPrivateServerSync();
    throw err;
  }
}

/** What one bench reports for one engine: its figures, and what went wrong (empty when it passed). */
export interface BenchOutcome {
  figures: Record<string, unknown>;
  failures: string[];
}

/** The contract of a bench module (bench/NAME.ts). */
export interface BenchModule {
  description: string;
  /** false for a bench that touches no database (nlp): run.ts then runs it once, without an engine. */
  needsDatabase?: boolean;
  run(engine: Engine): Promise<BenchOutcome>;
}
