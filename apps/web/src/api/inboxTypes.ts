/** The inbox's data types, read off the zod schemas in @balie/contracts (see types.ts). */
import type {
  Attachment as AttachmentSchema,
  AttributeDefinition as AttributeDefinitionSchema,
  Category as CategorySchema,
  ChannelConnection as ChannelConnectionSchema,
  ChannelKind as ChannelKindSchema,
  ContactNote as ContactNoteSchema,
  ConversationDetail as ConversationDetailSchema,
  ConversationStatus as ConversationStatusSchema,
  HistoryItem as HistoryItemSchema,
  ContactMerge as ContactMergeSchema,
  ContactHit as ContactHitSchema,
  Label as LabelSchema,
  Mention as MentionSchema,
  MessageHit as MessageHitSchema,
  NoteHit as NoteHitSchema,
  MessagePage as MessagePageSchema,
  QueuePage as QueuePageSchema,
  QueueTab as QueueTabSchema,
  SearchResults as SearchResultsSchema,
  SentimentLabel,
  Snippet as SnippetSchema,
  TabCount as TabCountSchema,
  TabCounts as TabCountsSchema,
  Team as TeamSchema,
  Urgency as UrgencySchema,
  Visibility as VisibilitySchema,
} from '@balie/contracts';

type Out<S> = S extends { _zod: { output: infer O } } ? O : never;

export type { Contact, ConversationSummary, Message, SentimentLabel } from '@balie/contracts';
export type Attachment = Out<typeof AttachmentSchema>;
export type AttributeDefinition = Out<typeof AttributeDefinitionSchema>;
export type Category = Out<typeof CategorySchema>;
export type ChannelConnection = Out<typeof ChannelConnectionSchema>;
export type ChannelKind = Out<typeof ChannelKindSchema>;
export type ContactNote = Out<typeof ContactNoteSchema>;
export type ConversationDetail = Out<typeof ConversationDetailSchema>;
export type ConversationStatus = Out<typeof ConversationStatusSchema>;
export type HistoryItem = Out<typeof HistoryItemSchema>;
export type ContactHit = Out<typeof ContactHitSchema>;
export type ContactMerge = Out<typeof ContactMergeSchema>;
export type Label = Out<typeof LabelSchema>;
export type Mention = Out<typeof MentionSchema>;
export type MessageHit = Out<typeof MessageHitSchema>;
export type NoteHit = Out<typeof NoteHitSchema>;
export type SearchResults = Out<typeof SearchResultsSchema>;
export type Snippet = Out<typeof SnippetSchema>;
export type MessagePage = Out<typeof MessagePageSchema>;
export type QueuePage = Out<typeof QueuePageSchema>;
export type QueueTab = Out<typeof QueueTabSchema>;
export type TabCount = Out<typeof TabCountSchema>;
export type TabCounts = Out<typeof TabCountsSchema>;
export type Team = Out<typeof TeamSchema>;
export type Urgency = Out<typeof UrgencySchema>;
export type Visibility = Out<typeof VisibilitySchema>;

/** When the conversations in the queue started: today, the last 7 or 30 days (counting today). */
export const queuePeriods = ['today', '7d', '30d'] as const;
export type QueuePeriod = (typeof queuePeriods)[number];

/** The filter row of the queue; an empty string means "any". */
export interface QueueFilters {
  channel: ChannelKind | '';
  urgency: Urgency | '';
  labelId: string;
  teamId: string;
  visibility: Visibility | '';
  period: QueuePeriod | '';
  /** As the analysis detected it: a language code, a sentiment toward the brand, an intent code. */
  language: string;
  sentiment: SentimentLabel | '';
  intent: string;
  needsReply: 'true' | 'false' | '';
}

export const noFilters: QueueFilters = {
  channel: '',
  urgency: '',
  labelId: '',
  teamId: '',
  visibility: '',
  period: '',
  language: '',
  sentiment: '',
  intent: '',
  needsReply: '',
};

/** The search page's filters; empty strings mean "any", dates are yyyy-mm-dd in the agent's time zone. */
export interface SearchFilters {
  channel: ChannelKind | '';
  status: ConversationStatus | '';
  visibility: Visibility | '';
  since: string;
  until: string;
}

export const noSearchFilters: SearchFilters = { channel: '', status: '', visibility: '', since: '', until: '' };
