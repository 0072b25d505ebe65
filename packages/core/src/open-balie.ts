import { migrate, openDatabase, sql, type Database } from '@balie/db';

export interface BalieStorage {
  database: Database;
  appliedMigrations: string[];
}

/** Opens the database (PGlite or PostgreSQL) and brings its schema up to date. */
export async function openStorage(opts: { databaseUrl?: string | undefined; dataDir: string }): Promise<BalieStorage> {
  const database = await openDatabase({ databaseUrl: opts.databaseUrl, dataDir: opts.dataDir });
  try {
    const appliedMigrations = await migrate(database.db);
    return { database, appliedMigrations };
  } catch (err) {
    await database.close();
    throw err;
  }
}

/** A quick round trip, for readiness checks. */
export async function pingDatabase(database: Database): Promise<void> {
  await database.db.execute(sql`select 1`);
}
