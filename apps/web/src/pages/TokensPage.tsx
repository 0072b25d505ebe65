import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { keys } from '../api/keys';
import { useTokens } from '../api/queries';
import type { CreatedApiToken, Ok, Role } from '../api/types';
import { ErrorMessage } from '../components/ErrorMessage';
import { RoleSelect } from '../components/RoleSelect';
import { TextField } from '../components/TextField';
import { Time } from '../components/Time';
import { NewTokenSecret } from './NewTokenSecret';

export function TokensPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const tokens = useTokens();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('agent');
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const refresh = () => qc.invalidateQueries({ queryKey: keys.tokens });

  const create = useMutation({
    mutationFn: (body: { name: string; role: Role }) => api.post<CreatedApiToken>('/api/tokens', body),
    onSuccess: (token) => {
      setCreated(token);
      setName('');
    },
    onSettled: refresh,
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api.delete<Ok>(`/api/tokens/${id}`),
    onSettled: refresh,
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    setCreated(null);
    create.mutate({ name: name.trim(), role });
  }

  return (
    <section className="page" aria-labelledby="tokens-title">
      <h1 id="tokens-title">{t('tokens.title')}</h1>
      <p className="intro">{t('tokens.intro')}</p>
      {created && <NewTokenSecret token={created} onDone={() => setCreated(null)} />}
      <ErrorMessage error={tokens.error ?? revoke.error} />
      {tokens.isPending && <p className="muted">{t('common.loading')}</p>}
      {tokens.data && tokens.data.items.length === 0 && <p className="empty">{t('tokens.empty')}</p>}
      {tokens.data && tokens.data.items.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('common.name')}</th>
                <th scope="col">{t('tokens.prefix')}</th>
                <th scope="col">{t('common.role')}</th>
                <th scope="col">{t('common.createdAt')}</th>
                <th scope="col">{t('tokens.lastUsed')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.data.items.map((tk) => (
                <tr key={tk.id} data-testid="token-row" data-token-id={tk.id}>
                  <td>{tk.name}</td>
                  <td className="mono">{tk.prefix}…</td>
                  <td>{t(`roles.${tk.role}`)}</td>
                  <td>
                    <Time iso={tk.createdAt} />
                  </td>
                  <td>{tk.lastUsedAt ? <Time iso={tk.lastUsedAt} /> : <span className="muted">{t('tokens.never')}</span>}</td>
                  <td>
                    <button
                      type="button"
                      className="button-danger"
                      disabled={revoke.isPending}
                      aria-label={t('tokens.revokeLabel', { name: tk.name })}
                      onClick={() => {
                        if (window.confirm(t('tokens.revokeConfirm', { name: tk.name }))) revoke.mutate(tk.id);
                      }}
                    >
                      {t('tokens.revoke')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form className="card form" onSubmit={submit} aria-labelledby="create-token-title" data-testid="token-create-form">
        <h2 id="create-token-title">{t('tokens.createTitle')}</h2>
        <div className="form-grid">
          <TextField
            label={t('common.name')}
            value={name}
            onChange={setName}
            required
            maxLength={120}
            autoComplete="off"
            testId="token-name"
          />
          <RoleSelect label={t('common.role')} value={role} onChange={setRole} testId="token-role" />
        </div>
        <ErrorMessage error={create.error} />
        <button type="submit" className="button-primary" disabled={create.isPending} data-testid="token-submit">
          {create.isPending ? t('tokens.creating') : t('tokens.create')}
        </button>
      </form>
    </section>
  );
}
