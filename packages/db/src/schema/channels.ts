/**
 * Channels at work: raw webhook deliveries (stored before the acknowledgement), per-connection
 * send windows (rate limits), outbound webhook subscriptions and the log of every outbound call.
 */
import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, ts } from './columns';
import { channelConnections, messages } from './inbox';
import { accounts, users } from './platform';

const accountRef = () =>
  uuid('account_id')
    .notNull()
    .references(() => accounts.id, { onDelete: 'cascade' });

/**
 * A webhook delivery exactly as received, stored before we answer: the platform may redeliver
 * (unique on connection + provider event id makes that a no-op) and a crash after the answer
 * loses nothing (the ingest job, enqueued in the same transaction, processes it later).
 */
export const rawEvents = pgTable(
  'raw_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: accountRef(),
    connectionId: uuid('connection_id')
      .notNull()
      .references(() => channelConnections.id, { onDelete: 'cascade' }),
    providerEventId: text('provider_event_id').notNull(),
    contentType: text('content_type'),
    /** Request headers without credentials (authorization, cookies are dropped before storing). */
    headers: jsonb('headers').notNull().default({}),
    body: text('body').notNull(),
    status: text('status').notNull().default('pending'),
    /** Why the adapter ignored it, or the last processing error. */
    detail: text('detail'),
    /** How many events the adapter made of it, when processed. */
    eventCount: integer('event_count'),
    receivedAt: ts('received_at').notNull().defaultNow(),
    processedAt: ts('processed_at'),
  },
  (t) => [
    uniqueIndex('raw_events_provider_key').on(t.connectionId, t.providerEventId),
    index('raw_events_account_idx').on(t.accountId, t.receivedAt, t.id),
    index('raw_events_pending_idx')
      .on(t.receivedAt)
      .where(sql`${t.status} = 'pending'`),
    index('raw_events_received_idx').on(t.receivedAt),
    check('raw_events_status_check', sql`${t.status} in ('pending','processed','ignored','failed')`),
  ],
);

/** Sends per connection in the current second: the send job waits rather than exceed the limit. */
export const channelSendWindows = pgTable('channel_send_windows', {
  connectionId: uuid('connection_id')
    .primaryKey()
    .references(() => channelConnections.id, { onDelete: 'cascade' }),
  accountId: accountRef(),
  windowStart: ts('window_start').notNull(),
  used: integer('used').notNull(),
});

/** An account's subscription of a URL to domain events, signed with its own secret. */
export const webhookSubscriptions = pgTable(
  'webhook_subscriptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: accountRef(),
    url: text('url').notNull(),
    description: text('description').notNull().default(''),
    /** Readable, because every delivery is signed with it; shown to the admin once. */
    secret: text('secret').notNull(),
    eventTypes: text('event_types').array().notNull(),
    /** Set by an admin to let this subscription call private or loopback addresses (SSRF guard off). */
    allowPrivateNetwork: boolean('allow_private_network').notNull().default(false),
    consecutiveFailures: integer('consecutive_failures').notNull().default(0),
    disabledAt: ts('disabled_at'),
    disabledReason: text('disabled_reason'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('webhook_subscriptions_account_idx').on(t.accountId, t.createdAt)],
);

/** Every outbound call (webhook deliveries, API-channel replies): the delivery log admins read. */
export const deliveryAttempts = pgTable(
  'delivery_attempts',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    accountId: accountRef(),
    subscriptionId: uuid('subscription_id').references(() => webhookSubscriptions.id, { onDelete: 'cascade' }),
    connectionId: uuid('connection_id').references(() => channelConnections.id, { onDelete: 'cascade' }),
    messageId: uuid('message_id').references(() => messages.id, { onDelete: 'cascade' }),
    eventId: bigint('event_id', { mode: 'number' }),
    eventType: text('event_type').notNull(),
    url: text('url').notNull(),
    attempt: integer('attempt').notNull(),
    ok: boolean('ok').notNull(),
    responseStatus: integer('response_status'),
    error: text('error'),
    durationMs: integer('duration_ms').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('delivery_attempts_subscription_idx').on(t.accountId, t.subscriptionId, t.id),
    index('delivery_attempts_connection_idx').on(t.accountId, t.connectionId, t.id),
    index('delivery_attempts_message_idx').on(t.messageId),
    index('delivery_attempts_created_idx').on(t.createdAt),
  ],
);
