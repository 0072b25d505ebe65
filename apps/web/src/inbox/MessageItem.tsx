import { useMutation, useQueryClient } from '@tanstack/react-query';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { keys } from '../api/keys';
import type { Message } from '../api/inboxTypes';
import { AnalysisLine } from '../analysis/AnalysisLine';
import { MessageText } from '../analysis/MessageText';
import { Time } from '../components/Time';
import { MessageAttachments } from './MessageAttachments';

/** One message as text: the customer's on the left, ours on the right, internal notes set apart. */
export const MessageItem = memo(function MessageItem({ message: m, contactName }: { message: Message; contactName: string }) {
  const { t } = useTranslation();
  const author =
    m.direction === 'inbound'
      ? (m.authorName ?? contactName)
      : (m.authorName ?? (m.authorType === 'agent' ? t('inbox.thread.agent') : t(`inbox.thread.${m.authorType}`)));
  return (
    <li
      className={`msg msg-${m.direction}`}
      data-testid="message"
      data-direction={m.direction}
      data-message-id={m.id}
      data-visibility={m.visibility}
    >
      <div className="msg-meta">
        {m.direction === 'note' && <span className="msg-internal">{t('inbox.thread.internal')}</span>}
        <span className="msg-author">{author}</span>
        <Time iso={m.createdAt} />
        {m.editedAt && !m.deletedAt && <span className="muted">({t('inbox.thread.edited')})</span>}
      </div>
      <p className="msg-body">
        {m.deletedAt ? (
          <em className="muted">{t('inbox.thread.deleted')}</em>
        ) : m.direction === 'inbound' && m.analysis ? (
          <MessageText body={m.body} analysis={m.analysis} />
        ) : (
          m.body
        )}
      </p>
      {!m.deletedAt && m.attachments.length > 0 && <MessageAttachments attachments={m.attachments} />}
      {!m.deletedAt && m.direction === 'inbound' && m.analysis && <AnalysisLine message={{ ...m, analysis: m.analysis }} />}
      {m.direction === 'outbound' && (
        <div className="msg-status" data-testid="delivery-status" data-status={m.deliveryStatus}>
          {t(`inbox.delivery.${m.deliveryStatus}`)}
          {m.deliveryStatus === 'failed' && m.failureReason && <span className="break">: {m.failureReason}</span>}
          {m.deliveryStatus === 'failed' && <RetrySend messageId={m.id} conversationId={m.conversationId} />}
        </div>
      )}
    </li>
  );
});

/** A reply the channel refused for good: the agent can send it again (after fixing the cause). */
function RetrySend({ messageId, conversationId }: { messageId: string; conversationId: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const retry = useMutation({
    mutationFn: () => api.post(`/api/messages/${encodeURIComponent(messageId)}/retry-send`),
    onSettled: () => qc.invalidateQueries({ queryKey: keys.conversation(conversationId) }),
  });
  return (
    <button type="button" className="link" data-testid="retry-send" disabled={retry.isPending} onClick={() => retry.mutate()}>
      {retry.isPending ? t('inbox.delivery.retrying') : t('inbox.delivery.retry')}
    </button>
  );
}
