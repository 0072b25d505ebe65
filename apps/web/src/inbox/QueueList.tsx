import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationSummary } from '../api/inboxTypes';
import { useNow } from '../lib/useNow';
import { QueueRow } from './QueueRow';
import { useLookups } from './useLookups';

interface Props {
  items: readonly ConversationSummary[];
  selectedId: string | null;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
}

const ROW_ESTIMATE_PX = 104;
/** Fetch the next page when the rendered rows come this close to the end of what is loaded. */
const PREFETCH_ROWS = 10;

/** The queue in the server's order; only the rows in view are rendered, more load on scrolling. */
export function QueueList({ items, selectedId, hasMore, loadingMore, onLoadMore }: Props) {
  const { t } = useTranslation();
  const lookups = useLookups();
  const now = useNow();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length + (hasMore ? 1 : 0),
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE_PX,
    overscan: 6,
    getItemKey: (index) => items[index]?.id ?? 'more',
  });
  const rows = virtualizer.getVirtualItems();
  const lastIndex = rows.at(-1)?.index ?? 0;

  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= items.length - PREFETCH_ROWS) onLoadMore();
  }, [hasMore, loadingMore, lastIndex, items.length, onLoadMore]);

  // Keep the selected conversation in view when j/k (or a link) moves the selection.
  const selectedIndex = selectedId ? items.findIndex((c) => c.id === selectedId) : -1;
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  return (
    <div ref={scroller} className="queue-scroll" data-testid="queue-list">
      <div role="list" aria-label={t('inbox.queue.label')} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {rows.map((row) => {
          const conversation = items[row.index];
          return (
            <div
              key={row.key}
              ref={virtualizer.measureElement}
              data-index={row.index}
              role="listitem"
              className="queue-item"
              style={{ transform: `translateY(${row.start}px)` }}
            >
              {conversation ? (
                <QueueRow conversation={conversation} selected={conversation.id === selectedId} lookups={lookups} now={now} />
              ) : (
                <p className="muted queue-note">{loadingMore ? t('common.loadingMore') : ''}</p>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
