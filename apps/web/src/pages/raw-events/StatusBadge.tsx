import { ChannelKind } from '@balie/contracts';
import { useTranslation } from 'react-i18next';
import { ChannelBadge } from '../../inbox/badges';
import type { RawEventStatus } from './api';

/** pending / processed / ignored / failed, in words and colour. */
export function StatusBadge({ status }: { status: RawEventStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`raw-status raw-status-${status}`} data-testid="raw-event-status" data-status={status}>
      {t(`rawEvents.statuses.${status}`)}
    </span>
  );
}

/** The connection's channel, as the inbox shows it (an unknown kind as plain text). */
export function KindBadge({ kind }: { kind: string }) {
  const parsed = ChannelKind.safeParse(kind);
  return parsed.success ? <ChannelBadge kind={parsed.data} /> : <code>{kind}</code>;
}
