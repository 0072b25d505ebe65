import { can } from '@balie/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationCommand, ConversationCommandMutation } from '../api/inboxMutations';
import type { ConversationSummary } from '../api/inboxTypes';
import { SelectField } from '../components/SelectField';
import { useSession } from '../shell/SessionContext';
import type { Lookups } from './useLookups';

interface Props {
  conversation: ConversationSummary;
  command: ConversationCommandMutation;
  lookups: Lookups;
}

/**
 * Hands the conversation to a colleague or a team. A handover note, when written, goes with the
 * next change of owner, so the colleague need not ask the customer again.
 */
export function AssignControl({ conversation: c, command, lookups }: Props) {
  const { t } = useTranslation();
  const session = useSession();
  const noteId = useId();
  const [noteOpen, setNoteOpen] = useState(false);
  const [note, setNote] = useState('');

  const assign = (change: Omit<Extract<ConversationCommand, { kind: 'assign' }>, 'kind'>) => {
    const handoverNote = note.trim();
    command.mutate(
      { kind: 'assign', ...change, ...(handoverNote ? { handoverNote } : {}) },
      {
        onSuccess: () => {
          setNote('');
          setNoteOpen(false);
        },
      },
    );
  };

  const workers = lookups.members.filter((m) => can(m.role, 'conversations.work') || m.userId === c.assigneeId);
  const memberOptions = workers.map((m) => ({
    value: m.userId,
    label: m.userId === session.user.id ? t('inbox.conversation.me', { name: m.name }) : m.name,
  }));
  if (c.assigneeId && !workers.some((m) => m.userId === c.assigneeId)) {
    memberOptions.push({ value: c.assigneeId, label: t('inbox.conversation.unknownMember') });
  }

  return (
    <div className="assign-control">
      <SelectField
        label={t('inbox.conversation.assignee')}
        value={c.assigneeId ?? ''}
        options={[{ value: '', label: t('inbox.queue.unassigned') }, ...memberOptions]}
        onChange={(id) => assign({ assigneeId: id || null })}
        disabled={command.isPending}
        testId="assign-select"
      />
      {lookups.teams.length > 0 && (
        <SelectField
          label={t('inbox.conversation.team')}
          value={c.teamId ?? ''}
          options={[
            { value: '', label: t('inbox.conversation.noTeam') },
            ...lookups.teams.map((tm) => ({ value: tm.id, label: tm.name })),
          ]}
          onChange={(id) => assign({ teamId: id || null })}
          disabled={command.isPending}
          testId="team-select"
        />
      )}
      <button
        type="button"
        className="button-quiet"
        aria-expanded={noteOpen}
        aria-controls={noteId}
        onClick={() => setNoteOpen(!noteOpen)}
        data-testid="handover-toggle"
      >
        {t('inbox.conversation.handoverToggle')}
      </button>
      {noteOpen && (
        <div className="field" id={noteId}>
          <label htmlFor={`${noteId}-input`}>{t('inbox.conversation.handoverLabel')}</label>
          <textarea
            id={`${noteId}-input`}
            rows={2}
            maxLength={2000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            aria-describedby={`${noteId}-hint`}
            data-testid="handover-input"
          />
          <small id={`${noteId}-hint`} className="hint">
            {t('inbox.conversation.handoverHint')}
          </small>
        </div>
      )}
    </div>
  );
}
