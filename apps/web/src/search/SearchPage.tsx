import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { noSearchFilters, type SearchFilters } from '../api/inboxTypes';
import { useSearch } from '../api/search';
import { ErrorMessage } from '../components/ErrorMessage';
import { LoadMore } from '../components/LoadMore';
import { useHashRoute } from '../shell/useHashRoute';
import { SearchFiltersRow } from './SearchFiltersRow';
import { ContactResults, MessageResults, NoteResults } from './SearchResultLists';
import './search.css';

/** Results for the words in the address (#/search/<words>): contacts, notes, then messages (paged). */
export function SearchPage() {
  const { t } = useTranslation();
  const [, , params] = useHashRoute();
  const q = (params[0] ?? '').trim();
  const [filters, setFilters] = useState<SearchFilters>(noSearchFilters);
  const search = useSearch(q, filters);
  const pages = search.data?.pages;
  const first = pages?.[0];
  const messages = pages?.flatMap((p) => p.messages) ?? [];
  const nothing = first && messages.length === 0 && first.contacts.length === 0 && first.notes.length === 0;

  return (
    <section className="page search-page" aria-labelledby="search-title" data-testid="search-results">
      <h1 id="search-title">{q ? t('search.titleFor', { q }) : t('search.title')}</h1>
      {!q && <p className="intro">{t('search.intro')}</p>}
      {q && <SearchFiltersRow filters={filters} onChange={setFilters} />}
      <ErrorMessage error={search.error} />
      {q && search.isPending && <p className="muted">{t('common.loading')}</p>}
      {nothing && (
        <p className="empty" data-testid="search-empty">
          {t('search.nothing')}
        </p>
      )}
      {first && first.contacts.length > 0 && (
        <section aria-labelledby="search-contacts">
          <h2 id="search-contacts">{t('search.contacts')}</h2>
          <ContactResults items={first.contacts} />
        </section>
      )}
      {first && first.notes.length > 0 && (
        <section aria-labelledby="search-notes">
          <h2 id="search-notes">{t('search.notes')}</h2>
          <NoteResults items={first.notes} />
        </section>
      )}
      {messages.length > 0 && (
        <section aria-labelledby="search-messages">
          <h2 id="search-messages">{t('search.messages')}</h2>
          <MessageResults items={messages} />
          <LoadMore hasMore={search.hasNextPage} loading={search.isFetchingNextPage} onLoad={() => void search.fetchNextPage()} />
        </section>
      )}
    </section>
  );
}
