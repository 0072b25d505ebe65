import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { keys } from '../api/keys';
import type { Role } from '../api/types';
import { ErrorMessage } from '../components/ErrorMessage';
import { RoleSelect } from '../components/RoleSelect';
import { TextField } from '../components/TextField';

const empty = { name: '', email: '', password: '', role: 'agent' as Role };

export function AddMemberForm() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [form, setForm] = useState(empty);
  const [added, setAdded] = useState<string | null>(null);
  const add = useMutation({
    mutationFn: (body: typeof empty) => api.post<unknown>('/api/members', body),
    onSuccess: (_result, body) => {
      setAdded(body.name);
      setForm(empty);
      void qc.invalidateQueries({ queryKey: keys.members });
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    setAdded(null);
    add.mutate({ ...form, name: form.name.trim(), email: form.email.trim() });
  }

  return (
    <form className="card form" onSubmit={submit} aria-labelledby="add-member-title" data-testid="member-add-form">
      <h2 id="add-member-title">{t('members.addTitle')}</h2>
      <div className="form-grid">
        <TextField
          label={t('common.name')}
          value={form.name}
          onChange={(name) => setForm({ ...form, name })}
          required
          maxLength={120}
          autoComplete="off"
          testId="member-name"
        />
        <TextField
          label={t('common.email')}
          type="email"
          value={form.email}
          onChange={(email) => setForm({ ...form, email })}
          required
          maxLength={254}
          autoComplete="off"
          testId="member-email"
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
          testId="member-password"
        />
        <RoleSelect
          label={t('common.role')}
          value={form.role}
          onChange={(role) => setForm({ ...form, role })}
          testId="member-role"
        />
      </div>
      <ErrorMessage error={add.error} />
      {added && (
        <p className="message message-ok" role="status">
          {t('members.added', { name: added })}
        </p>
      )}
      <button type="submit" className="button-primary" disabled={add.isPending} data-testid="member-submit">
        {add.isPending ? t('members.adding') : t('members.add')}
      </button>
    </form>
  );
}
