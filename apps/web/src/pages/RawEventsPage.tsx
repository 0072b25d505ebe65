import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHashRoute } from '../shell/useHashRoute';
import { ApiDeliveries } from './raw-events/ApiDeliveries';
import type { RawEventStatus } from './raw-events/api';
import { RawEventList } from './raw-events/RawEventList';
import { RawEventView } from './raw-events/RawEventView';

/**
 * Received webhooks, for admins debugging a channel: `#/raw-events` lists them, `#/raw-events/<id>`
 * shows one with its headers and body and lets it be replayed. The status filter stays while an
 * event is open, so "back" returns to the same list.
 */
export function RawEventsPage() {
  const { t } = useTranslation();
  const [, , params] = useHashRoute();
  const [status, setStatus] = useState<RawEventStatus | ''>('');
  const openId = params[0];
  return (
    <section className="page" aria-labelledby="raw-events-title">
      <h1 id="raw-events-title">{t('rawEvents.title')}</h1>
      <p className="intro">{t('rawEvents.intro')}</p>
      {openId ? (
        <RawEventView key={openId} id={openId} />
      ) : (
        <>
          <RawEventList status={status} onStatus={setStatus} />
          <ApiDeliveries />
        </>
      )}
    </section>
  );
}
