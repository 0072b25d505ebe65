/** The customer record: reading one, editing it, linking identities, merging two and undoing that. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { patchContact, refreshContact } from './contactCache';
import type { AttributeDefinition, ChannelKind, Contact, ContactMerge, ContactNote, HistoryItem } from './inboxTypes';
import { keys } from './keys';

const path = (id: string) => `/api/contacts/${encodeURIComponent(id)}`;

export function useContact(id: string) {
  return useQuery({ queryKey: keys.contact(id), queryFn: () => api.get<Contact>(path(id)) });
}

/** The customer's conversations on every channel, newest first. */
export function useContactConversations(id: string, enabled = true) {
  return useQuery({
    queryKey: keys.contactConversations(id),
    queryFn: () => api.get<{ items: HistoryItem[] }>(`${path(id)}/conversations`),
    select: (data) => data.items,
    enabled,
  });
}

export function useAttributeDefinitions() {
  return useQuery({
    queryKey: keys.attributes,
    queryFn: () => api.get<{ items: AttributeDefinition[] }>('/api/contact-attributes'),
    staleTime: 5 * 60_000,
    select: (data) => data.items,
  });
}

export interface ContactChanges {
  name?: string;
  email?: string | null;
  phone?: string | null;
  attributes?: Record<string, string | null>;
}

/** Any change that answers with the whole contact: written into every cached copy, then refetched. */
function useContactChange<V>(contactId: string, send: (variables: V) => Promise<Contact>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (contact) => patchContact(qc, contactId, () => contact),
    onSettled: () => refreshContact(qc, contactId),
  });
}

export const useUpdateContact = (contactId: string) =>
  useContactChange(contactId, (changes: ContactChanges) => api.patch<Contact>(path(contactId), changes));

export const useLinkIdentity = (contactId: string) =>
  useContactChange(contactId, (identity: { channel: ChannelKind; externalId: string; handle?: string }) =>
    api.post<Contact>(`${path(contactId)}/identities`, identity),
  );

export function useAddContactNote(contactId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => api.post<ContactNote>(`${path(contactId)}/notes`, { body }),
    onSuccess: (note) =>
      patchContact(qc, contactId, (c) => (c.notes.some((n) => n.id === note.id) ? c : { ...c, notes: [...c.notes, note] })),
    onSettled: () => refreshContact(qc, contactId),
  });
}

/** Merging moves conversations between contacts: every conversation and queue may show it. */
function refreshAfterMerge(qc: ReturnType<typeof useQueryClient>) {
  void qc.invalidateQueries({ queryKey: keys.conversations });
  void qc.invalidateQueries({ queryKey: ['contact'] });
  void qc.invalidateQueries({ queryKey: keys.contactConversationLists });
  void qc.invalidateQueries({ queryKey: keys.queues });
  void qc.invalidateQueries({ queryKey: keys.search });
}

/** Merges `source` into this contact, which stays. */
export function useMergeContact(targetId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (sourceContactId: string) =>
      api.post<{ merge: ContactMerge; contact: Contact }>(`${path(targetId)}/merge`, { sourceContactId }),
    onSettled: () => refreshAfterMerge(qc),
  });
}

export function useUndoMerge() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (mergeId: string) => api.post<Contact>(`/api/contact-merges/${encodeURIComponent(mergeId)}/undo`),
    onSettled: () => refreshAfterMerge(qc),
  });
}
