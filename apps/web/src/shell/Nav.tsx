import { useTranslation } from 'react-i18next';
import type { Role } from '../api/types';
import { navigationActions } from './actions';
import { hrefFor } from './useHashRoute';

/** The main menu: one link per visible navigation action, the current page marked. */
export function Nav({ page, role }: { page: string; role: Role }) {
  const { t } = useTranslation();
  return (
    <nav className="nav" aria-label={t('header.mainNav')}>
      <ul>
        {navigationActions
          .filter((a) => a.visible({ role }))
          .map((a) => (
            <li key={a.id}>
              <a
                href={hrefFor(a.page)}
                data-testid={`nav-${a.page}`}
                aria-current={page === a.page ? 'page' : undefined}
                title={t('nav.shortcut', { keys: a.keys })}
              >
                {t(a.label)}
              </a>
            </li>
          ))}
      </ul>
    </nav>
  );
}
