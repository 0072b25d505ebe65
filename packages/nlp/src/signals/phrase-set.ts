/**
 * A small matcher for cue lists: single words (exact or prefix with "*") and multi-word phrases,
 * checked against normalised tokens in one pass. Shared by urgency and formality.
 */
import { tokenize, type Token } from '../text/tokenize';

export interface PhraseSet {
  words: Set<string>;
  prefixes: string[];
  phrases: string[];
}

export function phraseSet(list: string): PhraseSet {
  const set: PhraseSet = { words: new Set(), prefixes: [], phrases: [] };
  for (const raw of list.split(',')) {
    const cue = raw.trim();
    if (!cue) continue;
    const prefix = cue.endsWith('*');
    const norms = tokenize(prefix ? cue.slice(0, -1) : cue).map((t) => t.norm);
    if (norms.length > 1) set.phrases.push(` ${norms.join(' ')} `);
    else if (norms.length === 1 && prefix) set.prefixes.push(norms[0] as string);
    else if (norms.length === 1) set.words.add(norms[0] as string);
  }
  return set;
}

/** " a b c " of the tokens' normalised forms, for phrase look-ups. */
export function joinNorms(tokens: readonly Token[]): string {
  let s = ' ';
  for (const t of tokens) s += `${t.alt ?? t.norm} `;
  return s;
}

/** The cues of `set` that occur, in order of first appearance (at most `max`). */
export function matches(set: PhraseSet, tokens: readonly Token[], joined: string, max = 5): string[] {
  const found: string[] = [];
  for (const t of tokens) {
    if (found.length >= max) return found;
    const n = t.alt ?? t.norm;
    if (set.words.has(n) || set.prefixes.some((p) => n.startsWith(p))) found.push(n);
  }
  for (const p of set.phrases) if (found.length < max && joined.includes(p)) found.push(p.trim());
  return found;
}
