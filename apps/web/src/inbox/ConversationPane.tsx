import { can } from '@balie/contracts';
import { useTranslation } from 'react-i18next';
import { useConversationCommand } from '../api/inboxMutations';
import { useConversation } from '../api/inboxQueries';
import { ErrorMessage } from '../components/ErrorMessage';
import { useSession } from '../shell/SessionContext';
import { hrefFor } from '../shell/useHashRoute';
import type { InboxRequestTarget } from './actions';
import { Composer } from './Composer';
import { ConversationHeader } from './ConversationHeader';
import { Thread } from './Thread';
import { useAnnouncePresence } from './useAnnouncePresence';
import { useRequest, type RequestChannel } from './useRequest';

interface Props {
  id: string;
  channel: RequestChannel;
  onBack: () => void;
  onShowContact: () => void;
}

const ASSIGN: readonly InboxRequestTarget[] = ['assignToMe'];

/** The middle column: the conversation's header and actions, its thread, and the reply box. */
export function ConversationPane({ id, channel, onBack, onShowContact }: Props) {
  const { t } = useTranslation();
  const session = useSession();
  const canWork = can(session.role, 'conversations.work');
  const detail = useConversation(id);
  const command = useConversationCommand(id);
  const onTyping = useAnnouncePresence(id);
  useRequest(channel, id, ASSIGN, () => command.mutate({ kind: 'assign', assigneeId: session.user.id }));

  const bar = (
    <div className="pane-bar">
      <button type="button" className="button-quiet only-narrow" onClick={onBack} data-testid="back-to-queue">
        {t('inbox.conversation.back')}
      </button>
      {detail.data && (
        <button type="button" className="button-quiet only-medium" onClick={onShowContact} data-testid="show-contact">
          {t('inbox.conversation.showContact')}
        </button>
      )}
    </div>
  );

  if (!detail.data) {
    return (
      <div className="conversation">
        {bar}
        <ErrorMessage error={detail.error} />
        {detail.isPending && <p className="muted inbox-placeholder">{t('common.loading')}</p>}
      </div>
    );
  }

  const { conversation } = detail.data;
  return (
    <div className="conversation" data-testid="conversation" data-conversation-id={conversation.id}>
      {bar}
      <ConversationHeader conversation={conversation} command={command} canWork={canWork} channel={channel} />
      {conversation.mergedInto && (
        <p className="message" role="note" data-testid="conversation-merged-into">
          {t('inbox.conversation.mergedInto')}{' '}
          <a href={hrefFor(`inbox/${conversation.mergedInto}`)}>{t('inbox.conversation.openMergedInto')}</a>
        </p>
      )}
      {conversation.handoverNote && (
        <div className="handover-note" role="note" data-testid="handover-note">
          <strong>{t('inbox.conversation.handoverBanner')}</strong> <span className="break">{conversation.handoverNote}</span>
        </div>
      )}
      <Thread key={conversation.id} detail={detail.data} />
      {canWork ? (
        <Composer
          conversation={conversation}
          newestMessageId={detail.data.messages.at(-1)?.id}
          channel={channel}
          onTyping={onTyping}
        />
      ) : (
        <p className="muted read-only" data-testid="read-only">
          {t('inbox.conversation.readOnly')}
        </p>
      )}
    </div>
  );
}
