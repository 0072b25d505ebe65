import { QueueTab as QueueTabSchema } from '@balie/contracts';
import { useTranslation } from 'react-i18next';
import { useTabCounts } from '../api/inboxQueries';
import type { QueueFilters, QueueTab } from '../api/inboxTypes';
import { formatCount } from '../lib/formatCount';

interface Props {
  tab: QueueTab;
  filters: QueueFilters;
  onChange: (tab: QueueTab) => void;
}

/** One button per queue, each with its number of conversations under the current filters. */
export function QueueTabs({ tab, filters, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const counts = useTabCounts(filters).data;
  return (
    <div className="queue-tabs" role="group" aria-label={t('inbox.tabs.label')}>
      {QueueTabSchema.options.map((name) => (
        <button
          key={name}
          type="button"
          className="queue-tab"
          aria-pressed={tab === name}
          onClick={() => onChange(name)}
          data-testid={`tab-${name}`}
        >
          <span>{t(`inbox.tabs.${name}`)}</span>
          {counts && (
            <span className="queue-tab-count" data-testid={`tab-count-${name}`}>
              {formatCount(counts[name], i18n.language)}
            </span>
          )}
        </button>
      ))}
    </div>
  );
}
