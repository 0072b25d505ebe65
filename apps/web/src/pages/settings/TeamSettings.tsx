import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useTeams } from '../../api/inboxQueries';
import { keys } from '../../api/keys';
import { useMembers } from '../../api/queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/TextField';
import { SettingsSection, useCreate } from './SettingsSection';

/** Teams a conversation can be handed to, and who is in each. */
export function TeamSettings({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const teams = useTeams();
  const members = useMembers().data?.items ?? [];
  const create = useCreate<{ name: string; memberIds: string[] }>('/api/teams', keys.teams);
  const [name, setName] = useState('');
  const [memberIds, setMemberIds] = useState<string[]>([]);
  const memberName = (id: string) => members.find((m) => m.userId === id)?.name ?? t('inbox.conversation.unknownMember');

  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate(
      { name: name.trim(), memberIds },
      {
        onSuccess: () => {
          setName('');
          setMemberIds([]);
        },
      },
    );
  }

  return (
    <SettingsSection name="teams" title={t('settings.teams.title')} intro={t('settings.teams.intro')}>
      <ErrorMessage error={teams.error} />
      {teams.data?.length === 0 && <p className="empty">{t('settings.teams.empty')}</p>}
      <ul className="plain-list settings-list">
        {teams.data?.map((team) => (
          <li key={team.id} data-testid="settings-item">
            <strong className="break">{team.name}</strong>{' '}
            <span className="muted break">
              {team.memberIds.length > 0 ? team.memberIds.map(memberName).join(', ') : t('settings.teams.noMembers')}
            </span>
          </li>
        ))}
      </ul>
      {canWrite && (
        <form className="settings-form" onSubmit={submit}>
          <TextField label={t('common.name')} value={name} onChange={setName} required maxLength={120} testId="team-name" />
          <fieldset className="settings-members">
            <legend>{t('settings.teams.members')}</legend>
            {members.map((m) => (
              <label key={m.userId} className="check">
                <input
                  type="checkbox"
                  checked={memberIds.includes(m.userId)}
                  onChange={(e) =>
                    setMemberIds(e.target.checked ? [...memberIds, m.userId] : memberIds.filter((x) => x !== m.userId))
                  }
                  data-testid="team-member"
                />
                {m.name}
              </label>
            ))}
          </fieldset>
          <button type="submit" disabled={create.isPending} data-testid="team-add">
            {t('settings.add')}
          </button>
          <ErrorMessage error={create.error} />
        </form>
      )}
    </SettingsSection>
  );
}
