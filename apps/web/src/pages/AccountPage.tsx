import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { keys } from '../api/keys';
import { useAccount } from '../api/queries';
import type { Account, Language } from '../api/types';
import { ErrorMessage } from '../components/ErrorMessage';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { languages } from '../i18n/language';

type AccountChanges = { name: string; defaultLanguage: Language };

export function AccountPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const account = useAccount();
  const save = useMutation({
    mutationFn: (body: AccountChanges) => api.patch<unknown>('/api/account', body),
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: keys.account });
      void qc.invalidateQueries({ queryKey: keys.session });
    },
  });

  return (
    <section className="page" aria-labelledby="account-title">
      <h1 id="account-title">{t('account.title')}</h1>
      <p className="intro">{t('account.intro')}</p>
      <ErrorMessage error={account.error} />
      {account.isPending && <p className="muted">{t('common.loading')}</p>}
      {/* Keyed on the saved values: a change made elsewhere (a realtime event) refreshes the form. */}
      {account.data && (
        <AccountForm
          key={`${account.data.name}|${account.data.defaultLanguage}`}
          account={account.data}
          saving={save.isPending}
          onSave={(changes) => save.mutate(changes)}
        />
      )}
      <ErrorMessage error={save.error} />
      {save.isSuccess && (
        <p className="message message-ok" role="status">
          {t('common.saved')}
        </p>
      )}
    </section>
  );
}

interface FormProps {
  account: Account;
  saving: boolean;
  onSave: (changes: AccountChanges) => void;
}

function AccountForm({ account, saving, onSave }: FormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(account.name);
  const [defaultLanguage, setDefaultLanguage] = useState<Language>(account.defaultLanguage);

  function submit(e: FormEvent) {
    e.preventDefault();
    onSave({ name: name.trim(), defaultLanguage });
  }

  return (
    <form className="card form" onSubmit={submit} data-testid="account-form">
      <div className="form-grid">
        <TextField
          label={t('account.name')}
          value={name}
          onChange={setName}
          required
          maxLength={120}
          testId="account-name-input"
        />
        <SelectField
          label={t('account.defaultLanguage')}
          value={defaultLanguage}
          options={languages.map((l) => ({ value: l, label: t(`language.${l}`) }))}
          onChange={setDefaultLanguage}
          testId="account-language"
        />
      </div>
      <button type="submit" className="button-primary" disabled={saving} data-testid="account-submit">
        {saving ? t('common.saving') : t('common.save')}
      </button>
    </form>
  );
}
