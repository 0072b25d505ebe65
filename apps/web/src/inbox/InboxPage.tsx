import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueue } from '../api/inboxQueries';
import { useSession } from '../shell/SessionContext';
import { useHashRoute } from '../shell/useHashRoute';
import type { InboxRequest } from './actions';
import { ContactPanel } from './ContactPanel';
import { ConversationPane } from './ConversationPane';
import { QueuePane } from './QueuePane';
import { ShortcutHelp } from './ShortcutHelp';
import { useInboxShortcuts } from './useInboxShortcuts';
import { useInboxView } from './useInboxView';
import type { RequestChannel } from './useRequest';
import './conversation.css';
import './inbox.css';
import './attachments.css';

/**
 * The inbox: the queue, the open conversation and the customer, side by side on a wide screen and
 * one at a time on a narrow one. The open conversation lives in the URL (#/inbox/<id>).
 */
export function InboxPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [, navigate, params] = useHashRoute();
  const selectedId = params[0] ?? null;
  const [view, setView] = useInboxView();
  const queue = useQueue(view.tab, view.filters);
  const [helpOpen, setHelpOpen] = useState(false);
  const [request, setRequest] = useState<InboxRequest | null>(null);
  // On a narrow screen the customer panel replaces the conversation until "back".
  const [contactFor, setContactFor] = useState<string | null>(null);

  const ids = useMemo(() => queue.data?.pages.flatMap((p) => p.items.map((c) => c.id)) ?? [], [queue.data]);
  const select = useCallback(
    (id: string | null) => {
      setRequest(null);
      navigate(id ? `inbox/${encodeURIComponent(id)}` : 'inbox');
    },
    [navigate],
  );
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = queue;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  useInboxShortcuts({
    state: { ids, selectedId, helpOpen, request },
    role: session.role,
    select,
    setHelpOpen,
    setRequest,
    loadMore,
  });

  const done = useCallback((r: InboxRequest) => setRequest((current) => (current === r ? null : current)), []);
  const channel: RequestChannel = useMemo(() => ({ request, done }), [request, done]);
  const pane = selectedId === null ? 'list' : contactFor === selectedId ? 'contact' : 'conversation';

  return (
    <div className="inbox" data-pane={pane} data-testid="inbox">
      <h1 className="visually-hidden">{t('inbox.title')}</h1>
      <QueuePane view={view} onViewChange={setView} queue={queue} selectedId={selectedId} />
      <section className="inbox-conversation" aria-label={t('inbox.conversation.label')}>
        {selectedId ? (
          <ConversationPane
            key={selectedId}
            id={selectedId}
            channel={channel}
            onBack={() => select(null)}
            onShowContact={() => setContactFor(selectedId)}
          />
        ) : (
          <p className="inbox-placeholder">{t('inbox.conversation.none')}</p>
        )}
      </section>
      <aside className="inbox-contact" aria-label={t('inbox.contact.label')}>
        {selectedId && <ContactPanel key={selectedId} id={selectedId} onBack={() => setContactFor(null)} />}
      </aside>
      <ShortcutHelp open={helpOpen} role={session.role} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
