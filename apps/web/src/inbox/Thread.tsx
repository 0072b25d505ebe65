import { useMutation } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { ConversationDetail, Message, MessagePage } from '../api/inboxTypes';
import { ErrorMessage } from '../components/ErrorMessage';
import { MessageItem } from './MessageItem';

/** Within this many pixels of the bottom, a new message scrolls into view by itself. */
const STICKY_BOTTOM_PX = 80;

/**
 * The messages, oldest first. The conversation brings its newest page; older pages are fetched on
 * request and kept here, in front of it. The view stays at the bottom while the agent is there.
 */
export function Thread({ detail }: { detail: ConversationDetail }) {
  const { t } = useTranslation();
  const id = detail.conversation.id;
  const [older, setOlder] = useState<{ items: Message[]; cursor: string | null } | null>(null);
  const cursor = older ? older.cursor : detail.olderCursor;
  const loadOlder = useMutation({
    mutationFn: (before: string) => api.get<MessagePage>(`/api/conversations/${encodeURIComponent(id)}/messages`, { before }),
    onSuccess: (page) => setOlder((prev) => ({ items: [...page.items, ...(prev?.items ?? [])], cursor: page.olderCursor })),
  });

  const messages = useMemo(() => {
    // A message can be in both when many arrived since the older page was fetched; show it once.
    const byId = new Map<string, Message>();
    for (const m of [...(older?.items ?? []), ...detail.messages]) byId.set(m.id, m);
    return [...byId.values()];
  }, [older, detail.messages]);

  const scroller = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const heightBeforeOlder = useRef<number | null>(null);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    if (heightBeforeOlder.current !== null) {
      // Older messages went in above: keep the message the agent was reading where it was.
      el.scrollTop += el.scrollHeight - heightBeforeOlder.current;
      heightBeforeOlder.current = null;
    } else if (atBottom.current) {
      el.scrollTop = el.scrollHeight;
    }
  }, [messages]);
  // Images load after the layout above: while the agent is at the bottom, stay there as they grow.
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const el = scroller.current;
    if (!el || !list.current || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (atBottom.current && heightBeforeOlder.current === null) el.scrollTop = el.scrollHeight;
    });
    observer.observe(list.current);
    return () => observer.disconnect();
  }, []);

  return (
    <div
      ref={scroller}
      className="thread"
      data-testid="thread"
      onScroll={(e) => {
        const el = e.currentTarget;
        atBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < STICKY_BOTTOM_PX;
      }}
    >
      {cursor ? (
        <button
          type="button"
          className="load-older"
          disabled={loadOlder.isPending}
          onClick={() => {
            heightBeforeOlder.current = scroller.current?.scrollHeight ?? null;
            loadOlder.mutate(cursor);
          }}
          data-testid="load-older"
        >
          {loadOlder.isPending ? t('common.loadingMore') : t('inbox.thread.loadOlder')}
        </button>
      ) : (
        <p className="muted thread-start">{t('inbox.thread.start')}</p>
      )}
      <ErrorMessage error={loadOlder.error} />
      <ol ref={list} className="messages" role="log" aria-label={t('inbox.thread.label')}>
        {messages.map((m) => (
          <MessageItem key={m.id} message={m} contactName={detail.contact.name} />
        ))}
      </ol>
    </div>
  );
}
