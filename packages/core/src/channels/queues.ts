/** The job queues of the channel work: webhook ingest, reply sends and outbound webhooks. */
export const INGEST_QUEUE = 'channels.ingest';
export const SEND_QUEUE = 'channels.send';
export const WEBHOOK_FANOUT_QUEUE = 'webhooks.fanout';
export const WEBHOOK_DELIVER_QUEUE = 'webhooks.deliver';
