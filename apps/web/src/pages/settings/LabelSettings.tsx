import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../api/inboxQueries';
import { keys } from '../../api/keys';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/TextField';
import { SettingsSection, useCreate } from './SettingsSection';

const DEFAULT_COLOR = '#6b7280';

/** Labels agents put on conversations ("klacht", "factuur"), each with a colour. */
export function LabelSettings({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const create = useCreate<{ name: string; color: string }>('/api/labels', keys.labels);
  const [name, setName] = useState('');
  const [color, setColor] = useState(DEFAULT_COLOR);

  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate({ name: name.trim(), color }, { onSuccess: () => setName('') });
  }

  return (
    <SettingsSection name="labels" title={t('settings.labels.title')} intro={t('settings.labels.intro')}>
      <ErrorMessage error={labels.error} />
      {labels.data?.length === 0 && <p className="empty">{t('settings.labels.empty')}</p>}
      <ul className="plain-list settings-list">
        {labels.data?.map((l) => (
          <li key={l.id} data-testid="settings-item">
            <span className="label-dot" style={{ background: l.color }} aria-hidden="true" />{' '}
            <span className="break">{l.name}</span>
          </li>
        ))}
      </ul>
      {canWrite && (
        <form className="settings-form" onSubmit={submit}>
          <TextField label={t('common.name')} value={name} onChange={setName} required maxLength={120} testId="label-name" />
          <TextField label={t('settings.labels.color')} type="color" value={color} onChange={setColor} testId="label-color" />
          <button type="submit" disabled={create.isPending} data-testid="label-add">
            {t('settings.add')}
          </button>
          <ErrorMessage error={create.error} />
        </form>
      )}
    </SettingsSection>
  );
}
