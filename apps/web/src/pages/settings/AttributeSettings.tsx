import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAttributeDefinitions } from '../../api/contacts';
import { keys } from '../../api/keys';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/TextField';
import { SettingsSection, useCreate } from './SettingsSection';

/** The account's own contact fields (customer number, contract, …): a key for the CRM link, a label for people. */
export function AttributeSettings({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const definitions = useAttributeDefinitions();
  const create = useCreate<{ key: string; label: string }>('/api/contact-attributes', keys.attributes);
  const [label, setLabel] = useState('');
  const [key, setKey] = useState('');

  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate(
      { key: key.trim(), label: label.trim() },
      {
        onSuccess: () => {
          setKey('');
          setLabel('');
        },
      },
    );
  }

  return (
    <SettingsSection name="attributes" title={t('settings.attributes.title')} intro={t('settings.attributes.intro')}>
      <ErrorMessage error={definitions.error} />
      {definitions.data?.length === 0 && <p className="empty">{t('settings.attributes.empty')}</p>}
      <ul className="plain-list settings-list">
        {definitions.data?.map((d) => (
          <li key={d.id} data-testid="settings-item">
            <span className="break">{d.label}</span> <code>{d.key}</code>
          </li>
        ))}
      </ul>
      {canWrite && (
        <form className="settings-form" onSubmit={submit}>
          <TextField
            label={t('settings.attributes.label')}
            value={label}
            onChange={setLabel}
            required
            maxLength={120}
            testId="attribute-label"
          />
          <TextField
            label={t('settings.attributes.key')}
            hint={t('settings.attributes.keyHint')}
            value={key}
            onChange={setKey}
            required
            maxLength={40}
            pattern="[a-z][a-z0-9_]*"
            testId="attribute-key"
          />
          <button type="submit" disabled={create.isPending} data-testid="attribute-add">
            {t('settings.add')}
          </button>
          <ErrorMessage error={create.error} />
        </form>
      )}
    </SettingsSection>
  );
}
