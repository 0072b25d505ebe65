/**
 * The database schema (Drizzle). Migrations in ../../migrations are generated from these files
 * with `npm run db:generate` and committed; they are the source of truth at run time.
 */
export * from './platform';
export * from './inbox';
export * from './channels';
export * from './analysis';
