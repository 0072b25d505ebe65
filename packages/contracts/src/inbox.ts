/**
 * The inbox: contacts, conversations and messages as the API shows them, and the requests that
 * work a conversation. Shared by the server (validation, OpenAPI) and the agent app.
 */
import { z } from 'zod';
import { IntentCode, MessageAnalysis, SentimentLabel } from './analysis';
import { ChannelKind, Urgency } from './primitives';

export { ChannelKind, Urgency } from './primitives';
export const ConversationStatus = z.enum(['open', 'pending', 'snoozed', 'resolved', 'merged']);
export type ConversationStatus = z.infer<typeof ConversationStatus>;
export const Visibility = z.enum(['public', 'private']);
export const MessageDirection = z.enum(['inbound', 'outbound', 'note']);
export const AuthorType = z.enum(['contact', 'agent', 'bot', 'system']);
export const DeliveryStatus = z.enum(['received', 'queued', 'sent', 'delivered', 'read', 'failed']);
export const QueueTab = z.enum(['mine', 'unassigned', 'open', 'pending', 'snoozed', 'resolved']);
export type QueueTab = z.infer<typeof QueueTab>;

const Text = z.string().trim().min(1).max(10_000);
const Name = z.string().trim().min(1).max(120);
const Uuid = z.uuid();

export const ChannelConnection = z.object({ id: Uuid, kind: ChannelKind, name: z.string(), createdAt: z.string() });
export const ChannelConnectionList = z.object({ items: z.array(ChannelConnection) });
export const CreateChannelConnectionRequest = z.strictObject({
  kind: ChannelKind,
  name: Name,
  /** The channel's own settings (API channel: `replyUrl`), checked by its adapter. */
  settings: z.record(z.string(), z.unknown()).optional(),
  /** Lets this connection's sends reach private or loopback addresses (receivers inside your network). */
  allowPrivateNetwork: z.boolean().optional(),
});

export const Label = z.object({ id: Uuid, name: z.string(), color: z.string() });
export const LabelList = z.object({ items: z.array(Label) });
export const CreateLabelRequest = z.strictObject({
  name: Name,
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .default('#6b7280'),
});
export const Category = z.object({ id: Uuid, name: z.string() });
export const CategoryList = z.object({ items: z.array(Category) });
export const CreateCategoryRequest = z.strictObject({ name: Name });
export const Team = z.object({ id: Uuid, name: z.string(), memberIds: z.array(Uuid) });
export const TeamList = z.object({ items: z.array(Team) });
export const CreateTeamRequest = z.strictObject({ name: Name, memberIds: z.array(Uuid).max(500).default([]) });

export const ContactIdentity = z.object({
  id: Uuid,
  channel: ChannelKind,
  externalId: z.string(),
  handle: z.string().nullable(),
  displayName: z.string().nullable(),
});
export const ContactNote = z.object({
  id: Uuid,
  body: z.string(),
  authorId: Uuid.nullable(),
  authorName: z.string().nullable(),
  createdAt: z.string(),
});
export const Contact = z.object({
  id: Uuid,
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  attributes: z.record(z.string(), z.string()),
  identities: z.array(ContactIdentity),
  notes: z.array(ContactNote),
  /** The customer in the CRM, from the account's URL template and this contact's attributes. */
  crmUrl: z.string().nullable(),
  /** Set when this contact was merged into another: show that one instead. */
  mergedInto: Uuid.nullable(),
  createdAt: z.string(),
});
export type Contact = z.infer<typeof Contact>;

const AttributeKey = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'lower-case letters, digits and _');
export const AttributeDefinition = z.object({ id: Uuid, key: z.string(), label: z.string() });
export const AttributeDefinitionList = z.object({ items: z.array(AttributeDefinition) });
export const CreateAttributeDefinitionRequest = z.strictObject({ key: AttributeKey, label: Name });
export const UpdateContactRequest = z.strictObject({
  name: Name.optional(),
  email: z.email().max(254).nullable().optional(),
  phone: z.string().trim().max(40).nullable().optional(),
  /** Only keys the account defined; null removes a value. */
  attributes: z.record(AttributeKey, z.string().trim().max(500).nullable()).optional(),
});
export const LinkIdentityRequest = z.strictObject({
  channel: ChannelKind,
  externalId: z.string().trim().min(1).max(200),
  handle: z.string().trim().max(200).optional(),
});
export const MergeContactsRequest = z.strictObject({ sourceContactId: Uuid });
export const ContactMerge = z.object({ id: Uuid, sourceContactId: Uuid, targetContactId: Uuid, createdAt: z.string() });

/** The conversation's messages as analysed, rolled up (packages/nlp); null until one was analysed. */
export const ConversationInsight = z.object({
  language: z.string().nullable(),
  /** Toward the account's brand, as of the customer's latest message. */
  sentiment: SentimentLabel.nullable(),
  sentimentTrend: z.enum(['better', 'worse', 'steady']).nullable(),
  intent: IntentCode.nullable(),
  needsReply: z.boolean().nullable(),
  urgencyScore: z.number().nullable(),
});
export type ConversationInsight = z.infer<typeof ConversationInsight>;

export const ConversationSummary = z.object({
  id: Uuid,
  contact: z.object({ id: Uuid, name: z.string() }),
  connection: z.object({ id: Uuid, kind: ChannelKind, name: z.string() }),
  visibility: Visibility,
  status: ConversationStatus,
  urgency: Urgency,
  assigneeId: Uuid.nullable(),
  teamId: Uuid.nullable(),
  labelIds: z.array(Uuid),
  categoryId: Uuid.nullable(),
  /** The oldest customer message not yet answered; null when nothing waits. */
  waitingSince: z.string().nullable(),
  lastMessageAt: z.string(),
  lastMessagePreview: z.string(),
  snoozedUntil: z.string().nullable(),
  createdAt: z.string(),
  insight: ConversationInsight.nullable(),
});
export type ConversationSummary = z.infer<typeof ConversationSummary>;

export const QueueQuery = z.strictObject({
  tab: QueueTab.default('open'),
  channel: ChannelKind.optional(),
  connectionId: Uuid.optional(),
  teamId: Uuid.optional(),
  assigneeId: Uuid.optional(),
  labelId: Uuid.optional(),
  urgency: Urgency.optional(),
  visibility: Visibility.optional(),
  /** The customer's language as detected (nl, en, de, fr, …). */
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .optional(),
  sentiment: SentimentLabel.optional(),
  intent: IntentCode.optional(),
  needsReply: z.stringbool().optional(),
  /** Conversations started in this period. */
  since: z.iso.datetime({ offset: true }).optional(),
  until: z.iso.datetime({ offset: true }).optional(),
  /** Opaque keyset cursor from the previous page's `nextCursor`. */
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type QueueQuery = z.infer<typeof QueueQuery>;
export const QueuePage = z.object({ items: z.array(ConversationSummary), nextCursor: z.string().nullable() });
/** Exact up to 10,000; `capped` says the real number is higher ("10,000+"). */
export const TabCount = z.object({ count: z.number().int(), capped: z.boolean() });
export const TabCounts = z.object({
  mine: TabCount,
  unassigned: TabCount,
  open: TabCount,
  pending: TabCount,
  snoozed: TabCount,
  resolved: TabCount,
});

/** A count on a post: a whole number, bounded above every platform's real audience (10 billion). */
const ReachCount = z.number().int().min(0).max(10_000_000_000).optional();
/**
 * The audience of a public post as its platform counts it. Urgency weighs it only for public
 * posts with a negative view of the brand; it never lowers what the text alone gives.
 */
export const ReachFigures = z.strictObject({
  followers: ReachCount,
  likes: ReachCount,
  replies: ReachCount,
  reshares: ReachCount,
});
export type ReachFigures = z.infer<typeof ReachFigures>;

export const Attachment = z.object({ id: Uuid, filename: z.string(), contentType: z.string(), size: z.number().int() });
export type Attachment = z.infer<typeof Attachment>;
export const AttachmentUploadQuery = z.strictObject({ filename: z.string().trim().min(1).max(200) });

export const Message = z.object({
  id: Uuid,
  conversationId: Uuid,
  direction: MessageDirection,
  visibility: Visibility,
  authorType: AuthorType,
  authorId: Uuid.nullable(),
  authorName: z.string().nullable(),
  body: z.string(),
  deliveryStatus: DeliveryStatus,
  failureReason: z.string().nullable(),
  attachments: z.array(Attachment),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
  deletedAt: z.string().nullable(),
  /** A public post's audience as its channel last reported it (null when it gave none). */
  reach: ReachFigures.nullable(),
  /** A customer message's analysis; agents' one-click corrections are applied and listed in `corrected`. */
  analysis: MessageAnalysis.extend({
    corrected: z.object({ sentiment: SentimentLabel.optional(), intent: IntentCode.optional() }).optional(),
  }).nullable(),
});
export type Message = z.infer<typeof Message>;

export const HistoryItem = z.object({
  id: Uuid,
  channel: ChannelKind,
  status: ConversationStatus,
  categoryId: Uuid.nullable(),
  lastMessagePreview: z.string(),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
  /** Toward the brand at the end of that conversation, when known. */
  sentiment: SentimentLabel.nullable(),
  intent: IntentCode.nullable(),
});
export const ConversationDetail = z.object({
  conversation: ConversationSummary.extend({
    handoverNote: z.string().nullable(),
    /** Set when this conversation was merged into another: open that one instead. */
    mergedInto: Uuid.nullable(),
  }),
  /** Newest last; `olderCursor` pages back. */
  messages: z.array(Message),
  olderCursor: z.string().nullable(),
  contact: Contact,
  /** The contact's earlier conversations on every channel, newest first. */
  history: z.array(HistoryItem),
});
export const MessagesQuery = z.strictObject({
  before: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export const MessagePage = z.object({ items: z.array(Message), olderCursor: z.string().nullable() });

export const ReplyRequest = z.strictObject({
  body: Text,
  /** The newest message the agent had seen; a reply by someone else after it is a collision. */
  seenMessageId: Uuid.optional(),
  /** Send even though a colleague replied in the meantime. */
  force: z.boolean().default(false),
  /** Files uploaded to this conversation beforehand (POST …/attachments). */
  attachmentIds: z.array(Uuid).max(10).default([]),
});
export const NoteRequest = z.strictObject({ body: Text });
export const AssignRequest = z.strictObject({
  assigneeId: Uuid.nullable().optional(),
  teamId: Uuid.nullable().optional(),
  handoverNote: z.string().trim().max(2000).optional(),
});
export const UrgencyRequest = z.strictObject({ urgency: Urgency });
export const LabelsRequest = z.strictObject({ labelIds: z.array(Uuid).max(50) });
export const SnoozeRequest = z.strictObject({ until: z.iso.datetime({ offset: true }) });
export const ResolveRequest = z.strictObject({ categoryId: Uuid });
export const ContactNoteRequest = z.strictObject({ body: Text });

/** Messages from a channel (or the demo generator, or a test) entering the inbox. */
export const InboundMessageInput = z.strictObject({
  connectionId: Uuid,
  externalId: z.string().min(1).max(200),
  /** Groups messages into one conversation on the platform (a post, a DM thread, an e-mail thread). */
  threadKey: z.string().min(1).max(200),
  visibility: Visibility,
  body: z.string().max(20_000),
  sender: z.strictObject({
    externalId: z.string().min(1).max(200),
    handle: z.string().max(200).optional(),
    displayName: z.string().max(200).optional(),
    /** Known to the channel (API channel, identified widget visitors): set on a new contact. */
    email: z.email().max(200).optional(),
  }),
  sentAt: z.iso.datetime({ offset: true }).optional(),
  /** The post's audience when it arrived (public posts). */
  reach: ReachFigures.optional(),
});
export type InboundMessageInput = z.infer<typeof InboundMessageInput>;

/** Text with the matched words marked, as parts: rendered as text, never as HTML. */
export const Snippet = z.array(z.object({ text: z.string(), hit: z.boolean() }));
export const SearchQuery = z.strictObject({
  q: z.string().trim().min(1).max(200),
  channel: ChannelKind.optional(),
  status: ConversationStatus.optional(),
  visibility: Visibility.optional(),
  since: z.iso.datetime({ offset: true }).optional(),
  until: z.iso.datetime({ offset: true }).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type SearchQuery = z.infer<typeof SearchQuery>;
export const MessageHit = z.object({
  messageId: z.uuid(),
  conversationId: z.uuid(),
  contactId: z.uuid(),
  contactName: z.string(),
  channel: ChannelKind,
  direction: MessageDirection,
  createdAt: z.string(),
  snippet: Snippet,
});
export const ContactHit = z.object({
  id: z.uuid(),
  name: z.string(),
  handle: z.string().nullable(),
  score: z.number(),
  /** The contact's most recent conversation, to open from a search result. */
  latestConversationId: z.uuid().nullable(),
});
export const NoteHit = z.object({
  id: z.uuid(),
  contactId: z.uuid(),
  contactName: z.string(),
  createdAt: z.string(),
  snippet: Snippet,
});
export const SearchResults = z.object({
  messages: z.array(MessageHit),
  nextCursor: z.string().nullable(),
  contacts: z.array(ContactHit),
  notes: z.array(NoteHit),
});

/** `details` of a 409 reply_conflict: the colleagues' replies the agent had not seen. */
export const ReplyConflictDetails = z.object({ replies: z.array(Message) });

/** A contact's conversations on every channel, newest first. */
export const ContactConversations = z.object({ items: z.array(HistoryItem) });

export const MergeConversationRequest = z.strictObject({ sourceConversationId: Uuid });
export const Mention = z.object({
  id: Uuid,
  conversationId: Uuid,
  messageId: Uuid,
  authorName: z.string().nullable(),
  body: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Mention = z.infer<typeof Mention>;
export const MentionList = z.object({ items: z.array(Mention) });
export const MentionsQuery = z.strictObject({ unread: z.enum(['true', 'false']).optional() });

export const MessageRevisionList = z.object({
  items: z.array(z.object({ kind: z.enum(['edited', 'deleted']), previousBody: z.string(), changedAt: z.string() })),
});
