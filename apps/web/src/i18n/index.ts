/** i18next set up with both languages bundled (they are small) and <html lang> kept in step. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import nl from './nl.json';
import { initialLanguage, isLanguage, storeLanguage } from './language';
import type { Language } from '../api/types';

// Both files must hold the same keys; these two lines make a missing one a compile error.
const nlChecked: typeof en = nl;
const enChecked: typeof nl = en;

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { nl: { translation: nlChecked }, en: { translation: enChecked } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  supportedLngs: ['nl', 'en'],
  initAsync: false,
  // React escapes text itself; escaping here as well would show &amp; and the like.
  interpolation: { escapeValue: false },
  returnNull: false,
});

document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'en';
}

export function setLanguage(language: Language): void {
  storeLanguage(language);
  void i18n.changeLanguage(language);
}
