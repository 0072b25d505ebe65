import { Urgency as UrgencySchema } from '@balie/contracts';
import { useTranslation } from 'react-i18next';
import type { ConversationCommandMutation } from '../api/inboxMutations';
import type { ConversationSummary } from '../api/inboxTypes';
import { SelectField } from '../components/SelectField';
import { AssignControl } from './AssignControl';
import { LabelsPicker } from './LabelsPicker';
import { MergeConversation } from './MergeConversation';
import { ResolveControl } from './ResolveControl';
import { SnoozeMenu } from './SnoozeMenu';
import type { RequestChannel } from './useRequest';
import type { Lookups } from './useLookups';

interface Props {
  conversation: ConversationSummary;
  command: ConversationCommandMutation;
  lookups: Lookups;
  channel: RequestChannel;
}

/** Urgency, owner, labels, and the moves between states that the conversation's status allows. */
export function ConversationActions({ conversation: c, command, lookups, channel }: Props) {
  const { t } = useTranslation();
  const busy = command.isPending;
  const resolved = c.status === 'resolved';
  return (
    <div className="conversation-actions" role="group" aria-label={t('inbox.conversation.actions')}>
      <SelectField
        label={t('inbox.conversation.urgency')}
        value={c.urgency}
        options={UrgencySchema.options.map((u) => ({ value: u, label: t(`inbox.urgency.${u}`) }))}
        onChange={(urgency) => command.mutate({ kind: 'urgency', urgency })}
        disabled={busy}
        testId="urgency-select"
      />
      <AssignControl conversation={c} command={command} lookups={lookups} />
      <LabelsPicker conversation={c} command={command} lookups={lookups} />
      <div className="conversation-moves">
        {!resolved && <SnoozeMenu command={command} />}
        {!resolved && c.status !== 'pending' && (
          <button type="button" disabled={busy} onClick={() => command.mutate({ kind: 'pending' })} data-testid="pending-button">
            {t('inbox.conversation.pending')}
          </button>
        )}
        {c.status !== 'open' && (
          <button type="button" disabled={busy} onClick={() => command.mutate({ kind: 'reopen' })} data-testid="reopen-button">
            {t('inbox.conversation.reopen')}
          </button>
        )}
        {c.status !== 'merged' && <MergeConversation conversation={c} />}
      </div>
      {!resolved && <ResolveControl conversationId={c.id} command={command} categories={lookups.categories} channel={channel} />}
    </div>
  );
}
