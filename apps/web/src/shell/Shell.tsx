import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useActivityFeed } from '../activity/useActivityFeed';
import type { Session } from '../api/types';
import { NotFoundPage } from '../pages/NotFoundPage';
import { useRealtime } from '../realtime/useRealtime';
import { isPageId, navigationActions, type Action, type PageId } from './actions';
import { Header } from './Header';
import { Nav } from './Nav';
import { pageComponents } from './pageComponents';
import { SessionContext } from './SessionContext';
import { useHashRoute } from './useHashRoute';
import { useShortcuts } from './useShortcuts';

/** The signed-in app: header, navigation, the current page, and the realtime connection. */
export function Shell({ session }: { session: Session }) {
  const { t } = useTranslation();
  const connection = useRealtime(session);
  // Loads recent history at sign-in and keeps the feed in the cache while other pages are open.
  useActivityFeed(session);

  const [route, navigate] = useHashRoute();
  const page: PageId | null = isPageId(route) ? route : null;
  const allowed = page !== null && navigationActions.some((a) => a.page === page && a.visible({ role: session.role }));
  const Page = page && allowed ? pageComponents[page] : NotFoundPage;

  const run = useCallback((action: Action) => navigate(action.perform({ page: page ?? 'activity' }).page), [navigate, page]);
  useShortcuts(navigationActions, session.role, run);

  // After navigating, move focus to the new page so keyboard and screen-reader users land there.
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [route]);

  return (
    <SessionContext value={session}>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          main.current?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <Header connection={connection} />
      <div className="layout">
        <Nav page={route} role={session.role} />
        <main id="main" ref={main} tabIndex={-1} className="main">
          <Page />
        </main>
      </div>
    </SessionContext>
  );
}
