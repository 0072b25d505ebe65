/**
 * Dutch and English sarcasm as webcare sees it: praise about a problem ("top hoor, alweer geen
 * internet 👏", "lekker bezig", "great job, third outage this week"). A message is sarcastic when
 * it uses a sarcastic set phrase, or when praise comes with a sarcasm marker (hoor, 👏 🙄, quotes,
 * "alweer") while the same message reports something negative.
 */
import { SARCASM_EMOJI } from '../lexicon/emoji';
import type { Token } from '../text/tokenize';
import { wordFlag } from '../text/vocabulary';
import type { ItemList, Structure } from './items';
import { EMOJI, NEGATED } from './modifier-bits';

/** "alweer", and ordinals: "3e keer", "derde storing", "third outage" count the failures. */
const REPEAT = wordFlag(['alweer', 'wederom', 'zoveelste', 'again', 'nogmaals']);
const ORDINAL_WORD = wordFlag(['derde', 'vierde', 'vijfde', 'zesde', 'third', 'fourth', 'fifth', 'sixth']);
const ORDINAL_NUMBER = /^(\d+e|\d+(st|nd|rd|th))$/;

function isOrdinal(t: Token, flags: number): boolean {
  const c = t.norm.charCodeAt(0);
  return c >= 48 && c <= 57 ? ORDINAL_NUMBER.test(t.norm) : (flags & ORDINAL_WORD) !== 0;
}
/** "alweer", "weer eens", "3e", "derde": one more of the same */
function isRepeat(tokens: readonly Token[], i: number, flags: number): boolean {
  const t = tokens[i] as Token;
  return (flags & REPEAT) !== 0 || (t.norm === 'weer' && tokens[i + 1]?.norm === 'eens') || isOrdinal(t, flags);
}

/** Eye-rolls that make praise sarcastic on their own ("echt top 🙄"); applause needs a problem too. */
const STRONG_EMOJI = new Set(['🙄', '🙃', '😒', '🤡']);
const MARKER_AFTER = new Set(['hoor', 'hè', 'he', 'joh', 'not', 'niet']);

export interface Sarcasm {
  value: boolean;
  cues: string[];
}

function hasStrongEmoji(tokens: readonly Token[]): boolean {
  for (const t of tokens) if (t.kind === 'emoji' && STRONG_EMOJI.has(t.norm)) return true;
  return false;
}

/** Praise that can turn sarcastic: strong enough, not an emoji, not negated. */
function isPraise(items: ItemList, k: number): boolean {
  return (items.weight[k] as number) >= 0.3 && ((items.bits[k] as number) & (EMOJI | NEGATED)) === 0;
}

export function detectSarcasm(tokens: readonly Token[], items: ItemList, s: Structure): Sarcasm {
  // Made on the first cue: most messages have none.
  let cues: string[] | undefined;
  let praised = false;
  let setPhrase = false;
  // The problem must be something other than the praise itself.
  let problem = false;
  for (let k = 0; k < items.count; k++) {
    const phrase = items.phrase[k];
    if (phrase?.sarcastic) {
      setPhrase = true;
      (cues ??= []).push(phrase.words.join(' '));
    } else if (
      (items.weight[k] as number) <= -0.3 &&
      // Only an emoji item can be a sarcasm emoji: the others need no set look-up.
      !(((items.bits[k] as number) & EMOJI) !== 0 && SARCASM_EMOJI.has(tokens[items.first[k] as number]?.norm ?? ''))
    )
      problem = true;
    praised ||= isPraise(items, k);
  }
  // Without praise only a set phrase is sarcasm: the markers below would change nothing.
  if (!praised && !setPhrase) return { value: false, cues: [] };
  let markers = 0;
  /** #not, #sarcasme: the writer says so, no problem needs to be found */
  let explicit = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'emoji') {
      if (SARCASM_EMOJI.has(t.norm)) {
        markers++;
        (cues ??= []).push(t.norm);
      }
    } else if (t.kind === 'hashtag' && (t.norm === 'not' || t.norm === 'sarcasme' || t.norm === 'sarcasm')) {
      markers += 2;
      explicit = true;
      (cues ??= []).push(`#${t.norm}`);
    } else if (t.norm === 'yet' && tokens[i + 1]?.norm === 'another') {
      markers++;
      (cues ??= []).push('yet another');
    } else if (isRepeat(tokens, i, s.tokenFlags[i] as number)) {
      markers++;
      (cues ??= []).push(t.norm);
    }
  }
  for (let k = 0; praised && k < items.count; k++) {
    if (!isPraise(items, k)) continue;
    const first = items.first[k] as number;
    const last = items.last[k] as number;
    const after = tokens[last + 1];
    if (after && MARKER_AFTER.has(after.norm) && (after.norm !== 'niet' || tokens[last + 2]?.norm === '!')) {
      markers++;
      (cues ??= []).push(`${tokens[first]?.norm} ${after.norm}`);
    }
    const before = tokens[first - 1];
    if (before && (before.norm === '"' || before.norm === "'") && tokens[last + 1]?.norm === before.norm) {
      markers++;
      (cues ??= []).push('quotes');
    }
    const phrase = items.phrase[k];
    if (phrase?.ironic) {
      markers++;
      (cues ??= []).push(phrase.words.join(' '));
    }
  }
  const sarcastic =
    cues !== undefined && (setPhrase || (praised && problem && markers > 0) || (praised && (explicit || hasStrongEmoji(tokens))));
  return { value: sarcastic, cues: sarcastic ? [...new Set(cues)] : [] };
}
