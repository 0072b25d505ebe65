import { Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActivityFeed } from '../activity/useActivityFeed';
import type { Session } from '../api/types';
import { NotFoundPage } from '../pages/NotFoundPage';
import { RealtimeContext } from '../realtime/RealtimeContext';
import { useRealtime } from '../realtime/useRealtime';
import { isPageId, navigationActions, pageAllowed, type PageId } from './actions';
import { Header } from './Header';
import { Nav } from './Nav';
import { pageComponents } from './pageComponents';
import { PageShortcutsContext } from './PageShortcuts';
import { focusSearch } from './SearchBox';
import { SessionContext } from './SessionContext';
import { useHashRoute } from './useHashRoute';
import { useShortcuts, type Binding } from './useShortcuts';

/** The signed-in app: header, navigation, the current page, and the realtime connection. */
export function Shell({ session }: { session: Session }) {
  const { t } = useTranslation();
  const [connection, realtime] = useRealtime(session);
  // Loads recent history at sign-in and keeps the feed in the cache while other pages are open.
  useActivityFeed(session);

  const [route, navigate] = useHashRoute();
  const page: PageId | null = isPageId(route) ? route : null;
  const allowed = page !== null && pageAllowed(page, session.role);
  const Page = page && allowed ? pageComponents[page] : NotFoundPage;

  const [pageBindings, setPageBindings] = useState<readonly Binding[]>([]);
  const bindings = useMemo(() => {
    const from = page ?? 'inbox';
    const nav = navigationActions
      .filter((a) => a.visible({ role: session.role }))
      .map((a): Binding => ({ keys: a.keys, run: () => navigate(a.perform({ page: from }).page) }));
    return [...nav, { keys: '/', run: focusSearch }, ...pageBindings];
  }, [navigate, page, session.role, pageBindings]);
  useShortcuts(bindings);

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
      <RealtimeContext value={realtime}>
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
          <main id="main" ref={main} tabIndex={-1} className="main" data-page={page ?? undefined}>
            <PageShortcutsContext value={setPageBindings}>
              <Suspense
                fallback={
                  <p className="loading" role="status">
                    {t('app.loading')}
                  </p>
                }
              >
                <Page />
              </Suspense>
            </PageShortcutsContext>
          </main>
        </div>
      </RealtimeContext>
    </SessionContext>
  );
}
