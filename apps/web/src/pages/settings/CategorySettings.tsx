import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCategories } from '../../api/inboxQueries';
import { keys } from '../../api/keys';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextField } from '../../components/TextField';
import { SettingsSection, useCreate } from './SettingsSection';

/** What a resolved conversation was about; resolving asks for one. */
export function CategorySettings({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const categories = useCategories();
  const create = useCreate<{ name: string }>('/api/categories', keys.categories);
  const [name, setName] = useState('');

  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate({ name: name.trim() }, { onSuccess: () => setName('') });
  }

  return (
    <SettingsSection name="categories" title={t('settings.categories.title')} intro={t('settings.categories.intro')}>
      <ErrorMessage error={categories.error} />
      {categories.data?.length === 0 && <p className="empty">{t('settings.categories.empty')}</p>}
      <ul className="plain-list settings-list">
        {categories.data?.map((c) => (
          <li key={c.id} className="break" data-testid="settings-item">
            {c.name}
          </li>
        ))}
      </ul>
      {canWrite && (
        <form className="settings-form" onSubmit={submit}>
          <TextField label={t('common.name')} value={name} onChange={setName} required maxLength={120} testId="category-name" />
          <button type="submit" disabled={create.isPending} data-testid="category-add">
            {t('settings.add')}
          </button>
          <ErrorMessage error={create.error} />
        </form>
      )}
    </SettingsSection>
  );
}
