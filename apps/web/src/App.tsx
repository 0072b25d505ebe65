import { useTranslation } from 'react-i18next';
import { useSessionQuery, useSetupStatus } from './api/session';
import { ErrorMessage } from './components/ErrorMessage';
import { LoginPage } from './pages/LoginPage';
import { SetupPage } from './pages/SetupPage';
import { Shell } from './shell/Shell';

/** Decides what to show: first-run setup, the login page, or the signed-in shell. */
export function App() {
  const { t } = useTranslation();
  const session = useSessionQuery();
  const signedOut = session.data === null;
  const setup = useSetupStatus(signedOut);

  if (session.isPending || (signedOut && setup.isPending)) {
    return (
      <p className="loading" role="status">
        {t('app.loading')}
      </p>
    );
  }
  if (session.isError && !session.data) {
    return (
      <div className="loading" role="alert">
        <p>{t('app.loadFailed')}</p>
        <ErrorMessage error={session.error} />
        <button type="button" onClick={() => void session.refetch()}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  if (session.data) {
    // A new user or account starts a fresh shell: fresh page state and a fresh realtime connection.
    return <Shell key={`${session.data.user.id}:${session.data.account.id}`} session={session.data} />;
  }
  return setup.data?.needed ? <SetupPage /> : <LoginPage />;
}
