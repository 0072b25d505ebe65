import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationSummary } from '../api/inboxTypes';
import { InsightChips } from '../analysis/InsightChips';
import { hrefFor } from '../shell/useHashRoute';
import { ChannelBadge, LabelChips, UrgencyBadge, VisibilityBadge } from './badges';
import { QueueViewers } from './PresenceNote';
import type { Lookups } from './useLookups';
import { WaitTime } from './WaitTime';

interface Props {
  conversation: ConversationSummary;
  selected: boolean;
  lookups: Lookups;
  now: number;
}

/** One conversation in the queue: who, where, what they wrote, and how long they have waited. */
export const QueueRow = memo(function QueueRow({ conversation: c, selected, lookups, now }: Props) {
  const { t } = useTranslation();
  const owner = lookups.memberName(c.assigneeId) ?? lookups.teamName(c.teamId);
  return (
    <a
      href={hrefFor(`inbox/${c.id}`)}
      className="queue-row"
      aria-current={selected ? 'true' : undefined}
      data-testid="queue-row"
      data-conversation-id={c.id}
      data-urgency={c.urgency}
    >
      <span className="queue-row-top">
        <ChannelBadge kind={c.connection.kind} />
        <span className="queue-row-name">{c.contact.name}</span>
        {c.waitingSince && <WaitTime since={c.waitingSince} now={now} />}
      </span>
      <span className="queue-row-preview">{c.lastMessagePreview}</span>
      <span className="queue-row-meta">
        <VisibilityBadge visibility={c.visibility} />
        {c.urgency !== 'normal' && <UrgencyBadge urgency={c.urgency} />}
        <InsightChips insight={c.insight} />
        <LabelChips ids={c.labelIds} lookups={lookups} />
        <QueueViewers conversationId={c.id} />
        <span className="queue-row-owner">{owner ?? t('inbox.queue.unassigned')}</span>
      </span>
    </a>
  );
});
