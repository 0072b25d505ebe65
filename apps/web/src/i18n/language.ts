/** Which language the interface speaks: the user's stored choice, else what the browser prefers. */
import type { Language } from '../api/types';

export const languages: readonly Language[] = ['nl', 'en'];
const STORAGE_KEY = 'balie.language';

export function isLanguage(value: unknown): value is Language {
  return value === 'nl' || value === 'en';
}

/** Dutch when the browser ranks Dutch (nl, nl-NL, nl-BE, …) above English; English otherwise. */
export function languageFromPreferences(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'nl') return 'nl';
    if (primary === 'en') return 'en';
  }
  return 'en';
}

export function storedLanguage(): Language | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null; // storage can be blocked (privacy settings); fall back to the browser's choice
  }
}

export function storeLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // not fatal: the choice then lasts for this page only
  }
}

export function initialLanguage(): Language {
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
  return storedLanguage() ?? languageFromPreferences(preferred);
}
