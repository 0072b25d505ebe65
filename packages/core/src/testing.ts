/**
 * Test support: a fresh, migrated database per call. With BALIE_TEST_DATABASE_URL (a PostgreSQL
 * server's admin URL, set by `npm test`) each call creates its own database on that server and
 * drops it on close; otherwise it is an in-memory PGlite. The whole suite runs on both.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadMigrations, migrate, openDatabase, sql, type Database } from '@balie/db';
import type { Actor } from './context';

export interface TestStorage {
  database: Database;
  /** The database's own URL when on PostgreSQL (for child processes that open it too). */
  url: string | undefined;
  close(): Promise<void>;
}

export const testEngine = (): 'pglite' | 'postgres' => (process.env.BALIE_TEST_DATABASE_URL ? 'postgres' : 'pglite');

export async function openTestStorage(opts: { migrate?: boolean } = {}): Promise<TestStorage> {
  const adminUrl = process.env.BALIE_TEST_DATABASE_URL;
  if (!adminUrl) {
    const database = await openDatabase({ dataDir: 'memory://', template: await pgliteTemplate(opts.migrate !== false) });
    return { database, url: undefined, close: () => database.close() };
  }
  const name = `balie_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), poolSize: 5 });
  if (opts.migrate !== false) await migrate(database.db);
  return {
    database,
    url: url.toString(),
    async close() {
      await database.close();
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** Seeds an account with one admin directly (tests that do not go through setup). */
export async function seedAccount(database: Database, name: string): Promise<{ accountId: string }> {
  const r = await database.db.execute(sql`insert into accounts (name) values (${name}) returning id`);
  return { accountId: (r.rows[0] as { id: string }).id };
}

/** A tenant for use-case tests: an account whose admin is the actor, with one channel connection of `kind`. */
export async function seedTenant(
  database: Database,
  name: string,
  kind: string,
  connectionName = kind,
): Promise<{ actor: Actor; connectionId: string }> {
  const { accountId } = await seedAccount(database, name);
  const { db } = database;
  const user = (
    await db.execute(sql`insert into users (email, name, password_hash) values (${`${name}@t.nl`}, ${name}, 'x') returning id`)
  ).rows[0]!.id as string;
  await db.execute(sql`insert into memberships (account_id, user_id, role) values (${accountId}, ${user}, 'admin')`);
  const connectionId = (
    await db.execute(
      sql`insert into channel_connections (account_id, kind, name) values (${accountId}, ${kind}, ${connectionName}) returning id`,
    )
  ).rows[0]!.id as string;
  return { actor: { type: 'user', id: user, name, accountId, role: 'admin' }, connectionId };
}

/**
 * Creating a PGlite database runs initdb (seconds); loading a dump of one takes a fraction of
 * that. The dump, migrated or not, is cached in the temp folder per migration set.
 */
async function pgliteTemplate(migrated: boolean): Promise<Blob> {
  const migrations = migrated ? await loadMigrations() : [];
  const key = createHash('sha256')
    .update(migrations.map((m) => m.checksum).join(','))
    .digest('hex')
    .slice(0, 16);
  const file = join(tmpdir(), `balie-pglite-template-${key}.tar`);
  try {
    return new Blob([await readFile(file)]);
  } catch {
    const database = await openDatabase({ dataDir: 'memory://' });
    if (migrated) await migrate(database.db);
    const dump = await database.dumpDataDir!();
    await database.close();
    const temp = `${file}.${process.pid}`;
    await writeFile(temp, Buffer.from(await dump.arrayBuffer()));
    await rename(temp, file);
    return dump;
  }
}

/** Tests outside core inspect and arrange rows directly; production code goes through use-cases. */
export { sql } from '@balie/db';
