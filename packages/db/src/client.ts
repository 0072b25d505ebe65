import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema';

/** Both drivers return `{ rows }` from `execute`; this states it for the shared type. */
export interface QueryResultHKT extends PgQueryResultHKT {
  type: { rows: Array<Record<string, unknown>> };
}
export type Db = PgDatabase<QueryResultHKT, typeof schema>;
export type EngineKind = 'pglite' | 'postgres';

export interface Database {
  kind: EngineKind;
  db: Db;
  /** Subscribes to a NOTIFY channel; returns a function that unsubscribes. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  /** Called after the notification connection was lost and restored (notifications may be missed). */
  onReconnect(handler: () => void): void;
  close(): Promise<void>;
  /** PGlite only: the data folder as a tarball (test templates). */
  dumpDataDir?: () => Promise<Blob>;
}

export interface OpenOptions {
  /** postgres://… to use a PostgreSQL server; otherwise PGlite in `dataDir`. */
  databaseUrl?: string | undefined;
  /** PGlite data folder; `memory://` keeps everything in memory (tests). */
  dataDir?: string;
  /** PGlite only: start from this dump of a data folder instead of running initdb. */
  template?: Blob;
  poolSize?: number;
}

export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  return opts.databaseUrl
    ? openPostgres(opts.databaseUrl, opts.poolSize ?? 10)
    : openPglite(opts.dataDir ?? 'memory://', opts.template);
}

async function openPglite(dataDir: string, template: Blob | undefined): Promise<Database> {
  let client: PGlite;
  try {
    // Extensions the migrations create must be loaded into PGlite's WebAssembly build.
    const extensions = { pg_trgm };
    client = await PGlite.create(dataDir, template ? { loadDataDir: template, extensions } : { extensions });
  } catch (err) {
    throw new DatabaseUnavailableError(`Cannot open the embedded database in ${dataDir}: ${(err as Error).message}`);
  }
  return {
    kind: 'pglite',
    db: drizzlePglite(client, { schema }) as unknown as Db,
    async listen(channel, onPayload) {
      const unsubscribe = await client.listen(channel, onPayload);
      return async () => unsubscribe();
    },
    onReconnect() {
      // In-process: the notification path cannot drop.
    },
    close: () => client.close(),
    dumpDataDir: async () => client.dumpDataDir('none'),
  };
}

/** Hides the password when a connection string is shown to a person. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5000 });
  // An idle client that loses its server emits 'error' on the pool; without a handler node exits.
  pool.on('error', () => undefined);
  try {
    const c = await pool.connect();
    c.release();
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw new DatabaseUnavailableError(
      `Cannot connect to PostgreSQL at ${redactUrl(url)}: ${(err as Error).message || (err as { code?: string }).code}`,
    );
  }
  const notifier = new NotificationConnection(url);
  return {
    kind: 'postgres',
    db: drizzlePg(pool, { schema }) as unknown as Db,
    listen: (channel, onPayload) => notifier.listen(channel, onPayload),
    onReconnect: (handler) => notifier.reconnectHandlers.push(handler),
    async close() {
      await notifier.close();
      await pool.end();
    },
  };
}

/** One dedicated connection for LISTEN, re-established with back-off when it drops. */
class NotificationConnection {
  private client: pg.Client | undefined;
  private connecting: Promise<pg.Client> | undefined;
  private readonly handlers = new Map<string, Set<(payload: string) => void>>();
  readonly reconnectHandlers: Array<() => void> = [];
  private closed = false;

  constructor(private readonly url: string) {}

  async listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>> {
    let set = this.handlers.get(channel);
    const isNew = !set;
    if (!set) {
      set = new Set();
      this.handlers.set(channel, set);
    }
    set.add(onPayload);
    const client = await this.connect();
    if (isNew) await client.query(`LISTEN ${quoteIdent(channel)}`);
    return async () => {
      set.delete(onPayload);
      if (set.size === 0 && this.handlers.get(channel) === set) {
        this.handlers.delete(channel);
        if (this.client && !this.closed) await this.client.query(`UNLISTEN ${quoteIdent(channel)}`).catch(() => undefined);
      }
    };
  }

  private connect(): Promise<pg.Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= this.open().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private async open(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (msg) => {
      for (const h of this.handlers.get(msg.channel) ?? []) h(msg.payload ?? '');
    });
    client.on('error', () => this.drop(client));
    client.on('end', () => this.drop(client));
    await client.connect();
    for (const channel of this.handlers.keys()) await client.query(`LISTEN ${quoteIdent(channel)}`);
    this.client = client;
    return client;
  }

  private drop(client: pg.Client): void {
    if (this.client !== client || this.closed) return;
    this.client = undefined;
    void this.reconnect(250);
  }

  private async reconnect(delayMs: number): Promise<void> {
    await new Promise((r) => setTimeout(r, delayMs));
    if (this.closed) return;
    try {
      await this.connect();
      for (const h of this.reconnectHandlers) h();
    } catch {
      void this.reconnect(Math.min(delayMs * 2, 10_000));
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.client?.end().catch(() => undefined);
    this.client = undefined;
  }
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
