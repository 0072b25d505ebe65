import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Time } from '../../components/Time';
import { hrefFor } from '../../shell/useHashRoute';
import { useRawEvent, useReplayRawEvent } from './api';
import { KindBadge, StatusBadge } from './StatusBadge';

/**
 * One received request exactly as it came in: its headers and its body as text (in a <pre>, never
 * interpreted as HTML), how processing went, and a replay button.
 */
export function RawEventView({ id }: { id: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const event = useRawEvent(id);
  const replay = useReplayRawEvent(id);
  const e = event.data;
  useEffect(() => heading.current?.focus(), [id]);
  const headers = e ? Object.entries(e.headers).sort(([a], [b]) => a.localeCompare(b)) : [];

  return (
    <article className="raw-event" aria-labelledby={headingId} data-testid="raw-event-detail">
      <p>
        <a href={hrefFor('raw-events')} data-testid="raw-event-back">
          {t('rawEvents.back')}
        </a>
      </p>
      <h2 id={headingId} ref={heading} tabIndex={-1} className="break">
        {t('rawEvents.detailTitle', { id: e?.providerEventId ?? id })}
      </h2>
      <ErrorMessage error={event.error} />
      {event.isPending && <p className="muted">{t('common.loading')}</p>}
      {e && (
        <>
          <dl className="raw-meta">
            <dt>{t('rawEvents.status')}</dt>
            <dd>
              <StatusBadge status={e.status} />
            </dd>
            {e.detail && (
              <>
                <dt>{t('rawEvents.detail')}</dt>
                <dd>
                  <code data-testid="raw-event-detail-text">{e.detail}</code>
                </dd>
              </>
            )}
            <dt>{t('rawEvents.connection')}</dt>
            <dd>
              <KindBadge kind={e.kind} /> {e.connectionName}
            </dd>
            <dt>{t('rawEvents.providerId')}</dt>
            <dd className="mono">{e.providerEventId}</dd>
            <dt>{t('rawEvents.time')}</dt>
            <dd>
              <Time iso={e.receivedAt} />
            </dd>
            {e.processedAt && (
              <>
                <dt>{t('rawEvents.processedAt')}</dt>
                <dd>
                  <Time iso={e.processedAt} />
                </dd>
              </>
            )}
            {e.eventCount !== null && (
              <>
                <dt>{t('rawEvents.eventCount')}</dt>
                <dd>{e.eventCount}</dd>
              </>
            )}
            {e.contentType && (
              <>
                <dt>{t('rawEvents.contentType')}</dt>
                <dd className="mono">{e.contentType}</dd>
              </>
            )}
          </dl>
          <div className="raw-replay">
            <p className="hint">{t('rawEvents.replayHint')}</p>
            <button type="button" disabled={replay.isPending} onClick={() => replay.mutate()} data-testid="raw-event-replay">
              {replay.isPending ? t('rawEvents.replaying') : t('rawEvents.replay')}
            </button>
            <ErrorMessage error={replay.error} />
            {replay.isSuccess && (
              <p className="message message-ok" role="status" data-testid="raw-event-replayed">
                {t('rawEvents.replayed')}
              </p>
            )}
          </div>
          <h3>{t('rawEvents.headers')}</h3>
          {headers.length === 0 ? (
            <p className="muted">{t('rawEvents.noHeaders')}</p>
          ) : (
            <pre className="raw-text" data-testid="raw-event-headers">
              {headers.map(([name, value]) => `${name}: ${value}`).join('\n')}
            </pre>
          )}
          <h3>{t('rawEvents.body')}</h3>
          <pre className="raw-text" data-testid="raw-event-body">
            {e.body}
          </pre>
        </>
      )}
    </article>
  );
}
