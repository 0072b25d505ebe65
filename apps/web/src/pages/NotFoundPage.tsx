import { useTranslation } from 'react-i18next';
import { hrefFor } from '../shell/useHashRoute';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section className="page" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('notFound.title')}</h1>
      <p>
        <a href={hrefFor('inbox')}>{t('notFound.back')}</a>
      </p>
    </section>
  );
}
