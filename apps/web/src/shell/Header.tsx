import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signOut, switchAccount } from '../api/session';
import { ConnectionIndicator } from '../components/ConnectionIndicator';
import { ErrorMessage } from '../components/ErrorMessage';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { SelectField } from '../components/SelectField';
import type { ConnectionState } from '../realtime/client';
import { MentionsBell } from './MentionsBell';
import { SearchBox } from './SearchBox';
import { useSession } from './SessionContext';

/** Product name, the account (live), who is signed in, language, connection and sign-out. */
export function Header({ connection }: { connection: ConnectionState }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const session = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function run(task: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await task();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  return (
    <header className="header">
      <div className="header-main">
        <span className="brand">{t('app.name')}</span>
        <span className="account-name" data-testid="account-name">
          {session.account.name}
        </span>
        {session.accounts.length > 1 && (
          <SelectField
            label={t('header.account')}
            hideLabel
            value={session.account.id}
            options={session.accounts.map((a) => ({ value: a.id, label: a.name }))}
            disabled={busy}
            onChange={(accountId) =>
              void run(async () => {
                await switchAccount(qc, accountId);
                setBusy(false);
              })
            }
            testId="account-switch"
          />
        )}
        <ConnectionIndicator state={connection} />
      </div>
      <SearchBox />
      <div className="header-user" role="group" aria-label={t('header.userMenu')}>
        <MentionsBell />
        <span className="user-name" data-testid="user-name" title={session.user.email}>
          {t('header.signedInAs', { name: session.user.name })}
        </span>
        <LanguageSwitch />
        <button type="button" disabled={busy} onClick={() => void run(() => signOut(qc, false))} data-testid="sign-out">
          {t('header.signOut')}
        </button>
        <button
          type="button"
          className="button-quiet"
          disabled={busy}
          data-testid="sign-out-everywhere"
          onClick={() => {
            if (window.confirm(t('header.signOutEverywhereConfirm'))) void run(() => signOut(qc, true));
          }}
        >
          {t('header.signOutEverywhere')}
        </button>
      </div>
      <ErrorMessage error={error} />
    </header>
  );
}
