import { ChannelKind as ChannelKindSchema } from '@balie/contracts';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useConnections } from '../../api/inboxQueries';
import type { ChannelKind } from '../../api/inboxTypes';
import { keys } from '../../api/keys';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { Time } from '../../components/Time';
import { ChannelBadge } from '../../inbox/badges';
import { SettingsSection, useCreate } from './SettingsSection';

/** The channels this account receives messages on (admins add them). */
export function ConnectionSettings({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const connections = useConnections();
  const create = useCreate<{ kind: ChannelKind; name: string }>('/api/connections', keys.connections);
  const [kind, setKind] = useState<ChannelKind>('email');
  const [name, setName] = useState('');

  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate({ kind, name: name.trim() }, { onSuccess: () => setName('') });
  }

  return (
    <SettingsSection name="connections" title={t('settings.connections.title')} intro={t('settings.connections.intro')}>
      <ErrorMessage error={connections.error} />
      {connections.data?.length === 0 && <p className="empty">{t('settings.connections.empty')}</p>}
      <ul className="plain-list settings-list">
        {connections.data?.map((c) => (
          <li key={c.id} data-testid="settings-item">
            <ChannelBadge kind={c.kind} /> <span className="break">{c.name}</span>{' '}
            <span className="muted">
              {t('settings.connections.since')} <Time iso={c.createdAt} />
            </span>
          </li>
        ))}
      </ul>
      {canWrite && (
        <form className="settings-form" onSubmit={submit}>
          <SelectField
            label={t('inbox.filters.channel')}
            value={kind}
            options={ChannelKindSchema.options.map((k) => ({ value: k, label: t(`inbox.channel.${k}`) }))}
            onChange={setKind}
            testId="connection-kind"
          />
          <TextField label={t('common.name')} value={name} onChange={setName} required maxLength={120} testId="connection-name" />
          <button type="submit" disabled={create.isPending} data-testid="connection-add">
            {t('settings.add')}
          </button>
          <ErrorMessage error={create.error} />
        </form>
      )}
    </SettingsSection>
  );
}
