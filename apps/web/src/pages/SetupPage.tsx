import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../api/client';
import { keys } from '../api/keys';
import { acceptSession } from '../api/session';
import type { Language, Session, SetupRequest, SetupStatus } from '../api/types';
import { AuthLayout } from '../components/AuthLayout';
import { ErrorMessage } from '../components/ErrorMessage';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { currentLanguage } from '../i18n';
import { languages } from '../i18n/language';

/** First run: creates the account and its first admin, and signs that admin in. */
export function SetupPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [form, setForm] = useState<SetupRequest>(() => ({
    accountName: '',
    name: '',
    email: '',
    password: '',
    language: currentLanguage(),
  }));
  const setup = useMutation({
    mutationFn: (body: SetupRequest) => api.post<Session>('/api/setup', body),
    onSuccess: (session) => {
      qc.setQueryData<SetupStatus>(keys.setup, { needed: false });
      acceptSession(qc, session);
    },
  });
  const alreadyDone = setup.error instanceof ApiError && setup.error.code === 'setup_done';

  function submit(e: FormEvent) {
    e.preventDefault();
    setup.mutate({ ...form, accountName: form.accountName.trim(), name: form.name.trim(), email: form.email.trim() });
  }

  return (
    <AuthLayout title={t('setup.title')} intro={t('setup.intro')}>
      <form className="form" onSubmit={submit} data-testid="setup-form">
        <TextField
          label={t('setup.accountName')}
          value={form.accountName}
          onChange={(accountName) => setForm({ ...form, accountName })}
          required
          maxLength={120}
          autoComplete="organization"
          autoFocus
          testId="setup-account"
        />
        <TextField
          label={t('setup.name')}
          value={form.name}
          onChange={(name) => setForm({ ...form, name })}
          required
          maxLength={120}
          autoComplete="name"
          testId="setup-name"
        />
        <TextField
          label={t('common.email')}
          type="email"
          value={form.email}
          onChange={(email) => setForm({ ...form, email })}
          required
          maxLength={254}
          autoComplete="email"
          testId="setup-email"
        />
        <TextField
          label={t('common.password')}
          type="password"
          value={form.password}
          onChange={(password) => setForm({ ...form, password })}
          required
          minLength={10}
          maxLength={200}
          autoComplete="new-password"
          hint={t('common.passwordHint')}
          testId="setup-password"
        />
        <SelectField<Language>
          label={t('setup.language')}
          value={form.language}
          options={languages.map((l) => ({ value: l, label: t(`language.${l}`) }))}
          onChange={(language) => setForm({ ...form, language })}
          testId="setup-language"
        />
        <ErrorMessage error={setup.error} />
        {alreadyDone ? (
          <button
            type="button"
            className="button-primary button-wide"
            onClick={() => qc.setQueryData<SetupStatus>(keys.setup, { needed: false })}
          >
            {t('login.submit')}
          </button>
        ) : (
          <button type="submit" className="button-primary button-wide" disabled={setup.isPending} data-testid="setup-submit">
            {setup.isPending ? t('setup.submitting') : t('setup.submit')}
          </button>
        )}
      </form>
    </AuthLayout>
  );
}
