import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ConversationSummary, QueuePage } from '../api/inboxTypes';
import { ErrorMessage } from '../components/ErrorMessage';
import { QueueFilterRow } from './QueueFilterRow';
import { QueueList } from './QueueList';
import { QueueTabs } from './QueueTabs';
import type { InboxView } from './useInboxView';

interface Props {
  view: InboxView;
  onViewChange: (view: InboxView) => void;
  queue: UseInfiniteQueryResult<InfiniteData<QueuePage>>;
  selectedId: string | null;
}

/** The left column: which queue (tabs with counts), narrowed by the filters, and its conversations. */
export function QueuePane({ view, onViewChange, queue, selectedId }: Props) {
  const { t } = useTranslation();
  const items = queue.data?.pages.flatMap((p) => p.items);
  const filtered = Object.values(view.filters).some(Boolean);
  return (
    <section className="inbox-queue" aria-label={t('inbox.queue.label')}>
      <QueueTabs tab={view.tab} filters={view.filters} onChange={(tab) => onViewChange({ ...view, tab })} />
      <QueueFilterRow
        filters={view.filters}
        onChange={(filters) => onViewChange({ ...view, filters })}
        languages={languagesIn(items)}
      />
      <ErrorMessage error={queue.error} />
      {queue.isPending && <p className="muted queue-note">{t('common.loading')}</p>}
      {items && items.length === 0 && (
        <p className="empty queue-note" data-testid="queue-empty">
          {t(filtered ? 'inbox.queue.emptyFiltered' : 'inbox.queue.empty')}
        </p>
      )}
      {items && items.length > 0 && (
        <QueueList
          items={items}
          selectedId={selectedId}
          hasMore={queue.hasNextPage}
          loadingMore={queue.isFetchingNextPage}
          onLoadMore={() => void queue.fetchNextPage()}
        />
      )}
    </section>
  );
}

/** The customers' languages in the loaded queue (known ones only), for the language filter. */
function languagesIn(items: readonly ConversationSummary[] | undefined): string[] {
  const codes = new Set<string>();
  for (const c of items ?? []) if (c.insight?.language && c.insight.language !== 'und') codes.add(c.insight.language);
  return [...codes].sort();
}
