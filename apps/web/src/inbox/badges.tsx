/** Small markers shared by the queue and the conversation: channel, visibility, urgency, status, labels. */
import { useTranslation } from 'react-i18next';
import type { ChannelKind, ConversationStatus, Urgency, Visibility } from '../api/inboxTypes';
import type { Lookups } from './useLookups';

export function ChannelBadge({ kind }: { kind: ChannelKind }) {
  const { t } = useTranslation();
  return (
    <abbr className="badge badge-channel" data-channel={kind} title={t(`inbox.channel.${kind}`)}>
      {t(`inbox.channelShort.${kind}`)}
    </abbr>
  );
}

export function VisibilityBadge({ visibility }: { visibility: Visibility }) {
  const { t } = useTranslation();
  return (
    <span className="badge badge-visibility" data-visibility={visibility}>
      {t(`inbox.visibility.${visibility}`)}
    </span>
  );
}

export function UrgencyBadge({ urgency }: { urgency: Urgency }) {
  const { t } = useTranslation();
  return (
    <span className="badge badge-urgency" data-urgency={urgency} data-testid="urgency-badge">
      {t(`inbox.urgency.${urgency}`)}
    </span>
  );
}

export function StatusBadge({ status }: { status: ConversationStatus }) {
  const { t } = useTranslation();
  return (
    <span className="badge badge-status" data-status={status} data-testid="status">
      {t(`inbox.status.${status}`)}
    </span>
  );
}

export function LabelChips({ ids, lookups }: { ids: readonly string[]; lookups: Lookups }) {
  const labels = ids.flatMap((id) => lookups.label(id) ?? []);
  if (labels.length === 0) return null;
  return (
    <span className="label-chips">
      {labels.map((l) => (
        <span key={l.id} className="label-chip" style={{ borderColor: l.color }} data-testid="label-chip">
          <span className="label-dot" style={{ background: l.color }} aria-hidden="true" />
          {l.name}
        </span>
      ))}
    </span>
  );
}
