/**
 * @module @balie/core
 * The domain: use-cases (one per function, each taking one options object with the database and
 * the acting user), domain events with their outbox, the job worker and the realtime event
 * stream. The only package that touches the database.
 */
export type { Actor, Ctx, Db } from './context';
export type { Database, EngineKind } from '@balie/db';
export { DatabaseUnavailableError, redactUrl } from '@balie/db';
export { openStorage, pingDatabase } from './open-balie';

export { emitEvent, EVENTS_CHANNEL } from './events/emit-event';
export { listEventsAfter, lastEventSeq } from './events/list-events';
export { EventStream, type Subscription } from './events/event-stream';
export { EventRelay, type EventListeners, type ListenerFilters, type RelayedEventPayload } from './events/event-relay';

export { enqueueJob, JOBS_CHANNEL } from './jobs/enqueue-job';
export { JobWorker, PermanentJobError, RetryLaterError, type JobContext, type QueueDefinition } from './jobs/job-worker';
export { backoffDelayMs } from './jobs/backoff';
export { listFailedJobs } from './jobs/list-failed-jobs';
export { retryJob } from './jobs/retry-job';

export { recordAudit, redactSecrets } from './audit/record-audit';
export { listAudit, type AuditFilter } from './audit/list-audit';

export { hashPassword, verifyPassword } from './auth/password';
export { signIn } from './auth/sign-in';
export { resolveSession, createSession, type ResolvedSession, type NewSession, SESSION_TTL_DAYS } from './auth/sessions';
export { signOut, signOutEverywhere } from './auth/sign-out';
export { switchAccount } from './auth/switch-account';
export { csrfTokenFor, safeEqual } from './auth/secret-token';
export { assertCan } from './auth/assert-can';
export { listApiTokens, createApiToken, revokeApiToken, resolveApiToken } from './auth/api-tokens';

export { isSetupNeeded, setupInstance, createAccount } from './setup/setup-instance';
export { getAccount, updateAccount, listUserAccounts } from './accounts/account';
export { listMembers, addMember, updateMemberRole, removeMember } from './members/members';
export { runCleanup, scheduleCleanup, CLEANUP_QUEUE, RETENTION } from './maintenance/cleanup';

export { recordInbound, type RecordedInbound } from './inbox/record-inbound';
export {
  importConversation,
  type ImportConversationInput,
  type ImportedConversation,
  type ImportedMessage,
} from './inbox/import-conversation';
export { createReply, addConversationNote } from './inbox/create-reply';
export { listQueue, countTabs } from './inbox/list-queue';
export { getConversation, listMessages } from './inbox/get-conversation';
export {
  assignConversation,
  setUrgency,
  setLabels,
  snoozeConversation,
  markPending,
  resolveConversation,
  reopenConversation,
} from './inbox/work-conversation';
export { getContact, addContactNote, listContactConversations } from './inbox/contacts';
export {
  listConnections,
  createConnection,
  listLabels,
  createLabel,
  listCategories,
  createCategory,
  listTeams,
  createTeam,
} from './inbox/settings';
export { wakeSnoozed } from './inbox/wake-snoozed';
export { searchInbox } from './inbox/search';
export { publishPresence, subscribePresence, PRESENCE_CHANNEL } from './events/presence';
export { listAttributeDefinitions, createAttributeDefinition, updateContact, linkIdentity } from './inbox/edit-contact';
export { mergeContacts, undoContactMerge } from './inbox/merge-contacts';
export { mergeConversations } from './inbox/merge-conversations';
export { listMyMentions, markMentionRead } from './inbox/mentions';
export { storeAttachment, readAttachment, MAX_ATTACHMENT_BYTES, ALLOWED_ATTACHMENT_TYPES } from './inbox/attachments';
export { recordPlatformChange, getMessageRevisions, type PlatformChange } from './inbox/record-platform-change';

export { INGEST_QUEUE, SEND_QUEUE, WEBHOOK_FANOUT_QUEUE, WEBHOOK_DELIVER_QUEUE } from './channels/queues';
export { loadConnection, findConnectionByTokenHash, type ChannelConnectionRow } from './channels/connections';
export {
  storeRawEvent,
  loadRawEvent,
  finishRawEvent,
  requeuePendingRawEvents,
  listRawEvents,
  getRawEvent,
  replayRawEvent,
  type StoredRawEvent,
  type RawEventForIngest,
} from './channels/raw-events';
export {
  enqueueSend,
  loadOutboundMessage,
  markDelivery,
  recordPlatformStatus,
  retrySend,
  takeSendSlot,
  readAttachmentData,
  type OutboundForSend,
} from './channels/delivery';
export { recordDeliveryAttempt, listDeliveryAttempts } from './channels/delivery-log';
export { recordReach, type ReachOutcome, type ReachReport } from './channels/record-reach';
export {
  listWebhookSubscriptions,
  createWebhookSubscription,
  updateWebhookSubscription,
  deleteWebhookSubscription,
  subscribedEventTypes,
  subscriptionsFor,
  loadSubscriptionForDelivery,
  noteDeliveryOutcome,
  type SubscriptionForDelivery,
} from './webhooks/subscriptions';
export { correctAnalysis, type Correction } from './analysis/correct-analysis';
export { getAnalysisProfile, updateAnalysisProfile, type AnalysisProfile } from './analysis/profile';
export { REANALYSIS_QUEUE, latestReanalysis, runReanalysisBatch, startReanalysis } from './analysis/reanalyze';
