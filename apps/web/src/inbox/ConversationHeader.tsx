import { useTranslation } from 'react-i18next';
import type { ConversationCommandMutation } from '../api/inboxMutations';
import type { ConversationSummary } from '../api/inboxTypes';
import { ErrorMessage } from '../components/ErrorMessage';
import { Time } from '../components/Time';
import { ChannelBadge, LabelChips, StatusBadge, UrgencyBadge, VisibilityBadge } from './badges';
import { ConversationActions } from './ConversationActions';
import { PresenceNote } from './PresenceNote';
import { shownSummary } from './shownSummary';
import type { RequestChannel } from './useRequest';
import { useLookups } from './useLookups';

interface Props {
  conversation: ConversationSummary;
  command: ConversationCommandMutation;
  canWork: boolean;
  channel: RequestChannel;
}

/** Who and where, the state of the conversation, and (for those who may) what can be done with it. */
export function ConversationHeader({ conversation, command, canWork, channel }: Props) {
  const { t } = useTranslation();
  const lookups = useLookups();
  const c = shownSummary(conversation, command);
  const owner = lookups.memberName(c.assigneeId) ?? lookups.teamName(c.teamId);
  return (
    <header className="conversation-header">
      <div className="conversation-title">
        <h2 data-testid="conversation-contact">{c.contact.name}</h2>
        <span className="conversation-facts">
          <ChannelBadge kind={c.connection.kind} />
          <span className="muted">{t('inbox.conversation.via', { name: c.connection.name })}</span>
          <VisibilityBadge visibility={c.visibility} />
          <StatusBadge status={c.status} />
          {c.status === 'snoozed' && c.snoozedUntil && (
            <span className="muted">
              {t('inbox.conversation.snoozedUntil')} <Time iso={c.snoozedUntil} />
            </span>
          )}
          {c.status === 'resolved' && c.categoryId && (
            <span className="muted" data-testid="resolved-category">
              {lookups.categoryName(c.categoryId)}
            </span>
          )}
        </span>
        <PresenceNote conversationId={c.id} />
      </div>
      {canWork ? (
        <ConversationActions conversation={c} command={command} lookups={lookups} channel={channel} />
      ) : (
        <p className="conversation-facts">
          {c.urgency !== 'normal' && <UrgencyBadge urgency={c.urgency} />}
          <span>{owner ?? t('inbox.queue.unassigned')}</span>
          <LabelChips ids={c.labelIds} lookups={lookups} />
        </p>
      )}
      <ErrorMessage error={command.error} />
    </header>
  );
}
