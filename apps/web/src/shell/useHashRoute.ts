import { useCallback, useSyncExternalStore } from 'react';

/** The page named in the URL hash (`#/members` → "members"); the activity page by default. */
function readHash(): string {
  return location.hash.replace(/^#\/?/, '').split(/[/?]/)[0] || 'activity';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useHashRoute(): [string, (page: string) => void] {
  const page = useSyncExternalStore(subscribe, readHash);
  const navigate = useCallback((next: string) => {
    location.hash = `#/${next}`;
  }, []);
  return [page, navigate];
}

export function hrefFor(page: string): string {
  return `#/${page}`;
}
