/**
 * What a domain event changes in the client cache: it joins the activity list, and the lists it
 * concerns are patched at once where the event says enough, and refetched in any case.
 */
import { eventPayloads, type EventType } from '@balie/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { mergeEvents } from '../activity/mergeEvents';
import { keys } from '../api/keys';
import type { ConversationDetail } from '../api/inboxTypes';
import type { DomainEvent, Language, Session } from '../api/types';
import { invalidateSoon } from './batchInvalidate';

export function applyEvent(qc: QueryClient, event: DomainEvent, session: Session): void {
  qc.setQueryData<DomainEvent[]>(keys.events(session.account.id), (old) => mergeEvents(old ?? [], [event]));
  // Every change is audited, so any event can add a line to the audit log.
  invalidateSoon(qc, keys.audit);

  const type = event.type as EventType;
  switch (type) {
    case 'account.updated': {
      const parsed = eventPayloads['account.updated'].safeParse(event.payload);
      if (parsed.success) {
        const { name, defaultLanguage } = parsed.data;
        qc.setQueryData<Session | null>(keys.session, (old) =>
          old
            ? {
                ...old,
                account: { ...old.account, name, defaultLanguage: asLanguage(defaultLanguage, old) },
                accounts: old.accounts.map((a) => (a.id === old.account.id ? { ...a, name } : a)),
              }
            : old,
        );
      }
      void qc.invalidateQueries({ queryKey: keys.account });
      return;
    }
    case 'member.added':
    case 'member.updated':
    case 'member.removed': {
      void qc.invalidateQueries({ queryKey: keys.members });
      // A change to one's own membership (role, removal) changes what the shell may show.
      const parsed = eventPayloads['member.removed'].safeParse(event.payload);
      if (parsed.success && parsed.data.userId === session.user.id) void qc.invalidateQueries({ queryKey: keys.session });
      return;
    }
    case 'api_token.created':
    case 'api_token.revoked':
      void qc.invalidateQueries({ queryKey: keys.tokens });
      return;
    case 'job.failed':
    case 'job.retried':
      void qc.invalidateQueries({ queryKey: keys.failedJobs });
      return;
    case 'conversation.created':
    case 'conversation.updated':
    case 'message.created': {
      invalidateSoon(qc, keys.queues);
      invalidateSoon(qc, keys.contactConversationLists);
      const parsed = eventPayloads['conversation.created'].safeParse(event.payload);
      if (parsed.success) invalidateSoon(qc, keys.conversation(parsed.data.conversationId));
      return;
    }
    case 'message.delivery': {
      // A reply was sent, delivered or failed: the thread shows its new state.
      const parsed = eventPayloads['message.delivery'].safeParse(event.payload);
      if (parsed.success) invalidateSoon(qc, keys.conversation(parsed.data.conversationId));
      return;
    }
    case 'mention.created': {
      // Sent to the whole account; only the person mentioned has a new one.
      const parsed = eventPayloads['mention.created'].safeParse(event.payload);
      if (parsed.success && parsed.data.userId === session.user.id) void qc.invalidateQueries({ queryKey: keys.mentions });
      return;
    }
    case 'contact.updated': {
      const parsed = eventPayloads['contact.updated'].safeParse(event.payload);
      if (parsed.success) invalidateContact(qc, parsed.data.contactId);
      return;
    }
    default:
      return;
  }
}

/** The contact shows inside each conversation of theirs that is cached; the queue shows their name. */
function invalidateContact(qc: QueryClient, contactId: string): void {
  invalidateSoon(qc, keys.contact(contactId));
  for (const query of qc.getQueryCache().findAll({ queryKey: keys.conversations })) {
    const detail = query.state.data as ConversationDetail | undefined;
    if (detail?.contact.id === contactId) invalidateSoon(qc, query.queryKey);
  }
  invalidateSoon(qc, keys.queues);
}

function asLanguage(value: string, session: Session): Language {
  return value === 'nl' || value === 'en' ? value : session.account.defaultLanguage;
}
