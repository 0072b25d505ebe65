import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { LoadMore } from '../../../components/LoadMore';
import { Time } from '../../../components/Time';
import { isWebhookEvent, useDeliveries, webhookEvents } from './api';

/**
 * One delivery log, newest first: when, which event, which attempt, the receiver's HTTP status or
 * the error, and how long it took. `path` is the log's API (a subscription's or an API channel's).
 */
export function DeliveryLog({ path, title, id }: { path: string; title: string; id: string }) {
  const { t } = useTranslation();
  const log = useDeliveries(path);
  const items = log.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section className="delivery-log" id={id} aria-labelledby={`${id}-title`} data-testid="delivery-log">
      <div className="delivery-log-head">
        <h4 id={`${id}-title`}>{title}</h4>
        <button type="button" onClick={() => void log.refetch()} disabled={log.isFetching} data-testid="delivery-refresh">
          {log.isFetching ? t('webhooks.log.refreshing') : t('webhooks.log.refresh')}
        </button>
      </div>
      <ErrorMessage error={log.error} />
      {log.isPending && <p className="muted">{t('common.loading')}</p>}
      {log.isSuccess && items.length === 0 && <p className="empty">{t('webhooks.log.empty')}</p>}
      {items.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('webhooks.log.time')}</th>
                <th scope="col">{t('webhooks.log.event')}</th>
                <th scope="col">{t('webhooks.log.attempt')}</th>
                <th scope="col">{t('webhooks.log.result')}</th>
                <th scope="col">{t('webhooks.log.duration')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((d) => (
                <tr key={d.id} data-testid="delivery-row" data-ok={d.ok} data-status={d.responseStatus ?? ''}>
                  <td>
                    <Time iso={d.createdAt} />
                  </td>
                  <td>{isWebhookEvent(d.eventType) ? t(webhookEvents[d.eventType]) : <code>{d.eventType}</code>}</td>
                  <td>{d.attempt}</td>
                  <td className="changes">
                    <span className={d.ok ? 'delivery-ok' : 'delivery-failed'}>
                      {d.ok ? t('webhooks.log.ok') : t('webhooks.log.failed')}
                    </span>{' '}
                    {d.responseStatus !== null && <code>HTTP {d.responseStatus}</code>} {d.error && <code>{d.error}</code>}
                  </td>
                  <td>{t('webhooks.log.ms', { count: d.durationMs })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {log.isSuccess && items.length > 0 && (
        <LoadMore hasMore={log.hasNextPage} loading={log.isFetchingNextPage} onLoad={() => void log.fetchNextPage()} />
      )}
    </section>
  );
}
