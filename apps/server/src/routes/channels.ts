import { DeliveryAttemptList, DeliveryQuery, IdParam, RawEventDetail, RawEventList, RawEventQuery } from '@balie/contracts';
import { getRawEvent, listDeliveryAttempts, listRawEvents, replayRawEvent, retrySend } from '@balie/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctx, type RouteDeps } from './types';

/** Channel debugging for admins (raw events, replay, delivery log) and an agent's "send again". */
export async function channelRoutes(app: FastifyInstance, deps: RouteDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['channels'];
  r.get('/api/raw-events', { schema: { tags, querystring: RawEventQuery, response: { 200: RawEventList } } }, (req) =>
    listRawEvents({ ...ctx(req, deps), ...req.query }),
  );
  r.get('/api/raw-events/:id', { schema: { tags, params: IdParam, response: { 200: RawEventDetail } } }, (req) =>
    getRawEvent({ ...ctx(req, deps), rawEventId: req.params.id }),
  );
  r.post('/api/raw-events/:id/replay', { schema: { tags, params: IdParam, response: { 200: RawEventDetail } } }, (req) =>
    replayRawEvent({ ...ctx(req, deps), rawEventId: req.params.id }),
  );
  r.get(
    '/api/connections/:id/deliveries',
    { schema: { tags, params: IdParam, querystring: DeliveryQuery, response: { 200: DeliveryAttemptList } } },
    (req) => listDeliveryAttempts({ ...ctx(req, deps), connectionId: req.params.id, ...req.query }),
  );
  r.post(
    '/api/messages/:id/retry-send',
    {
      schema: {
        tags: ['inbox'],
        params: IdParam,
        response: { 200: z.object({ messageId: z.uuid(), deliveryStatus: z.literal('queued') }) },
      },
    },
    (req) => retrySend({ ...ctx(req, deps), messageId: req.params.id }),
  );
}
