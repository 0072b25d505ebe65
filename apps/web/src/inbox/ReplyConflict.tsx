import { ReplyConflictDetails } from '@balie/contracts';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import type { Message } from '../api/inboxTypes';
import { Time } from '../components/Time';

/** What the warning shows of a colleague's reply. */
export type ConflictReply = Pick<Message, 'id' | 'authorName' | 'body' | 'createdAt'>;

/** The colleagues' replies a `reply_conflict` error carries (its `details`), or null for any other outcome. */
export function conflictReplies(error: unknown): Message[] | null {
  if (!(error instanceof ApiError) || error.code !== 'reply_conflict') return null;
  const parsed = ReplyConflictDetails.safeParse(error.details);
  return parsed.success ? parsed.data.replies : [];
}

interface Props {
  replies: readonly ConflictReply[];
  sending: boolean;
  onSendAnyway: () => void;
  onCancel: () => void;
}

/** "A colleague already answered": their replies quoted, then send anyway or go back to the draft. */
export function ReplyConflict({ replies, sending, onSendAnyway, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <div className="reply-conflict" role="alert" data-testid="reply-conflict">
      <p className="reply-conflict-title">{t('inbox.conflict.title', { count: Math.max(1, replies.length) })}</p>
      <ul className="plain-list">
        {replies.map((m) => (
          <li key={m.id} className="reply-conflict-item" data-testid="reply-conflict-item">
            <span className="msg-meta">
              <span className="msg-author">{m.authorName ?? t('inbox.thread.agent')}</span> <Time iso={m.createdAt} />
            </span>
            <blockquote className="break">{m.body}</blockquote>
          </li>
        ))}
      </ul>
      <p className="hint">{t('inbox.conflict.hint')}</p>
      <div className="reply-conflict-actions">
        <button
          type="button"
          className="button-primary"
          disabled={sending}
          onClick={onSendAnyway}
          data-testid="reply-send-anyway"
        >
          {t('inbox.conflict.sendAnyway')}
        </button>
        <button type="button" disabled={sending} onClick={onCancel} data-testid="reply-conflict-cancel">
          {t('inbox.conflict.cancel')}
        </button>
      </div>
    </div>
  );
}
