import { ApiTokenList, CreateApiTokenRequest, CreatedApiToken, IdParam, Ok } from '@balie/contracts';
import { createApiToken, listApiTokens, revokeApiToken } from '@balie/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ctx, type RouteDeps } from './types';

/** API tokens for integrations: hashed at rest, scoped to one account, shown once. */
export async function tokenRoutes(app: FastifyInstance, deps: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['api tokens'];
  r.get('/api/tokens', { schema: { tags, response: { 200: ApiTokenList } } }, (req) => listApiTokens(ctx(req, deps)));
  r.post(
    '/api/tokens',
    { schema: { tags, body: CreateApiTokenRequest, response: { 201: CreatedApiToken } } },
    async (req, reply) => reply.code(201).send(await createApiToken({ ...ctx(req, deps), ...req.body })),
  );
  r.delete('/api/tokens/:id', { schema: { tags, params: IdParam, response: { 200: Ok } } }, async (req) => {
    await revokeApiToken({ ...ctx(req, deps), tokenId: req.params.id });
    return { ok: true as const };
  });
}
