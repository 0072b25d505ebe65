import {
  INGEST_QUEUE,
  requeuePendingRawEvents,
  SEND_QUEUE,
  subscribedEventTypes,
  WEBHOOK_DELIVER_QUEUE,
  WEBHOOK_FANOUT_QUEUE,
  type Database,
  type EventListeners,
  type ListenerFilters,
  type QueueDefinition,
} from '@balie/core';
import { WebhookEventType } from '@balie/contracts';
import type { Config } from '../config';
import { ingestHandler } from './ingest-job';
import { sendHandler } from './send-job';
import { webhookDeliverHandler, webhookFanoutHandler } from './webhook-jobs';

/**
 * The channel jobs of a worker process, and the domain events the webhook fan-out hears: only
 * those of accounts subscribed to them, so that other accounts' events make no jobs.
 */
export function channelQueues(
  database: Database,
  config: Config,
): { queues: Record<string, QueueDefinition>; listeners: EventListeners; filters: ListenerFilters } {
  const outbound = { retryBaseMs: config.BALIE_OUTBOUND_RETRY_BASE_MS, timeoutMs: config.BALIE_OUTBOUND_TIMEOUT_MS };
  return {
    queues: {
      [INGEST_QUEUE]: { handler: ingestHandler(database), backoffBaseMs: 1000 },
      [SEND_QUEUE]: { handler: sendHandler(database, outbound), backoffBaseMs: outbound.retryBaseMs },
      [WEBHOOK_FANOUT_QUEUE]: { handler: webhookFanoutHandler(database), backoffBaseMs: 1000 },
      [WEBHOOK_DELIVER_QUEUE]: {
        handler: webhookDeliverHandler(database, { ...outbound, disableAfter: config.BALIE_WEBHOOK_DISABLE_AFTER }),
        backoffBaseMs: outbound.retryBaseMs,
      },
    },
    listeners: Object.fromEntries(WebhookEventType.options.map((type) => [type, [WEBHOOK_FANOUT_QUEUE]])),
    filters: { [WEBHOOK_FANOUT_QUEUE]: subscribedEventTypes },
  };
}

/** Raw events stored but never processed (a job lost or dead): picked up again at start-up. */
export async function resumeIngest(database: Database): Promise<number> {
  return requeuePendingRawEvents({ db: database.db });
}
