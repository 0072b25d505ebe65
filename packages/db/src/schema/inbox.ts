/** The inbox: channel connections, contacts, conversations, messages and what hangs off them. */
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, primaryKey, real, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bytes, createdAt, searchVector, ts, tsvector } from './columns';
import { accounts, users } from './platform';

const accountRef = () =>
  uuid('account_id')
    .notNull()
    .references(() => accounts.id, { onDelete: 'cascade' });

export const channelConnections = pgTable(
  'channel_connections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: accountRef(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    config: jsonb('config').notNull().default({}),
    /** SHA-256 of the token a source authenticates with (API channel); the token itself is shown once. */
    tokenHash: text('token_hash'),
    /** Set by an admin to let this connection's sends reach private or loopback addresses. */
    allowPrivateNetwork: boolean('allow_private_network').notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    index('channel_connections_account_idx').on(t.accountId, t.createdAt),
    uniqueIndex('channel_connections_token_key').on(t.tokenHash),
  ],
);

export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: accountRef(),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    attributes: jsonb('attributes').notNull().default({}),
    /** Set when merged into another contact; kept (hidden) so an admin can undo the merge. */
    mergedInto: uuid('merged_into'),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('contacts_account_idx').on(t.accountId, t.id),
    index('contacts_name_trgm_idx').using('gin', sql`lower(${t.name}) gin_trgm_ops`),
  ],
);

export const contactIdentities = pgTable(
  'contact_identities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: accountRef(),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    channel: text('channel').notNull(),
    externalId: text('external_id').notNull(),
    handle: text('handle'),
    displayName: text('display_name'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('contact_identities_external_key').on(t.accountId, t.channel, t.externalId),
    index('contact_identities_contact_idx').on(t.contactId),
    index('contact_identities_handle_trgm_idx').using('gin', sql`lower(${t.handle}) gin_trgm_ops`),
  ],
);

export const contactNotes = pgTable(
  'contact_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: accountRef(),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    search: tsvector('search').generatedAlwaysAs(sql.raw(`to_tsvector('dutch'::regconfig, body)`)),
    createdAt: createdAt(),
  },
  (t) => [
    index('contact_notes_contact_idx').on(t.contactId, t.createdAt),
    index('contact_notes_search_idx').using('gin', t.search),
  ],
);

export const teams = pgTable(
  'teams',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: accountRef(),
    name: text('name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('teams_account_name_key').on(t.accountId, sql`lower(${t.name})`)],
);

export const teamMembers = pgTable(
  'team_members',
  {
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    accountId: accountRef(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.userId] })],
);

export const labels = pgTable(
  'labels',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: accountRef(),
    name: text('name').notNull(),
    color: text('color').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('labels_account_name_key').on(t.accountId, sql`lower(${t.name})`)],
);

export const resolutionCategories = pgTable(
  'resolution_categories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: accountRef(),
    name: text('name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('resolution_categories_account_name_key').on(t.accountId, sql`lower(${t.name})`)],
);

/**
 * The queue's sort key is computed by PostgreSQL from the row, so no use-case can get it wrong:
 * `queue_rank` puts waiting customers first, by urgency (urgent 0 … low 3; +10 when nobody
 * waits), and `queue_at` is the oldest unanswered customer message ('infinity' when none).
 */
export const conversations = pgTable(
  'conversations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: accountRef(),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id),
    connectionId: uuid('connection_id')
      .notNull()
      .references(() => channelConnections.id),
    threadKey: text('thread_key').notNull(),
    visibility: text('visibility').notNull(),
    status: text('status').notNull().default('open'),
    urgency: text('urgency').notNull().default('normal'),
    queueRank: integer('queue_rank').generatedAlwaysAs(
      sql.raw(`(case urgency when 'urgent' then 0 when 'high' then 1 when 'normal' then 2 else 3 end
        + case when waiting_since is null then 10 else 0 end)`),
    ),
    queueAt: ts('queue_at').generatedAlwaysAs(sql.raw(`coalesce(waiting_since, 'infinity'::timestamptz)`)),
    assigneeId: uuid('assignee_id').references(() => users.id, { onDelete: 'set null' }),
    teamId: uuid('team_id').references(() => teams.id, { onDelete: 'set null' }),
    categoryId: uuid('category_id').references(() => resolutionCategories.id),
    labelIds: uuid('label_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    handoverNote: text('handover_note'),
    /** Set when this conversation was merged into another (status 'merged'). */
    mergedInto: uuid('merged_into'),
    waitingSince: ts('waiting_since'),
    lastMessageAt: ts('last_message_at').notNull(),
    lastMessagePreview: text('last_message_preview').notNull().default(''),
    snoozedUntil: ts('snoozed_until'),
    firstResponseAt: ts('first_response_at'),
    resolvedAt: ts('resolved_at'),
    /** Rolled up from the customer's analysed messages (packages/nlp); null until one is analysed. */
    language: text('language'),
    sentiment: text('sentiment'),
    sentimentScore: real('sentiment_score'),
    /** How sentiment toward the brand moved from the first analysed message to the latest. */
    sentimentTrend: text('sentiment_trend'),
    intent: text('intent'),
    needsReply: boolean('needs_reply'),
    urgencyScore: real('urgency_score'),
    /** An agent set the urgency by hand: the analysis no longer changes it. */
    urgencyManual: boolean('urgency_manual').notNull().default(false),
    createdAt: createdAt(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('conversations_queue_idx').on(t.accountId, t.status, t.queueRank, t.queueAt, t.id),
    index('conversations_assignee_queue_idx').on(t.accountId, t.assigneeId, t.status, t.queueRank, t.queueAt, t.id),
    index('conversations_resolved_idx')
      .on(t.accountId, t.resolvedAt, t.id)
      .where(sql`${t.status} = 'resolved'`),
    index('conversations_contact_idx').on(t.contactId, t.createdAt),
    index('conversations_thread_idx').on(t.accountId, t.connectionId, t.threadKey, t.createdAt),
    index('conversations_snoozed_idx')
      .on(t.snoozedUntil)
      .where(sql`${t.status} = 'snoozed'`),
    check('conversations_status_check', sql`${t.status} in ('open','pending','snoozed','resolved','merged')`),
    check('conversations_urgency_check', sql`${t.urgency} in ('low','normal','high','urgent')`),
    check('conversations_visibility_check', sql`${t.visibility} in ('public','private')`),
    check('conversations_sentiment_check', sql`${t.sentiment} in ('negative','neutral','positive','mixed')`),
    check('conversations_sentiment_trend_check', sql`${t.sentimentTrend} in ('better','worse','steady')`),
  ],
);

export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: accountRef(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    connectionId: uuid('connection_id')
      .notNull()
      .references(() => channelConnections.id),
    direction: text('direction').notNull(),
    visibility: text('visibility').notNull(),
    authorType: text('author_type').notNull(),
    authorId: uuid('author_id'),
    body: text('body').notNull(),
    language: text('language').notNull().default('nl'),
    externalId: text('external_id'),
    deliveryStatus: text('delivery_status').notNull(),
    failureReason: text('failure_reason'),
    /** packages/nlp's MessageAnalysis of a customer's message, with agents' corrections applied. */
    analysis: jsonb('analysis'),
    /** The audience of a public post as the channel last reported it ({ figures, observedAt }); re-scores urgency. */
    reach: jsonb('reach'),
    search: tsvector('search').generatedAlwaysAs(searchVector('language', 'body')),
    createdAt: createdAt(),
    editedAt: ts('edited_at'),
    deletedAt: ts('deleted_at'),
  },
  (t) => [
    index('messages_conversation_idx').on(t.conversationId, t.createdAt, t.id),
    uniqueIndex('messages_external_key').on(t.connectionId, t.externalId),
    index('messages_account_idx').on(t.accountId, t.createdAt),
    index('messages_search_idx').using('gin', t.search),
    check('messages_direction_check', sql`${t.direction} in ('inbound','outbound','note')`),
    check('messages_author_check', sql`${t.authorType} in ('contact','agent','bot','system')`),
  ],
);

/** Custom contact fields an account defines (customer number, contract type, …). */
export const contactAttributeDefinitions = pgTable(
  'contact_attribute_definitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: accountRef(),
    key: text('key').notNull(),
    label: text('label').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('contact_attribute_definitions_key').on(t.accountId, t.key)],
);

/** What a merge moved, so that an admin can undo it within 30 days. */
export const contactMerges = pgTable(
  'contact_merges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: accountRef(),
    sourceContactId: uuid('source_contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    targetContactId: uuid('target_contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    moved: jsonb('moved').notNull(),
    mergedBy: uuid('merged_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    undoneAt: ts('undone_at'),
  },
  (t) => [index('contact_merges_account_idx').on(t.accountId, t.createdAt)],
);

/** @mentions in internal notes: who was asked to look, and whether they have. */
export const mentions = pgTable(
  'mentions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: accountRef(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    messageId: uuid('message_id')
      .notNull()
      .references(() => messages.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    readAt: ts('read_at'),
  },
  (t) => [index('mentions_user_idx').on(t.accountId, t.userId, t.createdAt)],
);

/**
 * Files on messages (images a customer sent, a PDF an agent attaches). Kept in PostgreSQL so
 * that every process sees them without shared disk; size and type are checked before storing.
 */
export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: accountRef(),
    messageId: uuid('message_id').references(() => messages.id, { onDelete: 'cascade' }),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    filename: text('filename').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    data: bytes('data').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('attachments_message_idx').on(t.messageId),
    index('attachments_conversation_idx').on(t.conversationId, t.createdAt),
  ],
);

/** What a platform changed about a message after we stored it (an edited tweet, a deleted comment). */
export const messageRevisions = pgTable(
  'message_revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: accountRef(),
    messageId: uuid('message_id')
      .notNull()
      .references(() => messages.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    /** The text before the change: nothing the customer once wrote is lost. */
    previousBody: text('previous_body').notNull(),
    changedAt: ts('changed_at').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('message_revisions_message_idx').on(t.messageId, t.changedAt),
    check('message_revisions_kind_check', sql`${t.kind} in ('edited','deleted')`),
  ],
);
