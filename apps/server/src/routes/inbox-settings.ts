import {
  CategoryList,
  Category,
  AppError,
  ChannelConnectionList,
  CreatedChannelConnection,
  CreateCategoryRequest,
  CreateChannelConnectionRequest,
  CreateLabelRequest,
  CreateTeamRequest,
  Label,
  LabelList,
  Team,
  TeamList,
} from '@balie/contracts';
import {
  createCategory,
  createConnection,
  createLabel,
  createTeam,
  listCategories,
  listConnections,
  listLabels,
  listTeams,
} from '@balie/core';
import { adapterFor } from '@balie/channels';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ctx, type RouteDeps } from './types';

/** Channel connections, labels, resolution categories and teams of the account. */
export async function inboxSettingsRoutes(app: FastifyInstance, deps: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['inbox settings'];
  r.get('/api/connections', { schema: { tags, response: { 200: ChannelConnectionList } } }, (req) =>
    listConnections(ctx(req, deps)),
  );
  r.post(
    '/api/connections',
    { schema: { tags, body: CreateChannelConnectionRequest, response: { 201: CreatedChannelConnection } } },
    async (req, reply) => {
      const { kind, name, settings, allowPrivateNetwork } = req.body;
      // Kinds Balie can connect get their config (and secrets, shown once) from their adapter;
      // the others are records of imported history only.
      const adapter = adapterFor(kind);
      if (!adapter && settings) throw new AppError('channel_not_connectable');
      const created = adapter?.createConfig(settings ?? {});
      const connection = await createConnection({
        ...ctx(req, deps),
        kind,
        name,
        config: created?.config as Record<string, unknown> | undefined,
        tokenHash: created?.tokenHash,
        allowPrivateNetwork,
      });
      return reply.code(201).send({ ...connection, ...(created ? { secrets: created.shownOnce } : {}) });
    },
  );
  r.get('/api/labels', { schema: { tags, response: { 200: LabelList } } }, (req) => listLabels(ctx(req, deps)));
  r.post('/api/labels', { schema: { tags, body: CreateLabelRequest, response: { 201: Label } } }, async (req, reply) =>
    reply.code(201).send(await createLabel({ ...ctx(req, deps), ...req.body })),
  );
  r.get('/api/categories', { schema: { tags, response: { 200: CategoryList } } }, (req) => listCategories(ctx(req, deps)));
  r.post('/api/categories', { schema: { tags, body: CreateCategoryRequest, response: { 201: Category } } }, async (req, reply) =>
    reply.code(201).send(await createCategory({ ...ctx(req, deps), ...req.body })),
  );
  r.get('/api/teams', { schema: { tags, response: { 200: TeamList } } }, (req) => listTeams(ctx(req, deps)));
  r.post('/api/teams', { schema: { tags, body: CreateTeamRequest, response: { 201: Team } } }, async (req, reply) =>
    reply.code(201).send(await createTeam({ ...ctx(req, deps), ...req.body })),
  );
}
