import { useCallback, useSyncExternalStore } from 'react';

export const HOME_PAGE = 'inbox';

/** The path in the URL hash: `#/inbox/42` → "inbox/42". */
function readPath(): string {
  return location.hash.replace(/^#\/?/, '').split('?')[0] ?? '';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/**
 * The page named in the hash (the inbox by default), the path segments after it (`#/inbox/<id>`
 * → [id]), and a function to go elsewhere.
 */
export function useHashRoute(): [string, (path: string) => void, string[]] {
  const path = useSyncExternalStore(subscribe, readPath);
  const navigate = useCallback((next: string) => {
    location.hash = `#/${next}`;
  }, []);
  const [page, ...rest] = path.split('/');
  return [page || HOME_PAGE, navigate, rest.filter(Boolean).map(safeDecode)];
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function hrefFor(page: string): string {
  return `#/${page}`;
}
