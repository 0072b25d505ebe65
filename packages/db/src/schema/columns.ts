/** Column helpers shared by the schema files. */
import { sql } from 'drizzle-orm';
import { customType, timestamp } from 'drizzle-orm/pg-core';

export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
export const bytes = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/** Full-text search per message language: PostgreSQL's `english` config, `dutch` otherwise. */
export const searchVector = (language: string, body: string) =>
  sql.raw(
    `(case when ${language} = 'en' then to_tsvector('english'::regconfig, ${body}) else to_tsvector('dutch'::regconfig, ${body}) end)`,
  );

export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const ts = (name: string) => timestamp(name, { withTimezone: true });
