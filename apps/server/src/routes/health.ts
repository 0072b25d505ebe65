import { Health } from '@balie/contracts';
import { pingDatabase } from '@balie/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RouteDeps } from './types';

/** Liveness (the process answers) and readiness (the database answers, and we are not shutting down). */
export async function healthRoutes(app: FastifyInstance, deps: RouteDeps & { isShuttingDown: () => boolean }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { public: true };
  r.get('/healthz', { config, schema: { tags: ['health'], response: { 200: Health } } }, async () => ({ status: 'ok' as const }));
  r.get('/readyz', { config, schema: { tags: ['health'], response: { 200: Health, 503: Health } } }, async (_req, reply) => {
    if (deps.isShuttingDown()) return reply.code(503).send({ status: 'not_ready' });
    try {
      await pingDatabase(deps.database);
      return { status: 'ok' as const, engine: deps.database.kind };
    } catch {
      return reply.code(503).send({ status: 'not_ready' });
    }
  });
}
