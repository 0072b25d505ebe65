import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Db } from './client';

const MIGRATIONS_DIR = fileURLToPath(new URL('../migrations/', import.meta.url));
/** Any constant; every process that migrates takes the same transaction-level advisory lock. */
const MIGRATION_LOCK_KEY = 724_118_203;

interface Migration {
  name: string;
  checksum: string;
  statements: string[];
}

export async function loadMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => /^\d{4}_.+\.sql$/.test(f)).sort();
  return Promise.all(
    files.map(async (file) => {
      const text = await readFile(dir + file, 'utf8');
      return {
        name: file.replace(/\.sql$/, ''),
        checksum: createHash('sha256').update(text).digest('hex'),
        statements: text
          .split('--> statement-breakpoint')
          .map((s) => s.trim())
          .filter(Boolean),
      };
    }),
  );
}

/**
 * Applies the pending migrations in order, each in its own transaction under an advisory lock, so
 * two processes starting at once apply each migration exactly once. Returns the names applied.
 */
export async function migrate(db: Db, dir = MIGRATIONS_DIR): Promise<string[]> {
  const migrations = await loadMigrations(dir);
  const applied: string[] = [];
  for (;;) {
    const done = await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
      await tx.execute(sql`create table if not exists balie_migrations (
        name text primary key, checksum text not null, applied_at timestamptz not null default now())`);
      const rows = (await tx.execute(sql`select name, checksum from balie_migrations`)).rows as Array<{
        name: string;
        checksum: string;
      }>;
      const known = new Map(rows.map((r) => [r.name, r.checksum]));
      for (const m of migrations) {
        const checksum = known.get(m.name);
        if (checksum !== undefined && checksum !== m.checksum) {
          throw new Error(`Migration ${m.name} was changed after it was applied; add a new migration instead.`);
        }
      }
      const next = migrations.find((m) => !known.has(m.name));
      if (!next) return true;
      for (const statement of next.statements) await tx.execute(sql.raw(statement));
      await tx.execute(sql`insert into balie_migrations (name, checksum) values (${next.name}, ${next.checksum})`);
      applied.push(next.name);
      return false;
    });
    if (done) return applied;
  }
}
