import type { Database, EventStream } from '@balie/core';
import type { FastifyRequest } from 'fastify';
import type { Config } from '../config';
import { requireAuth } from '../plugins/auth';

export interface RouteDeps {
  database: Database;
  config: Config;
  events: EventStream;
}

/** The database and the acting user for a use-case, from an authenticated request. */
export function ctx(req: FastifyRequest, deps: RouteDeps) {
  return { db: deps.database.db, actor: requireAuth(req).actor };
}
