/**
 * A contact shows in several cached places: its own entry (the contact page) and every cached
 * conversation of theirs. A change to the contact is written into all of them at once.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { Contact, ConversationDetail } from './inboxTypes';
import { keys } from './keys';

export function patchContact(qc: QueryClient, contactId: string, patch: (contact: Contact) => Contact): void {
  qc.setQueryData<Contact>(keys.contact(contactId), (old) => (old ? patch(old) : old));
  for (const query of qc.getQueryCache().findAll({ queryKey: keys.conversations })) {
    const detail = query.state.data as ConversationDetail | undefined;
    if (detail?.contact.id === contactId)
      qc.setQueryData<ConversationDetail>(query.queryKey, { ...detail, contact: patch(detail.contact) });
  }
}

/** Refetches everything that shows this contact (the queue shows their name). */
export function refreshContact(qc: QueryClient, contactId: string): void {
  void qc.invalidateQueries({ queryKey: keys.contact(contactId) });
  for (const query of qc.getQueryCache().findAll({ queryKey: keys.conversations })) {
    const detail = query.state.data as ConversationDetail | undefined;
    if (detail?.contact.id === contactId) void qc.invalidateQueries({ queryKey: query.queryKey });
  }
  void qc.invalidateQueries({ queryKey: keys.queues });
}
