/**
 * Customers do not write like templates: no capitals, no full stop, "ff" for "even", the classic
 * d/t mistake, a swapped letter, emoji, "!!!". Each customer has their own habits, kept for all
 * their messages, so one person reads consistently and the crowd reads varied.
 */
import type { ChannelKind } from '@balie/contracts';
import type { Mood } from './scenario';
import type { Rng } from './random';

export interface Style {
  lowercase: boolean;
  dropFinalDot: boolean;
  shout: boolean;
  /** Chance of an emoji per message. */
  emoji: number;
  /** Chance of a misspelling per eligible word. */
  typos: number;
  shorthand: boolean;
}

export function drawStyle(rng: Rng, kind: ChannelKind): Style {
  const careful = kind === 'email' || rng.chance(0.25);
  return {
    lowercase: !careful && rng.chance(0.55),
    dropFinalDot: !careful && rng.chance(0.7),
    shout: !careful && rng.chance(0.25),
    emoji: kind === 'email' ? 0.02 : careful ? 0.1 : rng.pick([0.15, 0.35, 0.6]),
    typos: careful ? 0.01 : rng.pick([0.02, 0.05, 0.1]),
    shorthand: !careful && rng.chance(0.4),
  };
}

// Misspellings Dutch writers really make, and chat shorthand.
const TYPOS_NL: Record<string, string[]> = {
  abonnement: ['abbonement', 'abonnoment'],
  factuur: ['faktuur'],
  misschien: ['mischien', 'misschein'],
  eigenlijk: ['eigelijk'],
  helemaal: ['heelemaal', 'helemaa'],
  jullie: ['julie'],
  alweer: ['al weer'],
  wordt: ['word'],
  word: ['wordt'],
  gebeurd: ['gebeurt'],
  geleden: ['geleeden'],
  storing: ['storring'],
  monteur: ['monteer'],
  internet: ['intenet', 'internett'],
  bestelling: ['bestelleing'],
  'nog steeds': ['nogsteeds'],
  tenminste: ['ten minste'],
};
const SHORTHAND_NL: Record<string, string[]> = {
  even: ['ff', 'effe'],
  niet: ['nie'],
  waarom: ['wrm', 'waarom'],
  misschien: ['mss'],
  alsjeblieft: ['aub', 'pls'],
  gewoon: ['gwn'],
  bedankt: ['thx', 'bedankt!'],
  'ik weet': ['weet'],
  een: ['n'],
};
const SHORTHAND_EN: Record<string, string[]> = { you: ['u'], please: ['pls'], thanks: ['thx'], "don't": ['dont'], "I'm": ['im'] };

const EMOJI: Record<Mood, string[]> = {
  angry: ['😡', '🤬', '😤', '🙄', '😠'],
  sarcastic: ['👏', '🙃', '🙄', '😂', '👍'],
  neutral: ['🤔', '🙏', '😅', '😕'],
  happy: ['😊', '🙏', '👍', '❤️', '🥰', '🎉'],
};

type Table = Array<readonly [RegExp, string[]]>;
const compile = (table: Record<string, string[]>): Table =>
  Object.entries(table).map(([word, options]) => [new RegExp(`\\b${word}\\b`, 'g'), options] as const);
const TABLES = { typosNl: compile(TYPOS_NL), shortNl: compile(SHORTHAND_NL), shortEn: compile(SHORTHAND_EN) };

function replaceWords(text: string, table: Table, p: number, rng: Rng): string {
  let out = text;
  for (const [re, options] of table) out = out.replace(re, (found) => (rng.chance(p) ? rng.pick(options) : found));
  return out;
}

/** Swaps two letters in one longer word: "gewoon" → "gewono". */
function swapLetters(text: string, rng: Rng): string {
  const words = text.split(' ');
  const i = rng.int(0, words.length - 1);
  const w = words[i]!;
  if (w.length < 6 || !/^[a-z]+$/.test(w)) return text;
  const j = rng.int(1, w.length - 3);
  words[i] = w.slice(0, j) + w[j + 1] + w[j] + w.slice(j + 2);
  return words.join(' ');
}

export function applyStyle(text: string, style: Style, rng: Rng, mood: Mood, language: 'nl' | 'en'): string {
  let out = text;
  if (language === 'nl') {
    out = replaceWords(out, TABLES.typosNl, style.typos * 4, rng);
    if (style.shorthand) out = replaceWords(out, TABLES.shortNl, 0.6, rng);
  } else if (style.shorthand) out = replaceWords(out, TABLES.shortEn, 0.6, rng);
  if (rng.chance(style.typos * 3)) out = swapLetters(out, rng);
  if (style.lowercase) out = out.toLowerCase();
  if (style.dropFinalDot) out = out.replace(/\.$/, '');
  if (style.shout && mood === 'angry') out = out.replace(/[?!]*$/, rng.pick(['!!', '!!!', '?!', '!!1']));
  else if (style.shout) out = out.replace(/\?$/, rng.pick(['??', '???']));
  const emojiChance = mood === 'sarcastic' ? Math.max(style.emoji, 0.6) : style.emoji;
  if (rng.chance(emojiChance)) {
    const e = rng.pick(EMOJI[mood]);
    out = `${out} ${rng.chance(0.3) ? e + e : e}`;
  }
  return out;
}
