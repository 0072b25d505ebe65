import {
  CreateWidgetRequest,
  CreatedWidget,
  IdParam,
  IdentitySecretAnswer,
  WidgetAdmin,
  WidgetAdminList,
  WidgetSettings,
  defaultWidgetSettings,
} from '@balie/contracts';
import { newSecret, webChatChannel } from '@balie/channels';
import { createWidget, getWidget, listWidgets, replaceIdentitySecret, updateWidgetSettings } from '@balie/core/widget';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ctx, type RouteDeps } from './types';

/** Admins' widget settings. The identity secret is in the creation (or replacement) answer only. */
export async function widgetAdminRoutes(app: FastifyInstance, deps: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['widget settings'];
  r.get('/api/widgets', { schema: { tags, response: { 200: WidgetAdminList } } }, (req) => listWidgets(ctx(req, deps)));
  r.post(
    '/api/widgets',
    { schema: { tags, body: CreateWidgetRequest, response: { 201: CreatedWidget } } },
    async (req, reply) => {
      const created = webChatChannel.createConfig(req.body.settings ?? defaultWidgetSettings());
      const widget = await createWidget({
        ...ctx(req, deps),
        name: req.body.name,
        config: created.config,
        tokenHash: created.tokenHash!,
      });
      return reply.code(201).send({ ...widget, identitySecret: created.shownOnce.identitySecret! });
    },
  );
  r.get('/api/widgets/:id', { schema: { tags, params: IdParam, response: { 200: WidgetAdmin } } }, (req) =>
    getWidget({ ...ctx(req, deps), connectionId: req.params.id }),
  );
  r.put(
    '/api/widgets/:id/settings',
    { schema: { tags, params: IdParam, body: WidgetSettings, response: { 200: WidgetAdmin } } },
    (req) => updateWidgetSettings({ ...ctx(req, deps), connectionId: req.params.id, settings: req.body }),
  );
  r.post(
    '/api/widgets/:id/identity-secret',
    { schema: { tags, params: IdParam, response: { 200: IdentitySecretAnswer } } },
    async (req) => {
      const identitySecret = newSecret('bwid_');
      await replaceIdentitySecret({ ...ctx(req, deps), connectionId: req.params.id, identitySecret });
      return { identitySecret };
    },
  );
}
