import { isPrivateAddress } from '@balie/channels';
import {
  CreatedWebhookSubscription,
  CreateWebhookSubscriptionRequest,
  DeliveryAttemptList,
  DeliveryQuery,
  IdParam,
  UpdateWebhookSubscriptionRequest,
  WebhookSubscription,
  WebhookSubscriptionList,
} from '@balie/contracts';
import {
  createWebhookSubscription,
  deleteWebhookSubscription,
  listDeliveryAttempts,
  listWebhookSubscriptions,
  updateWebhookSubscription,
} from '@balie/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctx, type RouteDeps } from './types';

/** Outbound webhooks: URLs subscribed to domain events, and their delivery log. */
export async function webhookRoutes(app: FastifyInstance, deps: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['webhooks'];
  r.get('/api/webhooks', { schema: { tags, response: { 200: WebhookSubscriptionList } } }, (req) =>
    listWebhookSubscriptions(ctx(req, deps)),
  );
  r.post(
    '/api/webhooks',
    { schema: { tags, body: CreateWebhookSubscriptionRequest, response: { 201: CreatedWebhookSubscription } } },
    async (req, reply) =>
      reply.code(201).send(await createWebhookSubscription({ ...ctx(req, deps), ...req.body, isPrivateAddress })),
  );
  r.patch(
    '/api/webhooks/:id',
    { schema: { tags, params: IdParam, body: UpdateWebhookSubscriptionRequest, response: { 200: WebhookSubscription } } },
    (req) => updateWebhookSubscription({ ...ctx(req, deps), subscriptionId: req.params.id, ...req.body, isPrivateAddress }),
  );
  r.delete(
    '/api/webhooks/:id',
    { schema: { tags, params: IdParam, response: { 200: z.object({ deleted: z.literal(true) }) } } },
    async (req) => {
      await deleteWebhookSubscription({ ...ctx(req, deps), subscriptionId: req.params.id });
      return { deleted: true as const };
    },
  );
  r.get(
    '/api/webhooks/:id/deliveries',
    { schema: { tags, params: IdParam, querystring: DeliveryQuery, response: { 200: DeliveryAttemptList } } },
    (req) => listDeliveryAttempts({ ...ctx(req, deps), subscriptionId: req.params.id, ...req.query }),
  );
}
