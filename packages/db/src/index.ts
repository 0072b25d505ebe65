/**
 * @module @balie/db
 * Storage: the schema, the ordered SQL migrations, and a client for embedded PGlite or a
 * PostgreSQL server behind one Drizzle interface. Only @balie/core may import this package.
 */
export * as schema from './schema';
export { openDatabase, redactUrl, DatabaseUnavailableError } from './client';
export type { Database, Db, EngineKind, OpenOptions } from './client';
export { migrate, loadMigrations } from './migrate';
export { sql, and, or, eq, ne, lt, lte, gt, gte, desc, asc, inArray, isNull, isNotNull, type SQL } from 'drizzle-orm';
