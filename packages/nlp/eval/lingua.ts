/**
 * Language identification on lingua's test data (../shared/data/lingua-langid-testdata): our
 * detector (eld medium + function words), eld alone (medium, as shipped, and large) and franc, in the same run, per set (sentences, word pairs, single words)
 * and per language, with the time per text. franc answers ISO 639-3; it is mapped to 639-1 here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { eld as eldLarge } from 'eld/large';
import { eld } from 'eld/medium';
import { franc } from 'franc';
import { detectLanguage } from '../src/language/detect';
import { tokenize } from '../src/text/tokenize';

const ROOT = fileURLToPath(new URL('../../../../shared/data/lingua-langid-testdata/', import.meta.url));
const LANGS = ['nl', 'en', 'de', 'fr', 'af', 'da', 'tr', 'ar', 'pl', 'es', 'it'];
const FRANC: Record<string, string> = {
  nld: 'nl',
  eng: 'en',
  deu: 'de',
  fra: 'fr',
  afr: 'af',
  dan: 'da',
  tur: 'tr',
  arb: 'ar',
  pol: 'pl',
  spa: 'es',
  ita: 'it',
};
const PER_LANGUAGE_LIMIT = Number(process.env.LINGUA_LIMIT ?? 1000);

type Detector = (text: string) => string;
const detectors: Record<string, Detector> = {
  balie: (t) => detectLanguage(t, tokenize(t)).code,
  'eld-m': (t) => eld.detect(t).language,
  'eld-l': (t) => eldLarge.detect(t).language,
  franc: (t) => FRANC[franc(t, { minLength: 1 })] ?? 'und',
};

export function runLingua(): void {
  if (!existsSync(ROOT)) {
    console.log(`language (lingua): ${ROOT} not found, skipped`);
    return;
  }
  console.log('\n== language identification on lingua test data (accuracy; nl/en/de/fr and all 11 languages)');
  console.log(
    `${'set'.padEnd(13)}${'detector'.padEnd(8)}${['nl', 'en', 'de', 'fr', 'all 11', 'µs/text'].map((h) => h.padStart(8)).join('')}`,
  );
  for (const set of ['sentences', 'word-pairs', 'single-words']) {
    const texts = LANGS.map((l) => ({
      lang: l,
      lines: readFileSync(`${ROOT}${set}/${l}.txt`, 'utf8').split('\n').filter(Boolean).slice(0, PER_LANGUAGE_LIMIT),
    }));
    for (const [name, detect] of Object.entries(detectors)) {
      const correct = new Map<string, number>();
      let total = 0;
      let right = 0;
      const started = performance.now();
      for (const { lang, lines } of texts) {
        for (const line of lines) {
          total++;
          if (detect(line) === lang) {
            right++;
            correct.set(lang, (correct.get(lang) ?? 0) + 1);
          }
        }
      }
      const micros = ((performance.now() - started) * 1000) / total;
      const acc = (l: string) => ((correct.get(l) ?? 0) / (texts.find((t) => t.lang === l)?.lines.length ?? 1)).toFixed(3);
      const cells = [acc('nl'), acc('en'), acc('de'), acc('fr'), (right / total).toFixed(3), micros.toFixed(1)];
      console.log(`${set.padEnd(13)}${name.padEnd(8)}${cells.map((c) => c.padStart(8)).join('')}`);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) runLingua();
