/**
 * The languages a Dutch webcare inbox sees, and so the only ones language detection scores: fewer
 * languages keep the n-gram table small and keep it from naming Yoruba or Tagalog for two Dutch words.
 * eld has no Afrikaans; it is here for the function words that keep Afrikaans text from reading as Dutch.
 */
export const LANGUAGES = [
  'nl',
  'en',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'da',
  'sv',
  'no',
  'fi',
  'pl',
  'tr',
  'ar',
  'af',
  'ru',
  'uk',
  'ro',
  'hu',
  'cs',
  'el',
  'zh',
  'ja',
] as const;
