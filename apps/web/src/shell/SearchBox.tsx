import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHashRoute } from './useHashRoute';

export const SEARCH_INPUT_ID = 'global-search';

/** Puts the cursor in the search box (the `/` shortcut). */
export function focusSearch(): void {
  const input = document.getElementById(SEARCH_INPUT_ID);
  if (input instanceof HTMLInputElement) {
    input.focus();
    input.select();
  }
}

/** The search box in the header: Enter shows the results page (#/search/<words>). */
export function SearchBox() {
  const { t } = useTranslation();
  const [page, navigate, params] = useHashRoute();
  const current = page === 'search' ? (params[0] ?? '') : '';
  const [text, setText] = useState(current);
  // Follow the address when it changes (back button, a link), not while typing.
  useEffect(() => setText(current), [current]);

  return (
    <form
      className="search-box"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        const q = text.trim();
        if (q) navigate(`search/${encodeURIComponent(q)}`);
      }}
    >
      <label htmlFor={SEARCH_INPUT_ID} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id={SEARCH_INPUT_ID}
        type="search"
        value={text}
        maxLength={200}
        placeholder={t('search.placeholder')}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') e.currentTarget.blur();
        }}
        data-testid="search-input"
      />
    </form>
  );
}
