import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { splitWait, type Wait } from './waiting';

function formatWait(wait: Wait, t: TFunction): string {
  switch (wait.unit) {
    case 'lessThanMinute':
      return t('inbox.wait.lessThanMinute');
    case 'minutes':
      return t('inbox.wait.minutes', { m: wait.m });
    case 'hours':
      return t('inbox.wait.hours', { h: wait.h, m: wait.m });
    case 'days':
      return t('inbox.wait.days', { d: wait.d, h: wait.h });
  }
}

/** "wacht 2 u 5 min": how long the customer has waited for an answer, as of `now`. */
export function WaitTime({ since, now }: { since: string; now: number }) {
  const { t } = useTranslation();
  const wait = splitWait(since, now);
  if (!wait) return null;
  return (
    <time className="wait-time" dateTime={since} data-testid="wait-time">
      {t('inbox.queue.waiting', { duration: formatWait(wait, t) })}
    </time>
  );
}
