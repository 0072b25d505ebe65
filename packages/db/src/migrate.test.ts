import assert from 'node:assert/strict';
import { mkdtemp, writeFile, copyFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openTestStorage } from '@balie/core/testing';
import { migrate, sql, openDatabase } from '@balie/db';

const MIGRATIONS = fileURLToPath(new URL('../migrations/', import.meta.url));

describe('migrate', () => {
  it('applies every migration once, in order, and records it', async () => {
    const t = await openTestStorage({ migrate: false });
    try {
      const first = await migrate(t.database.db);
      assert.ok(first.length >= 1);
      assert.deepEqual(first, [...first].sort());
      assert.deepEqual(await migrate(t.database.db), []);
      const rows = (await t.database.db.execute(sql`select name from balie_migrations order by name`)).rows;
      assert.deepEqual(
        rows.map((r) => r.name),
        first,
      );
    } finally {
      await t.close();
    }
  });

  it('applies each migration exactly once when two processes migrate at the same time', async () => {
    const t = await openTestStorage({ migrate: false });
    // On PostgreSQL the second connection pool stands in for a second process.
    const other = t.url ? await openDatabase({ databaseUrl: t.url, poolSize: 2 }) : t.database;
    try {
      const [a, b] = await Promise.all([migrate(t.database.db), migrate(other.db)]);
      const all = [...a, ...b].sort();
      assert.deepEqual(all, [...new Set(all)], 'no migration applied twice');
      const count = (await t.database.db.execute(sql`select count(*)::int as n from balie_migrations`)).rows[0]!.n;
      assert.equal(count, all.length);
    } finally {
      if (other !== t.database) await other.close();
      await t.close();
    }
  });

  it('refuses to run when an applied migration was edited afterwards', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'balie-migrations-'));
    for (const f of await readdir(MIGRATIONS)) if (f.endsWith('.sql')) await copyFile(join(MIGRATIONS, f), join(dir, f));
    const t = await openTestStorage({ migrate: false });
    try {
      await migrate(t.database.db, dir + '/');
      const [file] = (await readdir(dir)).filter((f) => f.endsWith('.sql'));
      await writeFile(join(dir, file!), '-- edited\nselect 1;');
      await assert.rejects(migrate(t.database.db, dir + '/'), /was changed after it was applied/);
    } finally {
      await t.close();
    }
  });

  it('rolls a failing migration back completely', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'balie-migrations-'));
    await writeFile(join(dir, '0000_ok.sql'), 'create table a (id int);');
    await writeFile(join(dir, '0001_bad.sql'), 'create table b (id int);\n--> statement-breakpoint\nselect * from nope;');
    const t = await openTestStorage({ migrate: false });
    try {
      await assert.rejects(migrate(t.database.db, dir + '/'));
      const tables = (await t.database.db.execute(sql`select to_regclass('a') as a, to_regclass('b') as b`)).rows[0]!;
      assert.ok(tables.a, 'the good migration stays applied');
      assert.equal(tables.b, null, 'the failed one left nothing behind');
    } finally {
      await t.close();
    }
  });
});
