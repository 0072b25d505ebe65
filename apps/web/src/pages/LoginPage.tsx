import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { acceptSession } from '../api/session';
import type { Session } from '../api/types';
import { AuthLayout } from '../components/AuthLayout';
import { ErrorMessage } from '../components/ErrorMessage';
import { TextField } from '../components/TextField';

export function LoginPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useMutation({
    mutationFn: (body: { email: string; password: string }) => api.post<Session>('/api/auth/login', body),
    onSuccess: (session) => acceptSession(qc, session),
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    login.mutate({ email: email.trim(), password });
  }

  return (
    <AuthLayout title={t('login.title')} intro={t('login.intro')}>
      <form className="form" onSubmit={submit} data-testid="login-form">
        <TextField
          label={t('common.email')}
          type="email"
          value={email}
          onChange={setEmail}
          required
          autoComplete="username"
          autoFocus
          testId="login-email"
        />
        <TextField
          label={t('common.password')}
          type="password"
          value={password}
          onChange={setPassword}
          required
          autoComplete="current-password"
          testId="login-password"
        />
        <ErrorMessage error={login.error} />
        <button type="submit" className="button-primary button-wide" disabled={login.isPending} data-testid="login-submit">
          {login.isPending ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
    </AuthLayout>
  );
}
