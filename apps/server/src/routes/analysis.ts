import {
  AnalysisCorrection,
  AnalysisCorrectionRequest,
  AnalysisProfile,
  AnalysisRun,
  LatestAnalysisRun,
  UpdateAnalysisProfileRequest,
} from '@balie/contracts';
import { correctAnalysis, getAnalysisProfile, latestReanalysis, startReanalysis, updateAnalysisProfile } from '@balie/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctx, type RouteDeps } from './types';

/** Text analysis: the brand profile it reads messages with, agents' corrections, re-analysis. */
export async function analysisRoutes(app: FastifyInstance, deps: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['text analysis'];
  r.get('/api/analysis/profile', { schema: { tags, response: { 200: AnalysisProfile } } }, (req) =>
    getAnalysisProfile(ctx(req, deps)),
  );
  r.put(
    '/api/analysis/profile',
    { schema: { tags, body: UpdateAnalysisProfileRequest, response: { 200: AnalysisProfile } } },
    (req) => updateAnalysisProfile({ ...ctx(req, deps), profile: req.body }),
  );
  r.post(
    '/api/messages/:id/analysis/corrections',
    {
      schema: {
        tags,
        params: z.strictObject({ id: z.uuid() }),
        body: AnalysisCorrectionRequest,
        response: { 200: AnalysisCorrection },
      },
    },
    (req) => correctAnalysis({ ...ctx(req, deps), messageId: req.params.id, correction: req.body }),
  );
  r.post('/api/analysis/runs', { schema: { tags, response: { 201: AnalysisRun } } }, async (req, reply) =>
    reply.code(201).send(await startReanalysis(ctx(req, deps))),
  );
  r.get('/api/analysis/runs/latest', { schema: { tags, response: { 200: LatestAnalysisRun } } }, (req) =>
    latestReanalysis(ctx(req, deps)),
  );
}
