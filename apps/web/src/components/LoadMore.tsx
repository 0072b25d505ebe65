import { useTranslation } from 'react-i18next';

interface Props {
  hasMore: boolean;
  loading: boolean;
  onLoad: () => void;
}

/** The foot of a paged list: a button for the next page, or a note that this is all. */
export function LoadMore({ hasMore, loading, onLoad }: Props) {
  const { t } = useTranslation();
  if (!hasMore) return <p className="muted list-end">{t('common.end')}</p>;
  return (
    <button type="button" className="load-more" disabled={loading} onClick={onLoad} data-testid="load-more">
      {loading ? t('common.loadingMore') : t('common.loadMore')}
    </button>
  );
}
