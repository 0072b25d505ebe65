import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { keys } from '../../api/keys';
import { useAccount } from '../../api/queries';
import type { Account, Language } from '../../api/types';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { languages } from '../../i18n/language';
import { SettingsSection } from './SettingsSection';

type AccountChanges = { name: string; defaultLanguage: Language; crmUrlTemplate: string | null };

/** Name, default language and the CRM link template; admins change them, others read them. */
export function GeneralSettings({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const account = useAccount();
  const save = useMutation({
    mutationFn: (body: AccountChanges) => api.patch<Account>('/api/account', body),
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: keys.account });
      void qc.invalidateQueries({ queryKey: keys.session });
      // Every contact's CRM link follows from the template.
      void qc.invalidateQueries({ queryKey: keys.conversations });
      void qc.invalidateQueries({ queryKey: ['contact'] });
    },
  });
  const a = account.data;

  return (
    <SettingsSection name="general" title={t('settings.general.title')} intro={t('account.intro')}>
      <ErrorMessage error={account.error} />
      {account.isPending && <p className="muted">{t('common.loading')}</p>}
      {a && !canWrite && (
        <dl className="attributes">
          <div>
            <dt>{t('account.name')}</dt>
            <dd className="break">{a.name}</dd>
          </div>
          <div>
            <dt>{t('account.defaultLanguage')}</dt>
            <dd>{t(`language.${a.defaultLanguage}`)}</dd>
          </div>
          <div>
            <dt>{t('settings.general.crmUrlTemplate')}</dt>
            <dd className="break">{a.crmUrlTemplate ?? t('settings.general.noCrm')}</dd>
          </div>
        </dl>
      )}
      {/* Keyed on the saved values: a change made elsewhere (a realtime event) refreshes the form. */}
      {a && canWrite && (
        <AccountForm
          key={`${a.name}|${a.defaultLanguage}|${a.crmUrlTemplate ?? ''}`}
          account={a}
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
    </SettingsSection>
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
  const [crm, setCrm] = useState(account.crmUrlTemplate ?? '');

  function submit(e: FormEvent) {
    e.preventDefault();
    onSave({ name: name.trim(), defaultLanguage, crmUrlTemplate: crm.trim() || null });
  }

  return (
    <form className="form" onSubmit={submit} data-testid="account-form">
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
      <TextField
        label={t('settings.general.crmUrlTemplate')}
        hint={t('settings.general.crmUrlHint')}
        type="url"
        value={crm}
        onChange={setCrm}
        maxLength={500}
        testId="account-crm-template"
      />
      <button type="submit" className="button-primary" disabled={saving} data-testid="account-submit">
        {saving ? t('common.saving') : t('common.save')}
      </button>
    </form>
  );
}
