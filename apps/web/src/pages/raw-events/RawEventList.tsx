import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadMore } from '../../components/LoadMore';
import { SelectField } from '../../components/SelectField';
import { Time } from '../../components/Time';
import { formatTime } from '../../lib/formatTime';
import { hrefFor } from '../../shell/useHashRoute';
import { rawEventStatuses, useRawEvents, type RawEventStatus } from './api';
import { KindBadge, StatusBadge } from './StatusBadge';

interface Props {
  status: RawEventStatus | '';
  onStatus: (status: RawEventStatus | '') => void;
}

/** The received requests, newest first, filtered by status, a page at a time. */
export function RawEventList({ status, onStatus }: Props) {
  const { t, i18n } = useTranslation();
  const events = useRawEvents(status);
  const items = events.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <div className="filters">
        <SelectField<RawEventStatus | ''>
          label={t('rawEvents.status')}
          value={status}
          options={[
            { value: '', label: t('rawEvents.allStatuses') },
            ...rawEventStatuses.map((s) => ({ value: s, label: t(`rawEvents.statuses.${s}`) })),
          ]}
          onChange={onStatus}
          testId="raw-events-status"
        />
        <div className="filter-buttons">
          <button
            type="button"
            onClick={() => void events.refetch()}
            disabled={events.isFetching}
            data-testid="raw-events-refresh"
          >
            {t('rawEvents.refresh')}
          </button>
        </div>
      </div>
      <ErrorMessage error={events.error} />
      {events.isPending && <p className="muted">{t('common.loading')}</p>}
      {events.isSuccess && items.length === 0 && (
        <p className="empty">{status ? t('rawEvents.emptyFiltered') : t('rawEvents.empty')}</p>
      )}
      {items.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('rawEvents.time')}</th>
                <th scope="col">{t('rawEvents.connection')}</th>
                <th scope="col">{t('rawEvents.providerId')}</th>
                <th scope="col">{t('rawEvents.status')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((e) => (
                <tr key={e.id} data-testid="raw-event-row" data-raw-event-id={e.id}>
                  <td>
                    <Time iso={e.receivedAt} />
                  </td>
                  <td className="break">
                    <KindBadge kind={e.kind} /> {e.connectionName}
                  </td>
                  <td className="mono break">{e.providerEventId}</td>
                  <td className="changes">
                    <StatusBadge status={e.status} /> {e.detail && <code>{e.detail}</code>}
                  </td>
                  <td>
                    <a
                      href={hrefFor(`raw-events/${encodeURIComponent(e.id)}`)}
                      aria-label={t('rawEvents.openLabel', {
                        id: e.providerEventId,
                        time: formatTime(e.receivedAt, i18n.language),
                      })}
                      data-testid="raw-event-open"
                    >
                      {t('rawEvents.open')}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {events.isSuccess && items.length > 0 && (
        <LoadMore hasMore={events.hasNextPage} loading={events.isFetchingNextPage} onLoad={() => void events.fetchNextPage()} />
      )}
    </>
  );
}
