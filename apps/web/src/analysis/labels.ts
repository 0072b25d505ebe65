/** Machine codes of the analysis as words the agent reads (nl/en); never a raw code in the UI. */
import { DEFAULT_INTENTS, type DefaultIntent } from '@balie/contracts';
import type { TFunction } from 'i18next';

/** An intent's name: the default taxonomy is translated; an account's own code is made readable. */
export function intentName(t: TFunction, code: string): string {
  if (DEFAULT_INTENTS.includes(code)) return t(`analysis.intents.${code as DefaultIntent}`);
  const words = code.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const displayNames = new Map<string, Intl.DisplayNames | null>();

/** A language's name in the agent's language ("Nederlands", "Dutch"), from the browser's own data. */
export function languageName(t: TFunction, code: string, uiLanguage: string): string {
  if (!code || code === 'und') return t('analysis.languageUnknown');
  let names = displayNames.get(uiLanguage);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([uiLanguage], { type: 'language' });
    } catch {
      names = null;
    }
    displayNames.set(uiLanguage, names);
  }
  try {
    const name = names?.of(code);
    if (name && name !== code) return name.charAt(0).toUpperCase() + name.slice(1);
  } catch {
    // not a valid language tag
  }
  return t('analysis.languageUnknown');
}

/** A sentiment weight for people: signed, two decimals ("−0.80", "+0.35"). */
export function formatWeight(weight: number): string {
  const abs = Math.abs(weight).toFixed(2);
  return weight < 0 ? `\u2212${abs}` : `+${abs}`;
}
