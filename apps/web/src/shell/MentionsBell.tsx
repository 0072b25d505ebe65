import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMarkMentionRead, useUnreadMentions } from '../api/mentions';
import { ErrorMessage } from '../components/ErrorMessage';
import { Icon } from '../components/Icon';
import { Time } from '../components/Time';
import { formatCount } from '../lib/formatCount';
import { useHashRoute } from './useHashRoute';
import { useMentionAnnouncement } from './useMentionAnnouncement';
import './mentions.css';

/**
 * The bell in the header: how many notes mention me that I have not opened, and a list of them;
 * choosing one opens its conversation and marks it read. A new one is announced as it arrives.
 */
export function MentionsBell() {
  const { t, i18n } = useTranslation();
  const [, navigate] = useHashRoute();
  const mentions = useUnreadMentions();
  const markRead = useMarkMentionRead();
  const announcement = useMentionAnnouncement(mentions.data);
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const items = mentions.data ?? [];
  const count = items.length;

  // Close when the agent clicks or tabs elsewhere.
  useEffect(() => {
    if (!open) return;
    const away = (e: Event) => {
      if (e.target instanceof Node && !root.current?.contains(e.target)) setOpen(false);
    };
    document.addEventListener('mousedown', away);
    document.addEventListener('focusin', away);
    return () => {
      document.removeEventListener('mousedown', away);
      document.removeEventListener('focusin', away);
    };
  }, [open]);

  return (
    <div
      ref={root}
      className="mentions"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className="button-quiet mentions-bell"
        aria-expanded={open}
        aria-controls={listId}
        aria-label={count > 0 ? t('mentions.labelCount', { count }) : t('mentions.label')}
        onClick={() => setOpen(!open)}
        data-testid="mentions"
        data-count={count}
      >
        <Icon name="bell" />
        {count > 0 && (
          <span className="mentions-count" data-testid="mentions-count">
            {formatCount({ count, capped: count >= 100 }, i18n.language)}
          </span>
        )}
      </button>
      <div id={listId} className="mentions-panel" hidden={!open} data-testid="mentions-panel">
        <h2 className="mentions-title">{t('mentions.title')}</h2>
        <ErrorMessage error={mentions.error ?? markRead.error} />
        {count === 0 ? (
          <p className="muted">{t('mentions.empty')}</p>
        ) : (
          <ul className="plain-list mentions-list">
            {items.map((m) => (
              <li key={m.id}>
                <button
                  type="button"
                  className="mention-item"
                  onClick={() => {
                    markRead.mutate(m.id);
                    setOpen(false);
                    navigate(`inbox/${encodeURIComponent(m.conversationId)}`);
                  }}
                  data-testid="mention-item"
                  data-conversation-id={m.conversationId}
                >
                  <span className="mention-item-top">
                    <span className="msg-author">{m.authorName ?? t('mentions.someone')}</span>
                    <Time iso={m.createdAt} />
                  </span>
                  <span className="mention-item-body break">{m.body}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="mention-toast" role="status" aria-live="polite" data-testid="mention-toast">
        {announcement}
      </div>
    </div>
  );
}
