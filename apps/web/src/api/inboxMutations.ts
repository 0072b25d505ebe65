/**
 * Working a conversation: every state change is one command sent to the API. The answer (the new
 * summary, message or note) is written into the cached conversation at once; the conversation and
 * the queues are then refetched, since a change can move a conversation between tabs.
 */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { ConversationDetail, ConversationSummary, Message, Urgency } from './inboxTypes';
import { keys } from './keys';

export type ConversationCommand =
  | { kind: 'assign'; assigneeId?: string | null; teamId?: string | null; handoverNote?: string }
  | { kind: 'urgency'; urgency: Urgency }
  | { kind: 'labels'; labelIds: string[] }
  | { kind: 'snooze'; until: string }
  | { kind: 'pending' }
  | { kind: 'resolve'; categoryId: string }
  | { kind: 'reopen' };

function sendCommand(id: string, command: ConversationCommand): Promise<ConversationSummary> {
  const base = `/api/conversations/${encodeURIComponent(id)}`;
  const { kind, ...body } = command;
  return kind === 'labels' ? api.put(`${base}/labels`, body) : api.post(`${base}/${kind}`, body);
}

function patchDetail(qc: QueryClient, id: string, patch: (old: ConversationDetail) => ConversationDetail): void {
  qc.setQueryData<ConversationDetail>(keys.conversation(id), (old) => (old ? patch(old) : old));
}

function refresh(qc: QueryClient, id: string): void {
  void qc.invalidateQueries({ queryKey: keys.conversation(id) });
  void qc.invalidateQueries({ queryKey: keys.queues });
}

export function useConversationCommand(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (command: ConversationCommand) => sendCommand(id, command),
    onSuccess: (summary) => patchDetail(qc, id, (old) => ({ ...old, conversation: { ...old.conversation, ...summary } })),
    onSettled: () => refresh(qc, id),
  });
}

export type MessageKind = 'reply' | 'note';

export interface SendMessage {
  kind: MessageKind;
  body: string;
  /** Replies only: the newest message the agent had seen, and whether to send despite a colleague's reply. */
  seenMessageId?: string | undefined;
  force?: boolean;
  /** Replies only: files uploaded to this conversation beforehand. */
  attachmentIds?: readonly string[];
}

function postMessage(id: string, { kind, body, seenMessageId, force, attachmentIds }: SendMessage): Promise<Message> {
  const base = `/api/conversations/${encodeURIComponent(id)}`;
  if (kind === 'note') return api.post<Message>(`${base}/notes`, { body });
  return api.post<Message>(`${base}/reply`, {
    body,
    ...(seenMessageId ? { seenMessageId } : {}),
    ...(force ? { force } : {}),
    ...(attachmentIds?.length ? { attachmentIds } : {}),
  });
}

export function useSendMessage(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (message: SendMessage) => postMessage(id, message),
    onSuccess: (message) =>
      patchDetail(qc, id, (old) =>
        old.messages.some((m) => m.id === message.id) ? old : { ...old, messages: [...old.messages, message] },
      ),
    onSettled: () => refresh(qc, id),
  });
}

/** Merges this conversation (the source) into `targetId`, another conversation of the same customer. */
export function useMergeConversation(sourceId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (targetId: string) =>
      api.post<ConversationSummary>(`/api/conversations/${encodeURIComponent(targetId)}/merge`, {
        sourceConversationId: sourceId,
      }),
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: keys.conversations });
      void qc.invalidateQueries({ queryKey: keys.contactConversationLists });
      void qc.invalidateQueries({ queryKey: keys.queues });
    },
  });
}

export type ConversationCommandMutation = ReturnType<typeof useConversationCommand>;
