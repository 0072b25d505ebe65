/** Query keys of the client cache, in one place so realtime updates hit the same entries. */
import type { QueueFilters, QueueTab, SearchFilters } from './inboxTypes';

export interface AuditFilters {
  action: string;
  targetType: string;
}

export const keys = {
  setup: ['setup'] as const,
  session: ['session'] as const,
  account: ['account'] as const,
  members: ['members'] as const,
  tokens: ['tokens'] as const,
  audit: ['audit'] as const,
  auditFiltered: (filters: AuditFilters) => ['audit', filters] as const,
  failedJobs: ['jobs', 'failed'] as const,
  events: (accountId: string) => ['events', accountId] as const,
  /** Every queue page and tab count: what a conversation event makes stale. */
  queues: ['queue'] as const,
  queue: (tab: QueueTab, filters: QueueFilters) => ['queue', 'list', tab, filters] as const,
  tabCounts: (filters: QueueFilters) => ['queue', 'counts', filters] as const,
  conversations: ['conversation'] as const,
  conversation: (id: string) => ['conversation', id] as const,
  labels: ['labels'] as const,
  categories: ['categories'] as const,
  teams: ['teams'] as const,
  connections: ['connections'] as const,
  attributes: ['contact-attributes'] as const,
  contact: (id: string) => ['contact', id] as const,
  /** Every contact's list of conversations: what a conversation event may make stale. */
  contactConversationLists: ['contact-conversations'] as const,
  contactConversations: (id: string) => ['contact-conversations', id] as const,
  /** The signed-in user's unread mentions. */
  mentions: ['mentions'] as const,
  search: ['search'] as const,
  searchResults: (q: string, filters: SearchFilters) => ['search', 'results', q, filters] as const,
  contactSearch: (q: string) => ['search', 'contacts', q] as const,
};

/** Queries that survive an account switch; everything else belongs to one account. */
export const accountIndependent: ReadonlySet<unknown> = new Set(['setup', 'session']);
