import { AuditPage, AuditQuery, FailedJobsQuery, JobIdParam, JobPage, Ok } from '@balie/contracts';
import { listAudit, listFailedJobs, retryJob } from '@balie/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ctx, type RouteDeps } from './types';

/** What admins look at: the audit log and the jobs that failed for good. */
export async function adminRoutes(app: FastifyInstance, deps: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/audit', { schema: { tags: ['audit'], querystring: AuditQuery, response: { 200: AuditPage } } }, (req) =>
    listAudit({ ...ctx(req, deps), filter: req.query }),
  );
  r.get('/api/jobs/failed', { schema: { tags: ['jobs'], querystring: FailedJobsQuery, response: { 200: JobPage } } }, (req) =>
    listFailedJobs({ ...ctx(req, deps), cursor: req.query.cursor, limit: req.query.limit }),
  );
  r.post('/api/jobs/:id/retry', { schema: { tags: ['jobs'], params: JobIdParam, response: { 200: Ok } } }, async (req) => {
    await retryJob({ ...ctx(req, deps), jobId: req.params.id });
    return { ok: true as const };
  });
}
